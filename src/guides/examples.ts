/**
 * The worked examples of the guides: scenario files in content/examples/<name>.json, played through the
 * rules engine at build time. An example whose file is invalid, or whose verdicts differ from the
 * expectations it states, stops the build, so no guide can show a verdict the engine does not give.
 */
import { runScenario, type StepReport } from "../rules/index.ts";
import type { Scenario } from "../engine/index.ts";
import type { Locale } from "../i18n/locales.ts";
import { simulatorHref } from "../simulate/share.ts";

const files = import.meta.glob<{ default: unknown }>("../../content/examples/*.json", { eager: true });

/** A played example: the scenario as written and what the engine said of each action. */
export type PlayedExample = { readonly name: string; readonly scenario: Scenario; readonly steps: readonly StepReport[] };

// An example appears in the guide of every locale, and the same guide may be built many times over (the
// synthetic benchmark site): each is played and encoded once per build.
const played = new Map<string, PlayedExample>();
const links = new Map<string, Promise<string>>();

/** Plays the example `name`; throws, naming the file, when it is missing, invalid or not as expected. */
export function playExample(name: string): PlayedExample {
  let example = played.get(name);
  if (!example) played.set(name, (example = play(name)));
  return example;
}

/** The link that opens a played example in the simulator of a locale. */
export function exampleSimulatorHref(locale: Locale, example: PlayedExample): Promise<string> {
  const key = `${locale}/${example.name}`;
  let link = links.get(key);
  if (!link) links.set(key, (link = simulatorHref(locale, example.scenario)));
  return link;
}

function play(name: string): PlayedExample {
  const file = `content/examples/${name}.json`;
  const module = files[`../../${file}`];
  if (!module) throw new Error(`${file}: no such example (the files are ${Object.keys(files).map((f) => f.slice(6)).join(", ")})`);
  const report = runScenario(module.default);
  if (!report.ok) {
    throw new Error(`${file} is not a valid scenario:\n${report.problems.map((p) => `  ${p.path}: ${p.key} ${JSON.stringify(p.params)}`).join("\n")}`);
  }
  const unmet = report.steps.filter((s) => s.met === false);
  if (unmet.length > 0) {
    const lines = unmet.map((s) => `  action ${s.index + 1}: ${s.mismatches.map((m) => `${m.field} expected ${m.expected}, got ${m.actual}`).join("; ")}`);
    throw new Error(`${file}: the engine's verdicts differ from the expectations in the file:\n${lines.join("\n")}`);
  }
  if (report.steps.some((s) => s.expected === null)) throw new Error(`${file}: every action of a guide example needs an expectation`);
  return { name, scenario: report.scenario, steps: report.steps };
}

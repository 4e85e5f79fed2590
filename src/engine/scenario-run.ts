/**
 * Plays a scenario file: validates it, then judges each action in order on the scenario's date, applying
 * the allowed ones so later actions see their effects, and checks each expectation. The command line and
 * the fixture tests both run scenarios through this one function.
 *
 *   runScenario(catalog, JSON.parse(text)) → { ok: true, exitCode: 1, steps: [{ verdict, expected, met: false, mismatches }] }
 */
import type { Action } from "./action-schema.ts";
import { apply } from "./apply.ts";
import type { IsoDate } from "./dates.ts";
import type { Change } from "./draft.ts";
import type { Problem } from "./problems.ts";
import type { Catalog, Verdict } from "./rule-types.ts";
import type { Expectation, Scenario } from "./scenario-schema.ts";
import { validateAction, validateScenario } from "./validate.ts";
import type { World } from "./world-schema.ts";

/** One way an action's verdict differs from what the file expected. */
export type Mismatch = { readonly field: "verdict" | "failed" | "dependsOnDate"; readonly expected: string; readonly actual: string };

/** One action of a played scenario. */
export type StepReport = {
  readonly index: number;
  readonly action: Action;
  readonly verdict: Verdict;
  readonly changes: readonly Change[];
  readonly expected: Expectation | null;
  /** null when the file expects nothing of this action. */
  readonly met: boolean | null;
  readonly mismatches: readonly Mismatch[];
};

/** The result of playing a scenario; exit codes are the command line's: 0 all expectations met, 1 one not met, 2 invalid file. */
export type ScenarioReport =
  | { readonly ok: false; readonly exitCode: 2; readonly problems: readonly Problem[] }
  | {
      readonly ok: true;
      readonly exitCode: 0 | 1;
      readonly scenario: Scenario;
      readonly asOf: IsoDate;
      readonly steps: readonly StepReport[];
      readonly world: World;
    };

/** Options for playing a scenario. */
export type RunOptions = { readonly asOf?: IsoDate };

function compare(expected: Expectation, verdict: Verdict): Mismatch[] {
  const out: Mismatch[] = [];
  if (expected.verdict !== verdict.verdict) out.push({ field: "verdict", expected: expected.verdict, actual: verdict.verdict });
  for (const rule of expected.failed ?? []) {
    if (!verdict.failed.includes(rule)) out.push({ field: "failed", expected: rule, actual: verdict.failed.join(", ") });
  }
  if (expected.dependsOnDate !== undefined && expected.dependsOnDate !== verdict.dependsOnDate) {
    out.push({ field: "dependsOnDate", expected: String(expected.dependsOnDate), actual: String(verdict.dependsOnDate) });
  }
  return out;
}

function unknownRules(catalog: Catalog, scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  scenario.expect?.forEach((e, i) =>
    e?.failed?.forEach((rule, j) => {
      if (!catalog.byId.has(rule)) problems.push({ path: `$.expect[${i}].failed[${j}]`, key: "problem.unknownRule", params: { id: rule } });
    }),
  );
  return problems;
}

/** Validates and plays a scenario (parsed JSON of any shape) with a catalog. */
export function runScenario(catalog: Catalog, input: unknown, options: RunOptions = {}): ScenarioReport {
  const checked = validateScenario(input);
  if (!checked.ok) return { ok: false, exitCode: 2, problems: checked.problems };
  const scenario = checked.value;
  const problems = unknownRules(catalog, scenario);
  if (problems.length > 0) return { ok: false, exitCode: 2, problems };
  const asOf = options.asOf ?? scenario.asOf;
  let world = scenario.world;
  const steps: StepReport[] = [];
  for (const [index, action] of scenario.actions.entries()) {
    // The file was checked against everything its actions create; an id whose creating action was denied
    // does not exist when a later action uses it, and no rule can judge an action on something absent.
    const present = validateAction(world, action, `$.actions[${index}]`);
    if (!present.ok) {
      const problems = present.problems.map((p) => (p.key === "problem.unknownReference" ? { ...p, key: "problem.deniedEarlier" } : p));
      return { ok: false, exitCode: 2, problems };
    }
    const result = apply(catalog, world, action, asOf);
    world = result.world;
    const expected = scenario.expect?.[index] ?? null;
    const mismatches = expected ? compare(expected, result.verdict) : [];
    steps.push({ index, action, verdict: result.verdict, changes: result.changes, expected, met: expected ? mismatches.length === 0 : null, mismatches });
  }
  return { ok: true, exitCode: steps.some((s) => s.met === false) ? 1 : 0, scenario, asOf, steps, world };
}

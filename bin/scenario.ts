/**
 * The scenario command line: plays a scenario file through the rules engine and prints each action's
 * verdict and trace.
 *
 *   npm run scenario -- path/to/file.json [--json] [--as-of YYYY-MM-DD] [--lang en|pl|de]
 *   npm run scenario -- - < file.json        (or no path: read standard input)
 *   npm run scenario -- --schema             (print the JSON Schema of the format)
 *
 * Exit codes: 0 every expectation holds, 1 one does not, 2 the file (or the command line) is invalid.
 * Deciding happens in runScenario (src/rules/index.ts), the same function the fixture tests call.
 */
import { readFileSync } from "node:fs";
import { isLocale, type Locale } from "../src/i18n/locales.ts";
import { t, translate } from "../src/i18n/messages/index.ts";
import {
  isIsoDate, runScenario, scenarioJsonSchema, type MessageRef, type Period, type Problem, type ScenarioReport, type StepReport,
  type TraceEntry,
} from "../src/rules/index.ts";

type Options = { file: string; named: boolean; json: boolean; asOf?: string; lang: Locale; schema: boolean };
type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const failure = (path: string, key: string, detail: unknown): { ok: false; problem: Problem } => ({
  ok: false,
  problem: { path, key, params: key === "problem.badOption" ? { value: path } : { detail: detail instanceof Error ? detail.message : String(detail) } },
});

function parseArgs(args: readonly string[]): Result<Options> {
  const options: Options = { file: "-", named: false, json: false, lang: "en", schema: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const value = args[i + 1];
    if (arg === "--json") options.json = true;
    else if (arg === "--schema") options.schema = true;
    else if (arg === "--as-of" && isIsoDate(value)) {
      options.asOf = value;
      i++;
    } else if (arg === "--lang" && isLocale(value)) {
      options.lang = value;
      i++;
    } else if (!arg.startsWith("--") && !options.named) {
      options.file = arg;
      options.named = true;
    }
    else return failure(arg, "problem.badOption", arg);
  }
  return { ok: true, value: options };
}

function readInput(file: string): Result<unknown> {
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    return failure(file, "problem.unreadable", error);
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return failure("$", "problem.invalidJson", error);
  }
}

const localized = (lang: Locale, ref: MessageRef) => ({ ...ref, text: translate(lang, ref) });

function period(lang: Locale, p: Period, outcome: string): string {
  const params = { ...p, outcome: t(lang, `cli.${outcome}`) };
  if (p.from !== undefined && p.until !== undefined) return t(lang, "cli.altBetween", params);
  return p.from !== undefined ? t(lang, "cli.altFrom", params) : t(lang, "cli.altUntil", params);
}

function entryJson(lang: Locale, e: TraceEntry) {
  return {
    ...e,
    title: { key: e.title, text: t(lang, e.title) },
    message: localized(lang, e.message),
    ...(e.remedy ? { remedy: localized(lang, e.remedy) } : {}),
    ...(e.doubt ? { doubt: localized(lang, e.doubt) } : {}),
    ...(e.details ? { details: e.details.map((d) => ({ outcome: d.outcome, message: localized(lang, d.message) })) } : {}),
  };
}

function stepJson(lang: Locale, s: StepReport) {
  const { trace, action: _type, ...verdict } = s.verdict;
  return { index: s.index + 1, action: s.action, ...verdict, expected: s.expected, met: s.met, mismatches: s.mismatches, trace: trace.map((e) => entryJson(lang, e)) };
}

function entryText(lang: Locale, e: TraceEntry): string[] {
  const lines = [`   ${e.outcome === "passed" ? "✓" : "✗"} ${e.rule} ${t(lang, e.title)}`, `       ${translate(lang, e.message)}`];
  for (const d of e.details ?? []) lines.push(`         ${d.outcome === "passed" ? "✓" : "✗"} ${translate(lang, d.message)}`);
  if (e.remedy) lines.push(`       ${t(lang, "cli.remedy", { text: translate(lang, e.remedy) })}`);
  if (e.doubt) {
    const text = translate(lang, e.doubt);
    const line = e.confidence === "stated" ? t(lang, "cli.note", { text }) : t(lang, "cli.doubt", { confidence: `term.confidence.${e.confidence}`, text });
    lines.push(`       ${line}`);
  }
  if (e.alternatives) lines.push(`       ${t(lang, "cli.otherDates", { list: e.alternatives.map((a) => period(lang, a, a.outcome)).join("; ") })}`);
  lines.push(`       ${t(lang, "cli.sources", { list: e.sources.join(", ") })} · ${t(lang, "cli.guide", { anchor: `${e.anchor.slug}#${e.anchor.heading}` })}`);
  return lines;
}

function stepText(lang: Locale, s: StepReport): string[] {
  const verdict = t(lang, s.verdict.verdict === "allowed" ? "cli.allowed" : "cli.denied");
  const expectation = s.met === null ? t(lang, "cli.noExpectation") : t(lang, s.met ? "cli.met" : "cli.notMet");
  const lines = [`${t(lang, "cli.action", { index: s.index + 1, type: s.action.type })} — ${verdict} — ${expectation}`];
  for (const m of s.mismatches) lines.push(`   ! ${t(lang, `cli.mismatch.${m.field}`, m)}`);
  if (s.verdict.dependsOnDate) lines.push(`   ${t(lang, "cli.dependsOnDate")}`);
  for (const e of s.verdict.trace) lines.push(...entryText(lang, e));
  return lines;
}

function problemsText(lang: Locale, problems: readonly Problem[]): string {
  return [t(lang, "cli.invalid", { count: problems.length }), ...problems.map((p) => `  ${p.path}: ${translate(lang, p)}`)].join("\n");
}

function report(options: Options, result: ScenarioReport): string {
  const lang = options.lang;
  if (!result.ok) {
    if (options.json) return JSON.stringify({ file: options.file, exitCode: 2, problems: result.problems.map((p) => localized(lang, p)) }, null, 2);
    return problemsText(lang, result.problems);
  }
  const met = result.steps.filter((s) => s.met === true).length;
  const notMet = result.steps.filter((s) => s.met === false).length;
  const summary = { actions: result.steps.length, met, notMet };
  if (options.json) {
    return JSON.stringify({ file: options.file, asOf: result.asOf, locale: lang, exitCode: result.exitCode, summary, steps: result.steps.map((s) => stepJson(lang, s)) }, null, 2);
  }
  const heading = t(lang, "cli.heading", { file: options.file === "-" ? "stdin" : options.file, date: result.asOf });
  const steps = result.steps.flatMap((s) => ["", ...stepText(lang, s)]);
  return [heading, ...steps, "", t(lang, "cli.summary", { count: result.steps.length, met, notMet })].join("\n");
}

function main(args: readonly string[]): number {
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    process.stderr.write(`${problemsText("en", [parsed.problem])}\n${t("en", "cli.usage")}\n`);
    return 2;
  }
  const options = parsed.value;
  if (options.schema) {
    process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (!options.named && process.stdin.isTTY) {
    // Nothing piped in and no file named: waiting for typed JSON would look like a hang.
    process.stderr.write(`${t(options.lang, "cli.usage")}\n`);
    return 2;
  }
  const input = readInput(options.file);
  const result: ScenarioReport = input.ok
    ? runScenario(input.value, options.asOf === undefined ? {} : { asOf: options.asOf })
    : { ok: false, exitCode: 2, problems: [input.problem] };
  process.stdout.write(`${report(options, result)}\n`);
  return result.exitCode;
}

process.exitCode = main(process.argv.slice(2));

/**
 * Differences between two verdicts on the same action (under two dates, or in the world and its what-if
 * copy): whether the verdict changed, and for each rule of the first verdict what the other one says if it differs.
 *
 *   ruleDifferences(now, before) → Map { "R25" => "passed" }   (R25 failed now, passed before)
 */
import type { RuleOutcome, Verdict } from "../engine/index.ts";

/** What the other verdict says of a rule: its outcome there, or "absent" when it did not apply. */
export type OtherOutcome = RuleOutcome | "absent";

/** Whether two verdicts differ in their answer or in the rules that failed. */
export function verdictsDiffer(a: Verdict | undefined, b: Verdict | undefined): boolean {
  if (!a || !b) return a !== b;
  return a.verdict !== b.verdict || [...a.failed].sort().join() !== [...b.failed].sort().join();
}

/** For each rule of `a` (and each rule only in `b`), the other verdict's outcome where it differs. */
export function ruleDifferences(a: Verdict, b: Verdict | undefined): ReadonlyMap<string, OtherOutcome> {
  const out = new Map<string, OtherOutcome>();
  if (!b) return out;
  const other = new Map(b.trace.map((e) => [e.rule, e.outcome]));
  for (const entry of a.trace) {
    const there = other.get(entry.rule) ?? "absent";
    if (there !== entry.outcome) out.set(entry.rule, there);
  }
  return out;
}

/** The rules that applied only in `b`: they have no entry in `a` to mark. */
export function rulesOnlyIn(a: Verdict, b: Verdict | undefined): readonly string[] {
  if (!b) return [];
  const here = new Set(a.trace.map((e) => e.rule));
  return b.trace.filter((e) => !here.has(e.rule)).map((e) => e.rule);
}

/**
 * Runs a table of rule cases: each builds a world from the cast, judges one action on a date and checks
 * what one rule did (and, optionally, which message it chose and whether it carried a doubt).
 */
import { expect, it } from "vitest";
import { asOf2021, entryOf, judge, outcomeOf, scene, type Input, type Obj } from "./cast.ts";

/** One row of a rule table. */
export type RuleCase = {
  readonly name: string;
  readonly rule: string;
  readonly action: Obj;
  readonly expect: "passed" | "failed" | "dormant" | "absent";
  readonly world?: (w: Input) => void;
  readonly asOf?: string;
  /** The message code the rule must use, such as "pending" for rule.R13.pending. */
  readonly message?: string;
  readonly doubt?: boolean;
};

/** Declares one test per case, named after the rule and the behaviour. */
export function ruleCases(cases: readonly RuleCase[]): void {
  it.each(cases)("$rule $name", (c) => {
    const verdict = judge(scene(c.world), c.action, c.asOf ?? asOf2021);
    expect(outcomeOf(verdict, c.rule)).toBe(c.expect);
    if (c.expect === "failed") expect(verdict.verdict).toBe("denied");
    const entry = entryOf(verdict, c.rule);
    if (c.message !== undefined) expect(entry?.message.key).toBe(`rule.${c.rule}.${c.message}`);
    if (c.doubt !== undefined) expect(entry?.doubt !== undefined).toBe(c.doubt);
  });
}

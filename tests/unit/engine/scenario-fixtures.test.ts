import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../../src/rules/index.ts";
import { undeclaredMessages } from "./trace-checks.ts";

const dir = join(import.meta.dirname, "../../fixtures/scenarios");
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

describe("sample scenarios from scenarios.md, run through the command line's code path", () => {
  it("has a fixture for every sample scenario", () => {
    const ids = new Set(files.map((f) => f.slice(0, 5)));
    const expected = ["01", "02", "03", "04", "07", "08", "09", "10", "11", "13", "14", "16", "17", "18", "20", "21", "23", "24", "26", "27", "28", "29", "31", "32", "33", "35", "36", "37", "38", "40", "42", "43", "44", "47", "48", "49"];
    expect([...ids].sort()).toEqual(expected.map((n) => `SC-${n}`));
  });

  it.each(files)("%s meets every expectation it states", (file) => {
    const report = runScenario(JSON.parse(readFileSync(join(dir, file), "utf8")));
    if (!report.ok) throw new Error(JSON.stringify(report.problems));
    const unmet = report.steps.filter((s) => s.met === false).map((s) => ({ step: s.index + 1, mismatches: s.mismatches }));
    expect(unmet).toEqual([]);
    expect(report.steps.every((s) => s.expected !== null)).toBe(true);
    expect(report.exitCode).toBe(0);
    expect(report.steps.flatMap((s) => undeclaredMessages(s.verdict))).toEqual([]);
  });

  it("encodes each DEPENDS-ON-RULESET case at two dates with opposite verdicts", () => {
    for (const id of ["SC-13", "SC-14", "SC-20", "SC-29", "SC-38", "SC-47"]) {
      const pair = files.filter((f) => f.startsWith(id) && !f.includes("variant")).map((f) => runScenario(JSON.parse(readFileSync(join(dir, f), "utf8"))));
      expect(pair).toHaveLength(2);
      const verdicts = pair.map((r) => (r.ok ? r.steps.map((s) => s.verdict.verdict) : []));
      expect(verdicts[0]).not.toEqual(verdicts[1]);
      expect(pair.every((r) => r.ok && r.steps.some((s) => s.verdict.dependsOnDate))).toBe(true);
    }
  });
});

describe("an action on something an earlier, denied action would have created", () => {
  const denied = JSON.parse(readFileSync(join(dir, "SC-03.json"), "utf8"));
  const followUp = { type: "changeSubscription", partner: "P2", subscription: "s1", change: "seats", seats: 20 };

  it("is reported as a problem with the file, not judged as if the subscription existed", () => {
    const report = runScenario({ ...denied, actions: [...denied.actions, followUp], expect: undefined });
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.exitCode).toBe(2);
    expect(report.problems).toEqual([expect.objectContaining({ key: "problem.deniedEarlier", path: "$.actions[1].subscription" })]);
  });
});

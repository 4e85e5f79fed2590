import { describe, expect, it } from "vitest";
import { runScenario } from "../../../src/rules/index.ts";
import { docOf } from "../../../src/simulate/doc.ts";
import { replay } from "../../../src/simulate/replay.ts";
import { removeRecord } from "../../../src/simulate/world-edit.ts";
import { sample, samples } from "./fixtures.ts";

describe("playing the history", () => {
  it.each(samples.map((s) => [s.name, s.scenario] as const))("gives the engine's verdict for every action of %s", (_name, scenario) => {
    const report = runScenario(scenario);
    if (!report.ok) throw new Error("sample invalid");
    const played = replay(docOf(scenario), scenario.asOf);
    expect(played.steps.map((s) => s.verdict)).toEqual(report.steps.map((s) => s.verdict));
    expect(played.steps.map((s) => s.applied)).toEqual(report.steps.map((s) => s.changes.length > 0 || s.verdict.verdict === "allowed"));
    expect(played.world).toEqual(report.world);
    // And every expectation the sample file states holds in the simulator too.
    report.steps.forEach((s, i) => {
      if (s.expected) expect(played.steps[i]?.verdict?.verdict, `${_name} action ${i + 1}`).toBe(s.expected.verdict);
    });
  });

  it("judges the same history again under another date", () => {
    const scenario = sample("SC-13");
    expect(replay(docOf(scenario), "2025-07-15").steps[0]?.verdict?.verdict).toBe("denied");
    expect(replay(docOf(scenario), "2025-05-01").steps[0]?.verdict?.verdict).toBe("allowed");
  });

  it("skips and reports an action that names something removed from the starting world since", () => {
    const scenario = sample("SC-02");
    const index = scenario.world.tenants.findIndex((t) => t.id === "C1");
    const doc = { ...docOf(scenario), world: removeRecord(scenario.world, "tenants", index) };
    const [step] = replay(doc, scenario.asOf).steps;
    expect(step?.verdict).toBeUndefined();
    expect(step?.applied).toBe(false);
    expect(step?.problems.map((p) => [p.path, p.key])).toEqual([["$.actions[0].customer", "problem.unknownReference"]]);
  });
});

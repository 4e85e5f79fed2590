import { describe, expect, it } from "vitest";
import { compileCatalog, evaluate as evaluateWith, type Rule } from "../../../src/engine/index.ts";
import { evaluate } from "../../../src/rules/index.ts";
import { act, entryOf, judge, order, partnership, scene } from "../rules/cast.ts";


describe("evaluate", () => {
  it("names every failed rule, not only the first", () => {
    const verdict = judge(scene(), order("P2", "C2", { reseller: "R1" }));
    expect(verdict.verdict).toBe("denied");
    expect(verdict.failed).toEqual(expect.arrayContaining(["R3", "R20", "R22", "R39"]));
    expect(verdict.failed).toEqual(verdict.trace.filter((e) => e.outcome === "failed").map((e) => e.rule));
  });

  it("gives each trace entry its title, message, sources and guide section", () => {
    const entry = entryOf(judge(scene(), order("DB1", "C5")), "R20");
    expect(entry).toMatchObject({
      outcome: "failed",
      title: "rule.R20.title",
      message: { key: "rule.R20.noRelationship", params: { partner: "DB1", customer: "C5" } },
      remedy: { key: "rule.R20.remedyRelationship" },
      sources: ["S7", "S17", "S19", "S21", "W3"],
      anchor: { slug: "two-tier-model", heading: "orders" },
      confidence: "stated",
    });
  });

  it("says when another date would answer differently, and how", () => {
    const w = scene((x) => { x.tenants.find((t) => t["id"] === "R2")!["enrolments"] = [{ role: "indirect-reseller", status: "suspended" }]; });
    const before = judge(w, order("P1", "C2", { reseller: "R2" }), "2025-05-01");
    expect(before).toMatchObject({ verdict: "allowed", dependsOnDate: true });
    expect(entryOf(before, "R25")).toMatchObject({ inForce: null, message: { key: "engine.notYetInForce", params: { from: "2025-06-02" } } });
    const after = judge(w, order("P1", "C2", { reseller: "R2" }), "2025-07-01");
    expect(entryOf(after, "R25")?.alternatives).toEqual([{ until: "2025-06-01", outcome: "passed" }]);
  });

  it("reports the weakest confidence among the rules that decided", () => {
    expect(judge(scene(), order("DB1", "C1")).confidence).toBe("stated");
    expect(judge(scene(), { type: "removeResellerRelationship", partner: "R1", customer: "C2" }).confidence).toBe("conflict");
  });

  it("is deterministic and leaves the world untouched", () => {
    const w = scene();
    const snapshot = JSON.stringify(w);
    const action = act(w, order("P2", "C2", { reseller: "R1" }));
    expect(evaluate(w, action, "2021-10-01")).toEqual(evaluate(w, action, "2021-10-01"));
    expect(JSON.stringify(w)).toBe(snapshot);
  });

  it("does not throw on ids missing from the world; rules that need them fail", () => {
    const w = scene();
    const verdict = evaluate(w, { type: "placeOrder", partner: "ghost", customer: "nobody", subscription: "s", product: "x", kind: "licence", commerce: "nce", additionalResellers: [] }, "2021-10-01");
    expect(verdict.verdict).toBe("denied");
  });

  it("runs a custom catalog too: the engine knows no CSP rule itself", () => {
    const always: Rule = { id: "X1", actions: ["autoRenew"], sources: [], confidence: "stated", anchor: { slug: "s", heading: "h" }, messages: { no: [] }, variants: [{ from: "2030-01-01", check: () => ({ ok: false, code: "no" }) }] };
    const catalog = compileCatalog([always]);
    const w = scene((x) => { x.partnerships.push(partnership("P2", "R1")); });
    const action = act(w, { type: "autoRenew", subscription: "s-c1" });
    expect(evaluateWith(catalog, w, action, "2031-01-01")).toMatchObject({ verdict: "denied", failed: ["X1"] });
    expect(evaluateWith(catalog, w, action, "2029-12-31")).toMatchObject({ verdict: "allowed", dependsOnDate: true });
  });
});

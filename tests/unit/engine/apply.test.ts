import { describe, expect, it } from "vitest";
import { apply, type World } from "../../../src/rules/index.ts";
import { act, scene } from "../rules/cast.ts";

function frozen<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.freeze(value);
    for (const v of Object.values(value)) frozen(v);
  }
  return value;
}

const step = (w: World, action: Record<string, unknown>, asOf = "2021-10-01") => apply(w, act(w, action), asOf);

describe("apply", () => {
  it("returns the very same world when the action is denied", () => {
    const w = frozen(scene());
    const result = step(w, { type: "placeOrder", partner: "R1", customer: "C2", subscription: "s9", product: "x", kind: "licence" });
    expect(result).toMatchObject({ applied: false, changes: [] });
    expect(result.world).toBe(w);
  });

  it("returns a new world and never mutates the old one", () => {
    const w = frozen(scene());
    const result = step(w, { type: "placeOrder", partner: "DB1", customer: "C1", subscription: "s9", product: "Microsoft 365 E3", kind: "licence", seats: 20 });
    expect(result.applied).toBe(true);
    expect(result.changes).toEqual([{ op: "add", collection: "subscriptions", id: "s9" }]);
    expect(result.world.subscriptions.find((s) => s.id === "s9")).toMatchObject({ seller: "DB1", seats: 20, supportContact: "DB1", startDate: "2021-10-01" });
    expect(w.subscriptions.some((s) => s.id === "s9")).toBe(false);
    expect(result.world.tenants).toBe(w.tenants);
  });

  it("creates both relationships when the customer accepts a reseller's invitation naming a provider", () => {
    let w = scene();
    w = step(w, { type: "inviteCustomer", reseller: "R1", provider: "P1", customer: "C5" }).world;
    w = step(w, { type: "acceptResellerRelationship", customer: "C5", partner: "R1", acceptMca: true }).world;
    const states = w.resellerRelationships.filter((r) => r.customer === "C5").map((r) => [r.partner, r.state, r.mcaAcceptedOn]);
    expect(states).toEqual([["R1", "active", "2021-10-01"], ["P1", "active", "2021-10-01"]]);
    expect(w.adminRelationships.filter((a) => a.customer === "C5").map((a) => [a.type, a.partner])).toEqual([["dap", "R1"]]);
  });

  it("creates no DAP on acceptance once DAP was retired", () => {
    let w = scene();
    w = step(w, { type: "requestResellerRelationship", partner: "DB1", customer: "C5" }, "2023-02-01").world;
    w = step(w, { type: "acceptResellerRelationship", customer: "C5", partner: "DB1" }, "2023-02-01").world;
    expect(w.adminRelationships.filter((a) => a.customer === "C5")).toEqual([]);
  });

  it("ends the partner's delegated admin when the relationship is removed (engine default of R30)", () => {
    let w = scene((x) => {
      x.subscriptions = x.subscriptions.filter((s) => s["id"] !== "s-c1");
      x.adminRelationships.push({ id: "dap1", type: "dap", partner: "DB1", customer: "C1", state: "active", approvedOn: "2020-01-01" });
    });
    w = step(w, { type: "removeResellerRelationship", partner: "DB1", customer: "C1" }).world;
    expect(w.adminRelationships[0]).toMatchObject({ state: "removed", endedBy: "relationship-removal", endedOn: "2021-10-01" });
  });

  it("ends a suspended reseller's GDAP relationships", () => {
    const w = step(scene((x) => {
      x.adminRelationships.push({ id: "g1", type: "gdap", partner: "R1", customer: "C2", roles: ["User Administrator"], state: "active", approvedOn: "2025-01-01" });
    }), { type: "changeEnrolmentStatus", partner: "R1", role: "indirect-reseller", status: "suspended" }, "2025-07-01").world;
    expect(w.adminRelationships[0]).toMatchObject({ state: "removed", endedBy: "suspension" });
    expect(w.tenants.find((t) => t.id === "R1")?.enrolments[0]?.status).toBe("suspended");
  });

  it("moves add-ons with their base in a self-service transfer, and hands the subscriptions to the provider", () => {
    let w = scene((x) => {
      x.organisations.push({ id: "DB5", kind: "partner", mpnLocations: ["FR"], agreements: [{ type: "mpa", region: "europe" }] });
      x.tenants.push({ id: "DB5", organisation: "DB5", kind: "csp", region: "europe", country: "FR", enrolments: [{ role: "direct-bill", status: "restricted" }, { role: "indirect-reseller" }] });
      x.partnerships.push({ provider: "P2", reseller: "DB5", state: "accepted" });
      x.resellerRelationships.push({ partner: "DB5", customer: "C7", state: "active" }, { partner: "P2", customer: "C7", state: "active", origin: "extension", mcaAcceptedOn: "2021-09-01" });
      x.subscriptions.push({ id: "o365", customer: "C7", product: "Office 365", kind: "licence", channel: "csp", seller: "DB5" }, { id: "addon", customer: "C7", product: "Add-on", kind: "licence", channel: "csp", seller: "DB5", baseSubscription: "o365" });
    });
    w = step(w, { type: "requestTransfer", id: "t1", method: "self-service", partner: "DB5", to: "P2", subscriptions: ["o365"] }).world;
    expect(w.transferRequests[0]?.subscriptions).toEqual(["o365", "addon"]);
    w = step(w, { type: "acceptTransfer", partner: "P2", request: "t1" }).world;
    expect(w.subscriptions.filter((s) => s.customer === "C7").map((s) => [s.id, s.seller, s.reseller])).toEqual([["o365", "P2", "DB5"], ["addon", "P2", "DB5"]]);
  });

  it("loses the sandbox on the move to indirect reseller", () => {
    const w = step(scene((x) => {
      x.tenants.find((t) => t["id"] === "DB3")!["enrolments"] = [{ role: "direct-bill", status: "restricted" }];
      x.tenants.push({ id: "sbx", organisation: "DB3", kind: "sandbox", region: "europe", country: "FR", sandboxOf: "DB3" });
    }), { type: "transitionToIndirect", partner: "DB3" }).world;
    expect(w.tenants.some((t) => t.id === "sbx")).toBe(false);
    expect(w.tenants.find((t) => t.id === "DB3")?.enrolments.map((e) => e.role)).toEqual(["direct-bill", "indirect-reseller"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateAction, validateProfile, validateScenario, validateWorld } from "../../../src/rules/index.ts";
import { scene } from "../rules/cast.ts";

const world = {
  organisations: [{ id: "DB1", kind: "partner" }, { id: "C1", kind: "customer" }],
  tenants: [
    { id: "DB1", organisation: "DB1", kind: "csp", region: "europe", country: "FR", enrolments: [{ role: "direct-bill" }] },
    { id: "C1", organisation: "C1", kind: "customer", region: "europe", country: "FR" },
  ],
};
const scenario = (extra: Record<string, unknown> = {}) => ({ version: 1, asOf: "2021-10-01", world, actions: [], ...extra });
const problemsOf = (input: unknown) => {
  const result = validateScenario(input);
  return result.ok ? [] : result.problems.map((p) => `${p.path} ${p.key}`);
};

describe("scenario validation", () => {
  it("accepts a minimal valid scenario and fills in defaults", () => {
    const result = validateScenario(scenario());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.world.tenants[0]?.cloud).toBe("commercial");
  });

  it.each([
    ["a non-object input", 42, ["$ problem.wrongType"]],
    ["null", null, ["$ problem.wrongType"]],
    ["a newer format version", { version: 2 }, ["$.version problem.wrongVersion"]],
    ["a date that is not ISO", scenario({ asOf: "01/10/2021" }), ["$.asOf problem.notIsoDate"]],
    ["an impossible date", scenario({ asOf: "2021-02-30" }), ["$.asOf problem.notIsoDate"]],
    ["an unknown action type", scenario({ actions: [{ type: "buyEverything" }] }), ["$.actions[0].type problem.unknownActionType"]],
    ["an unknown party id", scenario({ actions: [{ type: "requestResellerRelationship", partner: "DB9", customer: "C1" }] }), ["$.actions[0].partner problem.unknownReference"]],
    ["a relationship between parties of the wrong kinds", scenario({ actions: [{ type: "requestPartnership", provider: "C1", reseller: "DB1" }] }), ["$.actions[0].provider problem.wrongKind"]],
    ["a missing field", scenario({ world: { ...world, tenants: [world.tenants[0], { id: "C1", organisation: "C1", kind: "customer", country: "FR" }] } }), ["$.world.tenants[1] problem.required"]],
    ["a misspelt field", scenario({ asof: "2021-10-01" }), ["$.asof problem.unknownField"]],
    ["a duplicate id", scenario({ world: { ...world, organisations: [...world.organisations, { id: "C1", kind: "customer" }] } }), ["$.world.organisations[2].id problem.duplicateId"]],
    ["a restricted reseller", scenario({ world: { ...world, tenants: [{ ...world.tenants[0], enrolments: [{ role: "indirect-reseller", status: "restricted" }] }, world.tenants[1]] } }), ["$.world.tenants[0].enrolments[0].status problem.restrictedNotDirectBill"]],
    ["a CSP subscription without seller", scenario({ world: { ...world, subscriptions: [{ id: "s", customer: "C1", product: "x", kind: "licence", channel: "csp" }] } }), ["$.world.subscriptions[0] problem.sellerRequired"]],
    ["too few expectations", scenario({ actions: [{ type: "acceptMca", customer: "C1", partner: "DB1" }], expect: [] }), ["$.expect problem.expectLength"]],
    ["a bad country code", scenario({ world: { ...world, tenants: [world.tenants[0], { ...world.tenants[1], country: "France" }] } }), ["$.world.tenants[1].country problem.badCountry"]],
  ])("reports %s with its JSON path", (_, input, expected) => {
    expect(problemsOf(input)).toEqual(expected);
  });

  it("reports every problem, not just the first", () => {
    expect(problemsOf({ version: 1, asOf: "x", world: { organisations: "none", tenants: [] }, actions: [{ type: "nope" }] })).toEqual([
      "$.asOf problem.notIsoDate",
      "$.world.organisations problem.wrongType",
      "$.actions[0].type problem.unknownActionType",
    ]);
  });

  it("reports a wrong reference alongside shape problems elsewhere in the file", () => {
    const input = scenario({
      world: { ...world, tenants: [world.tenants[0], { id: "C1", organisation: "C1", kind: "customer", country: "FR" }] },
      actions: [{ type: "requestPartnership", provider: "C1", reseller: "DB1" }],
    });
    expect(problemsOf(input)).toEqual(["$.world.tenants[1] problem.required", "$.actions[0].provider problem.wrongKind"]);
  });

  it("lets an action use what an earlier action created", () => {
    const actions = [
      { type: "createCustomer", partner: "DB1", customer: "C2", organisation: "C2", country: "FR", region: "europe" },
      { type: "attestMca", partner: "DB1", customer: "C2" },
    ];
    expect(problemsOf(scenario({ actions }))).toEqual([]);
    expect(problemsOf(scenario({ actions: [...actions].reverse() }))).toEqual(["$.actions[0].customer problem.unknownReference"]);
  });

  it("never throws, whatever the input", () => {
    fc.assert(fc.property(fc.anything(), (input) => { validateScenario(input); validateWorld(input); validateProfile(input); }));
    fc.assert(fc.property(fc.jsonValue(), (value) => { validateScenario({ version: 1, asOf: "2021-10-01", world: value, actions: [value] }); }));
  });
});

describe("world, action and profile validation", () => {
  it("finds a loop in the parent chain", () => {
    const result = validateWorld({ organisations: [{ id: "A", kind: "partner", parent: "B" }, { id: "B", kind: "partner", parent: "A" }], tenants: [] });
    expect(result.ok ? [] : result.problems.map((p) => p.key)).toEqual(["problem.parentCycle", "problem.parentCycle"]);
  });

  it("checks an action against a world", () => {
    const w = scene();
    expect(validateAction(w, { type: "placeOrder", partner: "DB1", customer: "C1", subscription: "s-c1", product: "x", kind: "licence" })).toMatchObject({ ok: false });
    expect(validateAction(w, { type: "placeOrder", partner: "DB1", customer: "C1", subscription: "s-9", product: "x", kind: "licence" })).toMatchObject({ ok: true });
  });

  it("rejects a profile with a negative revenue", () => {
    const result = validateProfile({ trailingRevenueUsd: -1 });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.key}`)).toEqual(["$.trailingRevenueUsd problem.tooSmall"]);
  });
});

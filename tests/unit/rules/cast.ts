/**
 * The cast of scenarios.md as a world builder for tests: a base world with direct-bill partners, providers,
 * resellers and customers, which each test edits before it is validated.
 *
 *   const world = scene((w) => { w.partnerships.push(partnership("P2", "R1", "requested")); });
 *   const verdict = judge(world, { type: "placeOrder", ... }, "2021-10-01");
 */
import { evaluate, validateAction, validateWorld, type Action, type TraceEntry, type Verdict, type World } from "../../../src/rules/index.ts";

/** A JSON object as a test writes it, before validation fills in defaults. */
export type Obj = Record<string, unknown>;
/** The world as a test edits it. */
export type Input = Record<"organisations" | "tenants" | "partnerships" | "resellerRelationships" | "adminRelationships" | "subscriptions" | "transferRequests", Obj[]>;

/** The default date of the sample scenarios. */
export const asOf2021 = "2021-10-01";

const partner = (id: string, country: string, region = "europe", mpa = true): Obj => ({
  id, kind: "partner", mpnLocations: [country], agreements: mpa ? [{ type: "mpa", region }] : [],
});
const cspTenant = (id: string, country: string, roles: [string, string][], extra: Obj = {}): Obj => ({
  id, organisation: id, kind: "csp", region: "europe", country, enrolments: roles.map(([role, status]) => ({ role, status })), ...extra,
});
const customer = (id: string, country = "FR", region = "europe", extra: Obj = {}): Obj => ({ id, organisation: id, kind: "customer", region, country, ...extra });

/** A reseller relationship, active with the MCA accepted unless told otherwise. */
export function rel(partnerId: string, customerId: string, extra: Obj = {}): Obj {
  return { partner: partnerId, customer: customerId, state: "active", mcaAcceptedOn: "2021-01-15", ...extra };
}

/** A provider–reseller partnership. */
export function partnership(provider: string, reseller: string, state = "accepted"): Obj {
  return { provider, reseller, state };
}

/** A CSP subscription. */
export function sub(id: string, customerId: string, seller: string | undefined, extra: Obj = {}): Obj {
  return { id, customer: customerId, product: "Microsoft 365 E3", kind: "licence", channel: "csp", ...(seller ? { seller } : {}), ...extra };
}

function base(): Input {
  return {
    organisations: [
      partner("DB1", "FR"), partner("DB2", "DE"), partner("DB3", "FR"), partner("P1", "DE"), partner("P2", "DE"),
      partner("P4", "US", "united-states"), partner("R1", "FR"), partner("R2", "FR"), partner("R3", "US", "united-states"),
      { id: "N1", kind: "partner", mpnLocations: ["FR"] }, partner("G1", "US", "united-states"), partner("G2", "US", "united-states"),
      ...["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "GC1"].map((id) => ({ id, kind: "customer" })),
    ],
    tenants: [
      cspTenant("DB1", "FR", [["direct-bill", "active"]]), cspTenant("DB2", "DE", [["direct-bill", "active"]]),
      cspTenant("DB3", "FR", [["direct-bill", "restricted"]]), cspTenant("P1", "DE", [["indirect-provider", "active"]]),
      cspTenant("P2", "DE", [["indirect-provider", "active"]]), cspTenant("P4", "US", [["indirect-provider", "active"]], { region: "united-states" }),
      cspTenant("R1", "FR", [["indirect-reseller", "active"]]), cspTenant("R2", "FR", [["indirect-reseller", "active"]]),
      cspTenant("R3", "US", [["indirect-reseller", "active"]], { region: "united-states" }), cspTenant("N1", "FR", []),
      cspTenant("G1", "US", [["direct-bill", "active"]], { region: "united-states", cloud: "us-government" }),
      cspTenant("G2", "US", [["direct-bill", "active"]], { region: "united-states", cloud: "us-government" }),
      ...["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"].map((id) => customer(id)),
      customer("C9", "BR", "brazil"), customer("GC1", "US", "united-states", { cloud: "us-government" }),
    ],
    partnerships: [partnership("P1", "R1"), partnership("P1", "R2")],
    resellerRelationships: [
      rel("DB1", "C1", { origin: "created" }),
      rel("R1", "C2", { origin: "indirect-invitation", provider: "P1" }), rel("P1", "C2", { origin: "indirect-invitation", viaReseller: "R1" }),
      rel("DB2", "C3"), rel("P1", "C4"), rel("G1", "GC1"),
    ],
    adminRelationships: [],
    subscriptions: [sub("s-c1", "C1", "DB1", { commerce: "nce" }), sub("s-c3", "C3", "DB2", { termMonths: 12, startDate: "2021-05-01" })],
    transferRequests: [],
  };
}

/** A placeOrder action as JSON: a licence subscription "s-new" unless told otherwise. */
export function order(partnerId: string, customerId: string, extra: Obj = {}): Obj {
  return { type: "placeOrder", partner: partnerId, customer: customerId, subscription: "s-new", product: "Microsoft 365 E3", kind: "licence", ...extra };
}

/** Finds an object of a list by id (organisations, tenants, subscriptions...), to edit it. */
export function find(list: Obj[], id: string): Obj {
  const found = list.find((o) => o["id"] === id);
  if (!found) throw new Error(`No ${id} in the cast`);
  return found;
}

/** The base world after an edit, validated (an invalid test world is a bug in the test, so it throws). */
export function scene(edit?: (w: Input) => void): World {
  const input = base();
  edit?.(input);
  const checked = validateWorld(input);
  if (!checked.ok) throw new Error(`Invalid test world: ${JSON.stringify(checked.problems)}`);
  return checked.value;
}

/** An action validated against a world, with its defaults filled in. */
export function act(world: World, input: Obj): Action {
  const checked = validateAction(world, input);
  if (!checked.ok) throw new Error(`Invalid test action: ${JSON.stringify(checked.problems)}`);
  return checked.value;
}

/** Evaluates an action given as plain JSON. */
export function judge(world: World, action: Obj, asOf = asOf2021): Verdict {
  return evaluate(world, act(world, action), asOf);
}

/** What one rule did in a verdict: passed, failed, dormant (not in force but would matter on another date) or absent. */
export function outcomeOf(verdict: Verdict, rule: string): "passed" | "failed" | "dormant" | "absent" {
  const entry = entryOf(verdict, rule);
  if (!entry) return "absent";
  return entry.inForce === null ? "dormant" : entry.outcome;
}

/** One rule's trace entry, if it applied. */
export function entryOf(verdict: Verdict, rule: string): TraceEntry | undefined {
  return verdict.trace.find((e) => e.rule === rule);
}

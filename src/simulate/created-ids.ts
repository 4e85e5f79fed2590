/**
 * Fresh ids for the fields of an action that name something new (a subscription, a customer tenant, an
 * admin relationship, a transfer request, a sandbox), so a draft action is complete as soon as its parties are chosen.
 *
 *   createdIds(world, { type: "placeOrder", ... }) → { subscription: "s3" }
 */
import { actionCases, type Action, type ActionType, type World } from "../engine/index.ts";
import { freeId } from "./next-id.ts";

const prefixes: Readonly<Record<string, string>> = {
  subscription: "s",
  adminRelationship: "g",
  transferRequest: "t",
  tenant: "C",
};

/** Every id used in a world, by id space. */
export function idsOf(world: World): Readonly<Record<string, readonly string[]>> {
  return {
    organisation: world.organisations.map((o) => o.id),
    tenant: world.tenants.map((t) => t.id),
    subscription: world.subscriptions.map((s) => s.id),
    adminRelationship: world.adminRelationships.map((a) => a.id),
    transferRequest: world.transferRequests.map((t) => t.id),
  };
}

/** The ids the actions of a history create, whether or not they were allowed (a scenario file reserves them all). */
export function idsNamedBy(actions: readonly Action[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const action of actions) {
    for (const [name, field] of Object.entries(actionCases[action.type].fields)) {
      const value = (action as Readonly<Record<string, unknown>>)[name];
      if (field.node.k === "ref" && field.node.creates && typeof value === "string") out.add(value);
    }
    if (action.type === "createCustomer") out.add(action.organisation);
  }
  return out;
}

/**
 * Unused ids for the required fields of an action type that create something (avoiding `reserved` too, the ids
 * the history already names); createCustomer also names its organisation.
 */
export function createdIds(world: World, draft: { readonly type: ActionType }, reserved: Iterable<string> = []): Record<string, string> {
  const ids = idsOf(world);
  const held = [...reserved];
  const out: Record<string, string> = {};
  for (const [name, field] of Object.entries(actionCases[draft.type].fields)) {
    if (field.node.k !== "ref" || !field.node.creates || field.presence !== "required") continue;
    const space = field.node.ns;
    const prefix = draft.type === "createSandbox" ? "Sandbox" : (prefixes[space] ?? "x");
    out[name] = freeId([...(space === "tenant" ? [...(ids["tenant"] ?? []), ...(ids["organisation"] ?? [])] : (ids[space] ?? [])), ...held], prefix);
  }
  if (draft.type === "createCustomer" && out["customer"]) out["organisation"] = out["customer"];
  return out;
}

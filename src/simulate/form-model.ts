/**
 * What the generated forms need from the engine's schemas: the fields of an object, which word list
 * labels an enum field, and which problems belong to which field.
 *
 *   fieldsOf(actionCases.placeOrder) → [{ name: "partner", node: { k: "ref", ns: "tenant", ... }, presence: "required" }, ...]
 */
import type { Problem, Schema } from "../engine/index.ts";

/** One field of an object schema. */
export type FieldSpec = { readonly name: string; readonly node: Schema<unknown>; readonly presence: "required" | "optional" | "default"; readonly def?: unknown };

/** The fields of an object schema, in their order. */
export function fieldsOf(node: Schema<unknown>): readonly FieldSpec[] {
  if (node.k !== "object") return [];
  return Object.entries(node.fields).map(([name, f]) => ({ name, node: f.node, presence: f.presence, ...(f.presence === "default" ? { def: f.def } : {}) }));
}

// Fields whose values mean different things in different records.
const domains: Readonly<Record<string, string>> = {
  "Organisation.kind": "orgKind",
  "Tenant.kind": "tenantKind",
  "AdminRelationship.type": "adminType",
  "Partnership.state": "partnershipState",
  "ResellerRelationship.state": "relationshipState",
  "AdminRelationship.state": "adminState",
  "Subscription.state": "subscriptionState",
  "TransferRequest.state": "transferState",
  "PartnerProfile.directBillStatus": "status",
};

/** The word list that labels an enum field: "opt.<domain>.<value>" in the simulator's strings. */
export function domainOf(objectName: string | undefined, field: string): string {
  return domains[`${objectName ?? ""}.${field}`] ?? field;
}

/** The string key of one value of an enum field. */
export function optionKey(domain: string, value: string): string {
  return `opt.${domain}.${value}`;
}

/** The problems that belong to the field at `path` (its own, and "required" reported on its parent object). */
export function problemsAt(problems: readonly Problem[], path: string, parent: string, name: string): readonly Problem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}[`) || (p.path === parent && p.key === "problem.required" && p.params["field"] === name));
}

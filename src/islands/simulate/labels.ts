/**
 * Readable names for the simulator: field labels, enum values, problems, parties and record options,
 * all in the reader's language through the translator.
 */
import type { Problem, Tenant, World } from "../../engine/index.ts";
import { optionKey } from "../../simulate/form-model.ts";
import type { Translator } from "../../simulate/translator.ts";

/** The label of a form field: "field.<object>.<name>" where one object needs its own, else "field.<name>", else the name. */
export function fieldLabel(tr: Translator, name: string, objectName?: string): string {
  if (objectName && tr.has(`field.${objectName}.${name}`)) return tr.text(`field.${objectName}.${name}`);
  return tr.has(`field.${name}`) ? tr.text(`field.${name}`) : name;
}

/** The label of one value of an enum field. */
export function optionLabel(tr: Translator, domain: string, value: string): string {
  const key = optionKey(domain, value);
  return tr.has(key) ? tr.text(key) : value;
}

/** A problem as a sentence, with the field it names given its label. */
export function problemText(tr: Translator, problem: Problem): string {
  const field = problem.params["field"];
  return tr.text(problem.key, typeof field === "string" ? { ...problem.params, field: fieldLabel(tr, field) } : problem.params);
}

/** The JSON path of a problem, shortened for people: "$.world.tenants[1].region" → "world.tenants[1].region". */
export function shortPath(path: string): string {
  return path === "$" ? "" : path.replace(/^\$\.?/, "");
}

/** The name people know a tenant by: its own name, else its organisation's. */
export function tenantName(world: World, tenant: Tenant): string | undefined {
  return tenant.name ?? world.organisations.find((o) => o.id === tenant.organisation)?.name;
}

/** "id — name" for a choice list, or just the id when there is no name. */
export function withName(id: string, name: string | undefined): string {
  return name && name !== id ? `${id} — ${name}` : id;
}

/** The ids of a world's records in an id space, with the label a choice list shows (CSP tenants only when `csp`). */
export function choicesOf(world: World, space: string, kinds?: readonly string[]): readonly (readonly [string, string])[] {
  switch (space) {
    case "organisation":
      return world.organisations.map((o) => [o.id, withName(o.id, o.name)] as const);
    case "tenant":
      return world.tenants.filter((t) => !kinds || kinds.includes(t.kind)).map((t) => [t.id, withName(t.id, tenantName(world, t))] as const);
    case "subscription":
      return world.subscriptions.map((s) => [s.id, `${s.id} — ${s.product} (${s.customer})`] as const);
    case "adminRelationship":
      return world.adminRelationships.map((a) => [a.id, `${a.id} — ${a.type.toUpperCase()} ${a.partner} → ${a.customer}`] as const);
    case "transferRequest":
      return world.transferRequests.map((t) => [t.id, `${t.id} — ${t.partner} → ${t.to}`] as const);
    default:
      return [];
  }
}

/** The parties and things an action names, in the order of its fields: "Fabrikam · Northwind · s1 · Contoso". */
export function actionParties(action: Readonly<Record<string, unknown>>, fields: Readonly<Record<string, { readonly node: { readonly k: string } }>>): string {
  const named: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const value = action[name];
    if (field.node.k === "ref" && typeof value === "string") named.push(value);
    else if (name === "product" && typeof value === "string") named.push(value);
  }
  return named.join(" · ");
}

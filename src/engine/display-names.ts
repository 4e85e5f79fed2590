/**
 * The names readers know parties by. Messages carry ids ("NW"); a world may name its organisations and
 * tenants ("Northwind Traders"). An unnamed tenant goes by its organisation's name when it is that
 * organisation's only tenant; otherwise its id tells it apart from its siblings.
 *
 *   displayNames(world) → Map { "NW" → "Northwind Traders", "NW-2" → "Northwind Traders", … }
 */
import type { World } from "./world-schema.ts";

/** Id → name for every named organisation and for every tenant whose own or organisation's name is known. */
export function displayNames(world: World): Map<string, string> {
  const names = new Map<string, string>();
  const organisationNames = new Map<string, string>();
  for (const organisation of world.organisations) {
    if (organisation.name) organisationNames.set(organisation.id, organisation.name);
  }
  for (const [id, name] of organisationNames) names.set(id, name);
  const tenantCount = new Map<string, number>();
  for (const tenant of world.tenants) tenantCount.set(tenant.organisation, (tenantCount.get(tenant.organisation) ?? 0) + 1);
  for (const tenant of world.tenants) {
    const inherited = tenantCount.get(tenant.organisation) === 1 ? organisationNames.get(tenant.organisation) : undefined;
    const name = tenant.name ?? inherited;
    if (name) names.set(tenant.id, name);
  }
  return names;
}

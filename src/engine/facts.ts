/**
 * Facts derived from the world that many rules share: which roles a tenant holds, whether its company
 * accepted the MPA in its region, who is affiliated with whom, and whether an admin relationship is usable on a date.
 */
import { addDays, type IsoDate } from "./dates.ts";
import type { WorldIndex } from "./world-index.ts";
import type { AdminRelationship, Enrolment, PartnerRole, ResellerRelationship, Tenant } from "./world-schema.ts";

/** A tenant's enrolment in a role, if it has one. */
export function enrolment(tenant: Tenant | undefined, role: PartnerRole): Enrolment | undefined {
  return tenant?.enrolments.find((e) => e.role === role);
}

/** Whether a tenant is a direct-bill partner (active or restricted). */
export function isDirectBill(tenant: Tenant | undefined): boolean {
  const e = enrolment(tenant, "direct-bill");
  return e !== undefined && (e.status === "active" || e.status === "restricted");
}

/** Whether a tenant is a direct-bill partner in Restricted status. */
export function isRestricted(tenant: Tenant | undefined): boolean {
  return enrolment(tenant, "direct-bill")?.status === "restricted";
}

/** Whether a tenant is an indirect provider Microsoft currently lets transact. */
export function isProvider(tenant: Tenant | undefined): boolean {
  return enrolment(tenant, "indirect-provider")?.status === "active";
}

/** Whether a tenant is enrolled as an indirect reseller, whatever its status. */
export function isReseller(tenant: Tenant | undefined): boolean {
  return enrolment(tenant, "indirect-reseller") !== undefined;
}

/** Whether a tenant buys from Microsoft itself (direct bill or provider); otherwise it can only resell. */
export function buysFromMicrosoft(tenant: Tenant | undefined): boolean {
  return isDirectBill(tenant) || isProvider(tenant);
}

/** Whether a tenant is an indirect reseller and nothing that buys from Microsoft. */
export function isResellerOnly(tenant: Tenant | undefined): boolean {
  return isReseller(tenant) && !buysFromMicrosoft(tenant);
}

/** Whether a tenant's company accepted the MPA for the tenant's CSP region (R8). */
export function hasMpa(ix: WorldIndex, tenant: Tenant | undefined): boolean {
  if (!tenant) return false;
  return ix.organisation.get(tenant.organisation)?.agreements.some((a) => a.region === tenant.region) ?? false;
}

/** Whether a tenant's company has a partner location ID in the tenant's country (R7). */
export function hasMpnLocation(ix: WorldIndex, tenant: Tenant | undefined): boolean {
  if (!tenant) return false;
  return ix.organisation.get(tenant.organisation)?.mpnLocations.includes(tenant.country) ?? false;
}

/** Whether a reseller may be named as partner of record: enrolled, active, MPA accepted (R25). */
export function isCompliantReseller(ix: WorldIndex, tenant: Tenant | undefined): boolean {
  return enrolment(tenant, "indirect-reseller")?.status === "active" && hasMpa(ix, tenant);
}

function root(ix: WorldIndex, organisation: string): string {
  let current = organisation;
  for (let steps = 0; steps < 64; steps++) {
    const parent = ix.organisation.get(current)?.parent;
    if (parent === undefined || parent === organisation) return current;
    current = parent;
  }
  return current;
}

/** Whether two different companies belong to the same group (R48). */
export function affiliated(ix: WorldIndex, a: string, b: string): boolean {
  return a !== b && root(ix, a) === root(ix, b);
}

/** The active reseller relationship of a partner with a customer tenant, if any. */
export function activeRelationship(ix: WorldIndex, partner: string, customer: string): ResellerRelationship | undefined {
  const rel = ix.relationship(partner, customer);
  return rel?.state === "active" ? rel : undefined;
}

/** Whether a tenant is a CSP transacting tenant (never a customer of another partner, R46). */
export function isCspTenant(tenant: Tenant | undefined): boolean {
  return tenant?.kind === "csp";
}

/** How long a GDAP request waits for approval before it lapses (R35). */
export const gdapRequestDays = 90;
/** The longest GDAP duration (R35). */
export const gdapMaxDays = 730;

/** Where an admin relationship stands on a date. */
export type AdminStatus = "pending" | "lapsed" | "active" | "expired" | "ended";

/** The last day an approved GDAP relationship is in force (none for DAP or auto-extended GDAP). */
export function adminEnd(rel: AdminRelationship): IsoDate | undefined {
  if (rel.type === "dap" || rel.autoExtend || rel.approvedOn === undefined) return undefined;
  return addDays(rel.approvedOn, (rel.durationDays ?? gdapMaxDays) - 1);
}

/** The status of an admin relationship on a date: requests lapse after 90 days, GDAP expires after its duration. */
export function adminStatus(rel: AdminRelationship, asOf: IsoDate): AdminStatus {
  if (rel.state === "removed") return "ended";
  if (rel.state === "requested") {
    return rel.type === "gdap" && rel.requestedOn !== undefined && asOf > addDays(rel.requestedOn, gdapRequestDays) ? "lapsed" : "pending";
  }
  const end = adminEnd(rel);
  return end !== undefined && asOf > end ? "expired" : "active";
}

const euEea = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split(" "),
);

/** Whether a country is in the EU or the EEA (R27). */
export function isEuEea(country: string): boolean {
  return euEea.has(country);
}

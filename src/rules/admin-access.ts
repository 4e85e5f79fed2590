/**
 * What admin rights a partner holds in a customer tenant on a date, shared by the admin rules (R30, R32–R38).
 * DAP gives the partner's admin agents Global administrator, so it covers every task; GDAP covers a task only
 * with one of the Microsoft Entra roles that can do it (our mapping from the Entra role definitions, not from the CSP sources).
 */
import { adminStatus, type ActionOf, type AdminRelationship, type AdminTask, type IsoDate, type WorldIndex } from "../engine/index.ts";

/** The Microsoft Entra roles that allow each task under GDAP. */
export const taskRoles: Readonly<Record<AdminTask, readonly string[]>> = {
  "reset-password": ["Helpdesk Administrator", "Password Administrator", "User Administrator", "Privileged Authentication Administrator", "Global Administrator"],
  "assign-licences": ["License Administrator", "User Administrator", "Global Administrator"],
  "manage-users": ["User Administrator", "Global Administrator"],
  "open-service-request": ["Service Support Administrator", "Helpdesk Administrator", "Global Administrator"],
  "manage-tenant": ["Global Administrator"],
  "manage-azure": [],
};

/** Whether an admin relationship's roles allow a task. */
export function covers(rel: AdminRelationship, task: AdminTask): boolean {
  return rel.type === "dap" || rel.roles.some((role) => taskRoles[task].includes(role));
}

/** The admin relationships a partner could use in a customer tenant: its own and those a provider created for it. */
export function adminsFor(ix: WorldIndex, partner: string, customer: string): readonly AdminRelationship[] {
  return ix.adminsOfPartner(partner).filter((x) => x.customer === customer);
}

/** Whether one relationship lets the partner do the action's task on the date. */
export function usableFor(x: AdminRelationship, a: ActionOf<"useAdminRights">, ix: WorldIndex, asOf: IsoDate): boolean {
  if (adminStatus(x, asOf) !== "active" || !covers(x, a.task)) return false;
  if (x.forReseller === a.partner && !x.resellerConsent) return false;
  const sub = a.subscription === undefined ? undefined : ix.subscription.get(a.subscription);
  return !(x.type === "gdap" && sub?.channel === "ea");
}

/** Whether the action is one the general admin rules judge: not Azure RBAC (R34) and not a provider in its reseller's own tenant (R19). */
export function judgedByAdminRules(ix: WorldIndex, a: ActionOf<"useAdminRights">): boolean {
  return a.task !== "manage-azure" && ix.partnership(a.partner, a.customer)?.state !== "accepted";
}

/** Whether the partner can do the action's task through any admin relationship. */
export function hasUsableAdmin(ix: WorldIndex, a: ActionOf<"useAdminRights">, asOf: IsoDate): boolean {
  return adminsFor(ix, a.partner, a.customer).some((x) => usableFor(x, a, ix, asOf));
}

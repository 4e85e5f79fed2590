/**
 * Section D of the rules: delegated admin (DAP, GDAP) apart from the reseller relationship (R32–R38).
 */
import { addDays, adminStatus, calendar, enrolment, gdapMaxDays, gdapRequestDays, isProvider, type ActionOf, type RuleContext } from "../engine/index.ts";
import { adminsFor, hasUsableAdmin, judgedByAdminRules, taskRoles, usableFor } from "./admin-access.ts";
import { anchor } from "./anchors.ts";
import { defineRule, fail, pass } from "./define.ts";
import { term } from "./terms.ts";

const national = new Set(["us-government", "germany"]);

type R32Action = ActionOf<"requestResellerRelationship" | "inviteCustomer" | "requestAdminRelationship" | "approveAdminRelationship" | "useAdminRights">;

function adminRequests({ ix, action: a, asOf }: RuleContext<R32Action>, retired: boolean) {
  if (a.type === "requestResellerRelationship" || a.type === "inviteCustomer") {
    const cloud = ix.tenant.get(a.customer)?.cloud ?? "commercial";
    if (!a.includeAdmin) return national.has(cloud) ? fail("adminRequired", { cloud: term("cloud", cloud) }) : pass("withoutAdmin");
    return retired ? pass("noDapAnyMore") : pass("dapIncluded");
  }
  if (a.type === "requestAdminRelationship" || a.type === "approveAdminRelationship") {
    const type = a.type === "requestAdminRelationship" ? a.adminType : ix.admin.get(a.relationship)?.type;
    if (type !== "dap") return undefined;
    return retired ? fail("dapRetired", {}, "remedyGdap") : pass("dapRequest");
  }
  if (!judgedByAdminRules(ix, a)) return undefined;
  const params = { partner: a.partner, customer: a.customer, task: term("task", a.task) };
  if (hasUsableAdmin(ix, a, asOf)) return pass("adminHeld", params);
  const none = adminsFor(ix, a.partner, a.customer).length === 0 && ix.relationship(a.partner, a.customer)?.state === "active";
  return fail(none ? "relationshipIsNotAdmin" : "noUsableAdmin", params, "remedyRequestAdmin");
}

/** R32: transacting and administering are separate; admin rights may be left out, except in US Government and Germany. DAP is no longer created after its retirement. */
export const r32 = defineRule({
  id: "R32",
  actions: ["requestResellerRelationship", "inviteCustomer", "requestAdminRelationship", "approveAdminRelationship", "useAdminRights"],
  sources: ["S7", "W1"],
  confidence: "stated",
  anchor: anchor("multi-partner", "admin-rights"),
  messages: {
    adminRequired: ["cloud"], dapIncluded: [], noDapAnyMore: [], withoutAdmin: [], dapRequest: [], dapRetired: [], remedyGdap: [],
    adminHeld: ["partner", "customer"], relationshipIsNotAdmin: ["partner", "customer"], noUsableAdmin: ["partner", "customer", "task"],
    remedyRequestAdmin: ["partner", "customer"], doubtDapDates: [],
  },
  variants: [
    { until: addDays(calendar.dapRetired, -1), check: (c) => adminRequests(c, false) },
    { from: calendar.dapRetired, confidence: "unverified", doubt: "doubtDapDates", check: (c) => adminRequests(c, true) },
  ],
});

/** R33: the customer (or the partner) can end DAP or GDAP at any time; the reseller relationship and the partner's obligations stay. */
export const r33 = defineRule({
  id: "R33",
  actions: ["removeAdminRelationship", "useAdminRights"],
  sources: ["S7", "S9", "W17"],
  confidence: "stated",
  anchor: anchor("multi-partner", "admin-rights"),
  messages: { removing: ["partner", "customer"], notParty: ["by"], alreadyEnded: [], ended: ["partner", "customer", "endedBy"], remedyAskAgain: ["customer"] },
  check: ({ ix, action: a, asOf }) => {
    if (a.type === "removeAdminRelationship") {
      const rel = ix.admin.get(a.relationship);
      if (!rel) return undefined;
      if (a.by !== rel.customer && a.by !== rel.partner) return fail("notParty", { by: a.by });
      return rel.state === "removed" ? fail("alreadyEnded") : pass("removing", { partner: rel.partner, customer: rel.customer });
    }
    if (!judgedByAdminRules(ix, a) || hasUsableAdmin(ix, a, asOf)) return undefined;
    const ended = adminsFor(ix, a.partner, a.customer).findLast((x) => x.endedBy === "customer" || x.endedBy === "partner");
    return ended ? fail("ended", { partner: a.partner, customer: a.customer, endedBy: term("endedBy", ended.endedBy ?? "customer") }, "remedyAskAgain") : undefined;
  },
});

/** R34: Azure access comes from the Owner role on subscriptions the partner provisioned, not from DAP; only removing that role assignment ends it. */
export const r34 = defineRule({
  id: "R34",
  actions: ["useAdminRights", "removeAzureRoleAssignment", "removeAdminRelationship"],
  sources: ["S9", "S26"],
  confidence: "stated",
  anchor: anchor("multi-partner", "admin-rights"),
  messages: {
    ownerRole: ["partner", "subscription"], ownerRemoved: ["partner", "subscription"], notProvisioned: ["partner", "subscription"],
    noSubscription: [], notInTenant: ["subscription", "customer"], remedyAskOwner: ["customer"], removing: ["subscription"], ownerStays: ["count"],
  },
  check: ({ ix, action: a }) => {
    if (a.type === "removeAdminRelationship") {
      const rel = ix.admin.get(a.relationship);
      const count = rel ? ix.subsOfCustomer(rel.customer).filter((s) => s.seller === rel.partner && s.kind.startsWith("azure") && !s.ownerRoleRemoved).length : 0;
      return count > 0 ? pass("ownerStays", { count }) : undefined;
    }
    if (a.type === "useAdminRights" && a.task !== "manage-azure") return undefined;
    if (a.subscription === undefined) return fail("noSubscription");
    const sub = ix.subscription.get(a.subscription);
    const params = { partner: a.type === "useAdminRights" ? a.partner : "", subscription: a.subscription, customer: a.customer };
    if (!sub || sub.customer !== a.customer) return fail("notInTenant", params);
    if (a.type === "removeAzureRoleAssignment") return pass("removing", params);
    if (sub.seller !== a.partner) return fail("notProvisioned", params, "remedyAskOwner");
    return sub.ownerRoleRemoved ? fail("ownerRemoved", params, "remedyAskOwner") : pass("ownerRole", params);
  },
});

function gdapUseProblem(a: ActionOf<"useAdminRights">, ix: Parameters<typeof adminsFor>[0], asOf: string) {
  const gdap = adminsFor(ix, a.partner, a.customer).filter((x) => x.type === "gdap");
  if (gdap.length === 0 || gdap.some((x) => usableFor(x, a, ix, asOf))) return undefined;
  const params = { partner: a.partner, customer: a.customer, task: term("task", a.task), roles: taskRoles[a.task].join(", ") };
  const active = gdap.filter((x) => adminStatus(x, asOf) === "active" && (x.forReseller !== a.partner || x.resellerConsent));
  if (active.some((x) => x.roles.some((r) => taskRoles[a.task].includes(r)))) return fail("eaNotCovered", params);
  if (active.length > 0) return fail("rolesMissing", params, "remedyRoles");
  const status = (s: string) => gdap.find((x) => adminStatus(x, asOf) === s);
  if (status("pending")) return fail("pending", params, "remedyApprove");
  const lapsed = status("lapsed");
  if (lapsed) return fail("lapsed", { ...params, lapsedOn: addDays(lapsed.requestedOn ?? asOf, gdapRequestDays) }, "remedyNewRequest");
  const expired = status("expired");
  return expired ? fail("expired", params, "remedyNewRequest") : undefined;
}

/** R35: GDAP exists once the customer approves; requests lapse after 90 days; at most 730 days; it does not cover EA subscriptions. */
export const r35 = defineRule({
  id: "R35",
  actions: ["requestAdminRelationship", "approveAdminRelationship", "useAdminRights"],
  sources: ["W9", "W10"],
  confidence: "stated",
  anchor: anchor("multi-partner", "admin-rights"),
  constants: { from: calendar.gdapAvailable },
  messages: {
    notAvailable: ["from"], doubtGdapStart: ["from"], notAdminAgent: ["userRole"], noRoles: [], tooLong: ["days", "max"], remedyDuration: ["max"],
    requested: ["days"], wrongCustomer: ["customer"], notGlobalAdmin: ["userRole"], approving: [], lapsed: ["lapsedOn"], remedyNewRequest: [],
    alreadyActive: [], ended: [], rolesMissing: ["task", "roles"], remedyRoles: ["customer", "roles"], eaNotCovered: [], pending: ["customer"],
    remedyApprove: ["customer"], expired: ["partner", "customer"],
  },
  variants: [
    {
      until: addDays(calendar.gdapAvailable, -1),
      confidence: "unverified",
      doubt: "doubtGdapStart",
      check: ({ ix, action: a }) => {
        const type = a.type === "requestAdminRelationship" ? a.adminType : a.type === "approveAdminRelationship" ? ix.admin.get(a.relationship)?.type : undefined;
        return type === "gdap" ? fail("notAvailable") : undefined;
      },
    },
    {
      from: calendar.gdapAvailable,
      check: ({ ix, action: a, asOf }) => {
        if (a.type === "useAdminRights") return judgedByAdminRules(ix, a) ? gdapUseProblem(a, ix, asOf) : undefined;
        if (a.type === "requestAdminRelationship") {
          if (a.adminType !== "gdap") return undefined;
          if (a.userRole !== undefined && a.userRole !== "admin-agent") return fail("notAdminAgent", { userRole: term("userRole", a.userRole) });
          if (a.roles.length === 0) return fail("noRoles");
          const days = a.durationDays ?? gdapMaxDays;
          return days > gdapMaxDays ? fail("tooLong", { days, max: gdapMaxDays }, "remedyDuration") : pass("requested", { days });
        }
        const rel = ix.admin.get(a.relationship);
        if (rel?.type !== "gdap") return undefined;
        if (rel.customer !== a.customer) return fail("wrongCustomer", { customer: rel.customer });
        if (a.userRole !== undefined && a.userRole !== "global-admin") return fail("notGlobalAdmin", { userRole: term("userRole", a.userRole) });
        const status = adminStatus(rel, asOf);
        if (status === "pending") return pass("approving");
        if (status === "lapsed") return fail("lapsed", { lapsedOn: addDays(rel.requestedOn ?? asOf, gdapRequestDays) }, "remedyNewRequest");
        return status === "active" ? fail("alreadyActive") : fail("ended");
      },
    },
  ],
});

/** R36: GDAP is not offered in Partner Center for Microsoft Cloud for US Government. */
export const r36 = defineRule({
  id: "R36",
  actions: ["requestAdminRelationship"],
  sources: ["W1"],
  confidence: "stated",
  anchor: anchor("national-clouds", "us-government"),
  messages: { notInUsGov: ["customer"] },
  check: ({ ix, action: a }) => {
    const clouds = [ix.tenant.get(a.customer)?.cloud, ix.tenant.get(a.partner)?.cloud];
    return a.adminType === "gdap" && clouds.includes("us-government") ? fail("notInUsGov", { customer: a.customer }) : undefined;
  },
});

/** R37: a provider may create a GDAP relationship for its reseller; the reseller consents and the customer approves. */
export const r37 = defineRule({
  id: "R37",
  actions: ["requestAdminRelationship", "consentAdminRelationship", "useAdminRights"],
  sources: ["W11"],
  confidence: "inferred",
  doubt: "doubtWorkflow",
  anchor: anchor("indirect-providers", "gdap-for-resellers"),
  messages: {
    providerForReseller: ["provider", "reseller"], noPartnership: ["provider", "reseller"], notForReseller: [], notTheReseller: ["reseller"],
    consenting: ["reseller"], consentPending: ["reseller", "customer"], remedyConsent: ["reseller"], doubtWorkflow: [],
  },
  check: ({ ix, action: a, asOf }) => {
    if (a.type === "requestAdminRelationship") {
      if (a.forReseller === undefined) return undefined;
      const params = { provider: a.partner, reseller: a.forReseller };
      return isProvider(ix.tenant.get(a.partner)) && ix.partnership(a.partner, a.forReseller)?.state === "accepted"
        ? pass("providerForReseller", params)
        : fail("noPartnership", params);
    }
    if (a.type === "consentAdminRelationship") {
      const rel = ix.admin.get(a.relationship);
      if (rel?.forReseller === undefined) return fail("notForReseller");
      return rel.forReseller === a.reseller ? pass("consenting", { reseller: a.reseller }) : fail("notTheReseller", { reseller: a.reseller });
    }
    if (!judgedByAdminRules(ix, a) || hasUsableAdmin(ix, a, asOf)) return undefined;
    const waiting = adminsFor(ix, a.partner, a.customer).some((x) => x.forReseller === a.partner && !x.resellerConsent && adminStatus(x, asOf) === "active");
    return waiting ? fail("consentPending", { reseller: a.partner, customer: a.customer }, "remedyConsent") : undefined;
  },
});

/** R38: a suspended indirect reseller loses all its GDAP relationships (a Microsoft Q&A answer, lower authority). */
export const r38 = defineRule({
  id: "R38",
  actions: ["useAdminRights", "requestAdminRelationship", "changeEnrolmentStatus"],
  sources: ["W8"],
  confidence: "stated",
  doubt: "doubtQa",
  anchor: anchor("indirect-providers", "gdap-for-resellers"),
  messages: { suspended: ["partner"], gdapRevoked: ["partner", "count"], doubtQa: [] },
  check: ({ ix, action: a, asOf }) => {
    if (a.type === "changeEnrolmentStatus") {
      if (a.role !== "indirect-reseller" || a.status !== "suspended") return undefined;
      const count = ix.adminsOfPartner(a.partner).filter((x) => x.type === "gdap" && adminStatus(x, asOf) === "active").length;
      return pass("gdapRevoked", { partner: a.partner, count });
    }
    const who = a.type === "requestAdminRelationship" ? (a.forReseller ?? a.partner) : a.partner;
    return enrolment(ix.tenant.get(who), "indirect-reseller")?.status === "suspended" ? fail("suspended", { partner: who }) : undefined;
  },
});

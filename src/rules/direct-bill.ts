/**
 * Section A, direct bill: the requirements and their two dated versions (R5), Restricted status (R9),
 * the one-way move to indirect reseller (R10) and sandboxes (R11). The requirement checks are shared with recommendRole.
 */
import { addDays, calendar, enrolment, isDirectBill, isReseller, isRestricted, type PartnerProfile, type Params, type Tenant } from "../engine/index.ts";
import { anchor } from "./anchors.ts";
import { check, defineRule, fail, pass } from "./define.ts";

/** The two documented versions of the direct-bill requirements: USD 300K earned as a reseller, later USD 1M at Partner Global Account level. */
export const directBillRuleSets = [
  { until: addDays(calendar.directBillMillion, -1), threshold: 300_000, newer: false },
  { from: calendar.directBillMillion, threshold: 1_000_000, newer: true },
] as const;

/** One version of the direct-bill requirements. */
export type DirectBillRuleSet = (typeof directBillRuleSets)[number];

const requirementCodes = [
  "reqMonths", "reqRevenue", "reqSupport", "reqSupportPlan", "reqCreditCheck", "reqBilling", "reqMpnLocation",
  "reqSigningAuthority", "reqAssessment", "reqSecurityScore", "reqDesignation",
] as const;

/** A direct-bill requirement. */
export type RequirementCode = (typeof requirementCodes)[number];

/** Each requirement of a version, met or not, for a profile; `unanswered` marks questions the profile leaves open. */
export function directBillChecks(profile: PartnerProfile, set: DirectBillRuleSet) {
  const months = profile.monthsAsIndirectReseller;
  const revenue = profile.trailingRevenueUsd;
  const flag = (value: boolean | undefined, code: RequirementCode, params?: Params) => ({ ...check(value === true, code, params), unanswered: value === undefined });
  const base = [
    { ...check((months ?? 0) >= 12, "reqMonths", { count: months ?? 0, required: 12 }), unanswered: months === undefined },
    { ...check((revenue ?? 0) >= set.threshold, "reqRevenue", { revenue: revenue ?? 0, threshold: set.threshold }), unanswered: revenue === undefined },
    flag(profile.firstLineSupport, "reqSupport"),
    flag(profile.supportPlan, "reqSupportPlan"),
    flag(profile.creditCheckPassed, "reqCreditCheck"),
    flag(profile.billingAndProvisioning, "reqBilling"),
    flag(profile.mpnLocationInCountry, "reqMpnLocation"),
    flag(profile.signingAuthority, "reqSigningAuthority"),
  ];
  if (!set.newer) return base;
  return [
    ...base,
    flag(profile.operationalAssessment, "reqAssessment"),
    flag(profile.securityScore, "reqSecurityScore"),
    flag(profile.solutionsPartnerDesignation, "reqDesignation"),
  ];
}

function assess(profile: PartnerProfile, set: DirectBillRuleSet) {
  const checks = directBillChecks(profile, set).map(({ unanswered: _, ...c }) => c);
  const unmet = checks.filter((c) => !c.ok).length;
  const params = { threshold: set.threshold, count: unmet };
  const outcome = unmet === 0 ? pass("eligible", params) : fail("notEligible", params, "remedy");
  return { ...outcome, details: checks };
}

const [sold, current] = directBillRuleSets;

/** R5: the direct-bill requirements; the revenue floor and extra criteria depend on the date. */
export const r5 = defineRule({
  id: "R5",
  actions: ["applyForDirectBill"],
  sources: ["S10", "S11", "S13", "W4", "W5", "W6"],
  confidence: "conflict",
  anchor: anchor("indirect-resellers", "moving-to-direct-bill"),
  constants: { switchDate: calendar.directBillMillion },
  messages: {
    reqMonths: ["count", "required"], reqRevenue: ["revenue", "threshold"], reqSupport: [], reqSupportPlan: [], reqCreditCheck: [],
    reqBilling: [], reqMpnLocation: [], reqSigningAuthority: [], reqAssessment: [], reqSecurityScore: [], reqDesignation: [],
    eligible: ["threshold"], notEligible: ["count", "threshold"], remedy: [], doubtThreshold: ["switchDate"], doubtSwitchDate: ["switchDate"],
  },
  variants: [
    { until: sold.until, sources: ["S10", "S11", "S13", "W4"], doubt: "doubtThreshold", check: ({ action: a }) => assess(a.profile, sold) },
    { from: current.from, sources: ["W5", "W6"], confidence: "unverified", doubt: "doubtSwitchDate", check: ({ action: a }) => assess(a.profile, current) },
  ],
});

/** R9: what a Restricted direct-bill partner can and cannot do. */
export const r9 = defineRule({
  id: "R9",
  actions: ["placeOrder", "buyForOwnUse", "createCustomer", "requestResellerRelationship", "inviteCustomer", "createSandbox", "changeSubscription", "changeEnrolmentStatus"],
  sources: ["S12"],
  confidence: "stated",
  anchor: anchor("indirect-resellers", "restricted-status"),
  messages: {
    noNewPurchases: ["partner"], noSharedServices: ["partner"], noNewCustomers: ["partner"], noDirectRequests: ["partner"],
    indirectAllowed: ["partner"], noSandbox: ["partner"], noNewAddOns: ["partner"], existingManaged: ["partner"],
    restricting: ["partner"], remedy: [], remedyIndirect: [],
  },
  check: ({ ix, action: a }) => {
    if (a.type === "changeEnrolmentStatus") return a.role === "direct-bill" && a.status === "restricted" ? pass("restricting", { partner: a.partner }) : undefined;
    const partner = a.type === "inviteCustomer" ? a.reseller : a.partner;
    if (!isRestricted(ix.tenant.get(partner))) return undefined;
    const params = { partner };
    switch (a.type) {
      case "placeOrder":
        return fail("noNewPurchases", params, "remedy");
      case "buyForOwnUse":
        return a.kind === "shared-services-azure" ? fail("noSharedServices", params) : fail("noNewPurchases", params, "remedy");
      case "createCustomer":
        return fail("noNewCustomers", params, "remedy");
      case "requestResellerRelationship":
        return fail("noDirectRequests", params, "remedyIndirect");
      case "inviteCustomer":
        return pass("indirectAllowed", params);
      case "createSandbox":
        return fail("noSandbox", params);
      case "changeSubscription":
        return a.change === "add-on" ? fail("noNewAddOns", params) : pass("existingManaged", params);
    }
  },
});

// A tenant that has moved from direct bill to indirect reseller: it still shows a direct-bill enrolment, no longer active.
const transitioned = (t: Tenant | undefined) => isReseller(t) && enrolment(t, "direct-bill") !== undefined && enrolment(t, "direct-bill")?.status !== "active";
const isTransition = (a: { type: string; role?: string }) => a.type === "transitionToIndirect" || (a.type === "enrol" && a.role === "indirect-reseller");

/** R10: becoming an indirect reseller on a direct-bill tenant is one-way; newer pages add that it needs Restricted status first. */
export const r10 = defineRule({
  id: "R10",
  actions: ["transitionToIndirect", "enrol", "applyForDirectBill"],
  sources: ["S13", "W6"],
  confidence: "conflict",
  anchor: anchor("indirect-resellers", "transition-from-direct-bill"),
  messages: {
    oneWay: ["partner"], noReturn: ["partner"], notRestricted: ["partner"], remedyWait: [], noReturnNewTenant: ["partner"],
    remedyNewTenant: [], doubtPrecondition: ["switchDate"],
  },
  doubt: "doubtPrecondition",
  constants: { switchDate: calendar.newerDocumentation },
  variants: [
    {
      until: addDays(calendar.newerDocumentation, -1),
      sources: ["S13"],
      check: ({ ix, action: a }) => {
        const tenant = ix.tenant.get(a.partner);
        if (a.type === "applyForDirectBill") return transitioned(tenant) ? fail("noReturn", { partner: a.partner }) : undefined;
        return isTransition(a) && isDirectBill(tenant) ? pass("oneWay", { partner: a.partner }) : undefined;
      },
    },
    {
      from: calendar.newerDocumentation,
      sources: ["W6"],
      check: ({ ix, action: a }) => {
        const tenant = ix.tenant.get(a.partner);
        const params = { partner: a.partner };
        if (a.type === "applyForDirectBill") return transitioned(tenant) ? fail("noReturnNewTenant", params, "remedyNewTenant") : undefined;
        if (!isTransition(a) || !isDirectBill(tenant)) return undefined;
        return isRestricted(tenant) ? pass("oneWay", params) : fail("notRestricted", params, "remedyWait");
      },
    },
  ],
});

/** R11: sandboxes are for direct-bill partners only, one per tenant, and are lost on the move to indirect. */
export const r11 = defineRule({
  id: "R11",
  actions: ["createSandbox", "transitionToIndirect", "enrol"],
  sources: ["S12", "S13"],
  confidence: "stated",
  anchor: anchor("ways-to-work-together", "direct-bill-partners"),
  messages: { allowed: ["partner"], directBillOnly: ["partner"], onePerTenant: ["partner", "sandbox"], sandboxLost: ["partner", "sandbox"] },
  check: ({ ix, action: a }) => {
    const tenant = ix.tenant.get(a.partner);
    const sandbox = ix.sandboxesOf(a.partner)[0];
    if (a.type === "createSandbox") {
      if (!isDirectBill(tenant)) return fail("directBillOnly", { partner: a.partner });
      return sandbox ? fail("onePerTenant", { partner: a.partner, sandbox: sandbox.id }) : pass("allowed", { partner: a.partner });
    }
    return isTransition(a) && sandbox ? pass("sandboxLost", { partner: a.partner, sandbox: sandbox.id }) : undefined;
  },
});

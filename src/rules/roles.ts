/**
 * Section A of the rules: the three roles, who buys from Microsoft, enrolment, regions, location IDs,
 * the Microsoft Partner Agreement and provider approval (R1–R4, R6–R8, R12).
 */
import {
  buysFromMicrosoft, calendar, enrolment, hasMpa, hasMpnLocation, isDirectBill, isProvider, isReseller, isResellerOnly,
} from "../engine/index.ts";
import { anchor } from "./anchors.ts";
import { defineRule, fail, pass } from "./define.ts";
import { term } from "./terms.ts";

/** R1: three transacting roles; direct bill and indirect reseller may be held together. */
export const r1 = defineRule({
  id: "R1",
  actions: ["enrol", "transitionToIndirect", "applyForDirectBill"],
  sources: ["S6", "S13", "S14"],
  confidence: "stated",
  anchor: anchor("ways-to-work-together", "three-roles"),
  messages: { dualStatus: ["partner"], newRole: ["partner", "role"], alreadyEnrolled: ["partner", "role"] },
  check: ({ ix, action: a }) => {
    const role = a.type === "enrol" ? a.role : a.type === "transitionToIndirect" ? "indirect-reseller" : "direct-bill";
    const tenant = ix.tenant.get(a.partner);
    const held = enrolment(tenant, role);
    const params = { partner: a.partner, role: term("role", role) };
    if (held && (role !== "direct-bill" || held.status === "active")) return fail("alreadyEnrolled", params);
    if (role === "indirect-reseller" ? isDirectBill(tenant) : role === "direct-bill" && isReseller(tenant)) {
      return pass("dualStatus", { partner: a.partner });
    }
    return pass("newRole", params);
  },
});

/** R2: only direct-bill partners and indirect providers buy from Microsoft. */
export const r2 = defineRule({
  id: "R2",
  actions: ["placeOrder", "buyForOwnUse"],
  sources: ["S1", "S6", "S11"],
  confidence: "stated",
  anchor: anchor("ways-to-work-together", "three-roles"),
  messages: { buysFromMicrosoft: ["partner"], resellerCannotBuy: ["partner"], notActive: ["partner"], notEnrolled: ["partner"], remedyProvider: ["partner"], remedyEnrol: [] },
  check: ({ ix, action: a }) => {
    const tenant = ix.tenant.get(a.partner);
    const params = { partner: a.partner };
    if (buysFromMicrosoft(tenant)) return pass("buysFromMicrosoft", params);
    if (isReseller(tenant)) return fail("resellerCannotBuy", params, "remedyProvider");
    if ((tenant?.enrolments.length ?? 0) > 0) return fail("notActive", params);
    return fail("notEnrolled", params, "remedyEnrol");
  },
});

/** R3: an indirect reseller transacts only through a provider it has authorised. */
export const r3 = defineRule({
  id: "R3",
  actions: ["placeOrder", "createCustomer", "inviteCustomer", "requestResellerRelationship"],
  sources: ["S2", "S3", "S6"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "partnership"),
  messages: { authorised: ["provider", "reseller"], notAuthorised: ["provider", "reseller"], remedyAuthorise: ["provider", "reseller"], onlyThroughProvider: ["partner"], remedyInvite: ["partner"] },
  check: ({ ix, action: a }) => {
    if (a.type === "requestResellerRelationship") {
      return isResellerOnly(ix.tenant.get(a.partner)) ? fail("onlyThroughProvider", { partner: a.partner }, "remedyInvite") : undefined;
    }
    const provider = a.type === "inviteCustomer" ? a.provider : a.partner;
    const reseller = a.reseller;
    if (reseller === undefined) return undefined;
    const params = { provider, reseller };
    return ix.partnership(provider, reseller)?.state === "accepted" ? pass("authorised", params) : fail("notAuthorised", params, "remedyAuthorise");
  },
});

/** R4: since October 2020 a partner new to CSP enrols as an indirect reseller first. */
export const r4 = defineRule({
  id: "R4",
  actions: ["applyForDirectBill", "enrol"],
  sources: ["S3", "W4"],
  confidence: "stated",
  anchor: anchor("indirect-resellers", "enrolment"),
  constants: { since: calendar.resellerFirst },
  messages: { newcomer: ["partner", "since"], notNewcomer: ["partner"], remedy: ["partner"] },
  variants: [
    {
      from: calendar.resellerFirst,
      check: ({ ix, action: a }) => {
        if (a.type === "enrol" && a.role !== "indirect-provider") return undefined;
        const organisation = ix.tenant.get(a.partner)?.organisation;
        const enrolled = organisation !== undefined && ix.tenantsOf(organisation).some((t) => t.enrolments.length > 0);
        const saysNew = a.type === "applyForDirectBill" && a.profile.newToCsp === true;
        return enrolled && !saysNew ? pass("notNewcomer", { partner: a.partner }) : fail("newcomer", { partner: a.partner }, "remedy");
      },
    },
  ],
});

/** R6: direct-bill authorisation covers one CSP region only. */
export const r6 = defineRule({
  id: "R6",
  actions: ["applyForDirectBill", "placeOrder", "createCustomer", "requestResellerRelationship"],
  sources: ["W4"],
  confidence: "stated",
  anchor: anchor("ways-to-work-together", "csp-regions"),
  messages: { vettedSeparately: ["region", "otherRegion"], otherRegion: ["partner", "region", "customerRegion"], remedy: ["customerRegion"] },
  check: ({ ix, action: a }) => {
    const tenant = ix.tenant.get(a.partner);
    if (!tenant) return undefined;
    if (a.type === "applyForDirectBill") {
      const other = ix.tenantsOf(tenant.organisation).find((t) => t.id !== tenant.id && isDirectBill(t) && t.region !== tenant.region);
      return other ? pass("vettedSeparately", { region: tenant.region, otherRegion: other.region }) : undefined;
    }
    if (!isDirectBill(tenant)) return undefined;
    const customerRegion = a.type === "createCustomer" ? a.region : ix.tenant.get(a.customer)?.region;
    if (customerRegion === undefined || customerRegion === tenant.region) return undefined;
    return fail("otherRegion", { partner: a.partner, region: tenant.region, customerRegion }, "remedy");
  },
});

/** R7: a reseller needs a partner location ID in the country of its CSP account. */
export const r7 = defineRule({
  id: "R7",
  actions: ["enrol", "transitionToIndirect", "acceptMpa", "acceptPartnership", "inviteCustomer", "placeOrder"],
  sources: ["S3", "S14"],
  confidence: "stated",
  anchor: anchor("indirect-resellers", "enrolment"),
  messages: { located: ["partner", "country"], noLocation: ["partner", "country"], remedy: ["partner", "country"] },
  check: ({ ix, action: a }) => {
    let reseller: string | undefined;
    if (a.type === "enrol") reseller = a.role === "indirect-reseller" ? a.partner : undefined;
    else if (a.type === "transitionToIndirect") reseller = a.partner;
    else if (a.type === "acceptMpa") reseller = isReseller(ix.tenant.get(a.partner)) ? a.partner : undefined;
    else reseller = a.reseller;
    const tenant = reseller === undefined ? undefined : ix.tenant.get(reseller);
    if (!tenant) return undefined;
    const params = { partner: tenant.id, country: tenant.country };
    return hasMpnLocation(ix, tenant) ? pass("located", params) : fail("noLocation", params, "remedy");
  },
});

/** R8: every CSP partner accepts the MPA (a Global admin does it), at least once per CSP region. */
export const r8 = defineRule({
  id: "R8",
  actions: ["acceptMpa", "placeOrder", "buyForOwnUse"],
  sources: ["S6", "S14"],
  confidence: "stated",
  anchor: anchor("indirect-resellers", "enrolment"),
  messages: { globalAdmin: ["partner"], notGlobalAdmin: ["userRole"], remedyGlobalAdmin: [], accepted: ["partner"], missing: ["partner", "region"], remedy: ["partner", "region"] },
  variants: [
    {
      from: calendar.mpaRequired,
      check: ({ ix, action: a }) => {
        if (a.type === "acceptMpa") {
          return a.userRole !== undefined && a.userRole !== "global-admin"
            ? fail("notGlobalAdmin", { userRole: term("userRole", a.userRole) }, "remedyGlobalAdmin")
            : pass("globalAdmin", { partner: a.partner });
        }
        const parties = a.type === "placeOrder" && a.reseller !== undefined ? [a.partner, a.reseller] : [a.partner];
        const missing = parties.find((p) => !hasMpa(ix, ix.tenant.get(p)));
        if (missing === undefined) return pass("accepted", { partner: a.partner });
        return fail("missing", { partner: missing, region: ix.tenant.get(missing)?.region ?? "" }, "remedy");
      },
    },
  ],
});

/** R12: only a provider Microsoft approved can act as indirect provider; the approval criteria are not published. */
export const r12 = defineRule({
  id: "R12",
  actions: ["enrol", "requestPartnership", "placeOrder", "createCustomer", "inviteCustomer", "requestAdminRelationship"],
  sources: ["S1", "S2"],
  confidence: "stated",
  anchor: anchor("indirect-providers", "becoming-a-provider"),
  messages: { approved: ["partner"], notApproved: ["partner"], remedy: [], doubtCriteria: [], provider: ["provider"], notProvider: ["provider"] },
  check: ({ ix, action: a }) => {
    if (a.type === "enrol") {
      if (a.role !== "indirect-provider") return undefined;
      const outcome = a.approvedByMicrosoft ? pass("approved", { partner: a.partner }) : fail("notApproved", { partner: a.partner }, "remedy");
      return { ...outcome, confidence: "unverified", doubt: "doubtCriteria" };
    }
    let provider: string | undefined;
    if (a.type === "requestPartnership" || a.type === "inviteCustomer") provider = a.provider;
    else if (a.type === "requestAdminRelationship") provider = a.forReseller === undefined ? undefined : a.partner;
    else provider = a.reseller === undefined ? undefined : a.partner;
    if (provider === undefined) return undefined;
    return isProvider(ix.tenant.get(provider)) ? pass("provider", { provider }) : fail("notProvider", { provider });
  },
});

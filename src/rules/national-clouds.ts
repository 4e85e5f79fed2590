/**
 * Section G of the rules: national clouds. Multi-partner there (R51, dated), separate US Government
 * enrolment (R52), Microsoft Cloud Germany closed (R53), the archived 21Vianet rules (R54) and clouds never
 * sharing relationships (R55).
 */
import { addDays, calendar, isReseller, isResellerOnly, type Action, type WorldIndex } from "../engine/index.ts";
import { anchor } from "./anchors.ts";
import { defineRule, fail, pass } from "./define.ts";
import { term } from "./terms.ts";

/** R51: multi-partner and multichannel work in national clouds (November 2020 pages); a May 2020 US Government page said not yet. */
export const r51 = defineRule({
  id: "R51",
  actions: ["requestResellerRelationship"],
  sources: ["S1", "S4", "S5", "S16"],
  confidence: "conflict",
  doubt: "doubtUsGov",
  anchor: anchor("national-clouds", "which-clouds"),
  messages: { notYetInUsGov: ["customer"], available: ["cloud"], doubtUsGov: [] },
  variants: [
    {
      until: addDays(calendar.nationalCloudMultiPartner, -1),
      sources: ["S16"],
      check: ({ ix, action: a }) => (ix.tenant.get(a.customer)?.cloud === "us-government" ? fail("notYetInUsGov", { customer: a.customer }) : undefined),
    },
    {
      from: calendar.nationalCloudMultiPartner,
      sources: ["S1", "S4", "S5"],
      check: ({ ix, action: a }) => {
        const cloud = ix.tenant.get(a.customer)?.cloud;
        return cloud === undefined || cloud === "commercial" ? undefined : pass("available", { cloud: term("cloud", cloud) });
      },
    },
  ],
});

/** R52: US Government needs its own enrolment, open only to US-based partners serving US government entities. */
export const r52 = defineRule({
  id: "R52",
  actions: ["enrol", "applyForDirectBill"],
  sources: ["S16"],
  confidence: "stated",
  anchor: anchor("national-clouds", "us-government"),
  messages: { eligible: ["partner"], approvalReused: ["partner"], notEligible: ["partner"], remedy: [] },
  check: ({ ix, action: a }) => {
    const tenant = ix.tenant.get(a.partner);
    if (tenant?.cloud !== "us-government") return undefined;
    const serves = a.type === "enrol" ? a.servesUsGovernment : a.profile.servesUsGovernment === true;
    if (!serves || tenant.country !== "US") return fail("notEligible", { partner: a.partner }, "remedy");
    const commercialReseller = ix.tenantsOf(tenant.organisation).some((t) => t.cloud === "commercial" && isReseller(t));
    return a.type === "enrol" && a.role === "indirect-reseller" && commercialReseller ? pass("approvalReused", { partner: a.partner }) : pass("eligible", { partner: a.partner });
  },
});

/** R53: Microsoft Cloud Germany takes no new customers and no new services. */
export const r53 = defineRule({
  id: "R53",
  actions: ["createCustomer", "requestResellerRelationship", "inviteCustomer", "placeOrder"],
  sources: ["S15"],
  confidence: "stated",
  anchor: anchor("national-clouds", "germany"),
  messages: { closed: ["customer"] },
  check: ({ ix, action: a }) => {
    const cloud = a.type === "createCustomer" ? a.cloud : ix.tenant.get(a.customer)?.cloud;
    return cloud === "germany" ? fail("closed", { customer: a.customer }) : undefined;
  },
});

/** R54: in the 21Vianet Partner Center only the provider's invitation brings in customers (archived rules). */
export const r54 = defineRule({
  id: "R54",
  actions: ["inviteCustomer", "requestResellerRelationship"],
  sources: ["S15", "S25", "W14"],
  confidence: "unverified",
  doubt: "doubtArchived",
  anchor: anchor("national-clouds", "china-21vianet"),
  messages: { providerInvitesOnly: ["reseller"], remedy: ["reseller"], doubtArchived: [] },
  check: ({ ix, action: a }) => {
    const reseller = a.type === "inviteCustomer" ? a.reseller : a.partner;
    const tenant = ix.tenant.get(reseller);
    return tenant?.cloud === "china-21vianet" && isResellerOnly(tenant) ? fail("providerInvitesOnly", { reseller }, "remedy") : undefined;
  },
});

// The tenants an action links, which must all be in one cloud.
function linked(ix: WorldIndex, a: Action): string[] {
  switch (a.type) {
    case "requestPartnership":
    case "acceptPartnership":
      return [a.provider, a.reseller];
    case "inviteCustomer":
      return [a.reseller, a.provider, a.customer];
    case "placeOrder":
      return a.reseller === undefined ? [a.partner, a.customer] : [a.partner, a.customer, a.reseller];
    case "buyForOwnUse":
      return [a.partner, a.tenant];
    case "requestTransfer":
      return [a.to, ...a.subscriptions.flatMap((id) => ix.subscription.get(id)?.customer ?? [])];
    case "requestResellerRelationship":
    case "requestAdminRelationship":
    case "extendResellerRelationship":
      return [a.partner, a.customer];
    default:
      return [];
  }
}

/** R55: a national-cloud tenant and a commercial tenant are separate worlds: nothing links across clouds. */
export const r55 = defineRule({
  id: "R55",
  actions: ["requestPartnership", "acceptPartnership", "inviteCustomer", "placeOrder", "buyForOwnUse", "requestTransfer", "requestResellerRelationship", "requestAdminRelationship", "extendResellerRelationship", "createCustomer"],
  sources: ["S15", "S16"],
  confidence: "inferred",
  doubt: "doubtInferred",
  anchor: anchor("national-clouds", "separate-tenants"),
  messages: { separateClouds: ["partner", "partnerCloud", "other", "otherCloud"], remedy: ["otherCloud"], doubtInferred: [] },
  check: ({ ix, action: a }) => {
    const [first, ...rest] = a.type === "createCustomer" ? [a.partner] : linked(ix, a);
    const cloud = first === undefined ? undefined : ix.tenant.get(first)?.cloud;
    if (first === undefined || cloud === undefined) return undefined;
    const others: [string, string | undefined][] = a.type === "createCustomer" ? [[a.customer, a.cloud]] : rest.map((id) => [id, ix.tenant.get(id)?.cloud]);
    const mismatch = others.find(([, c]) => c !== undefined && c !== cloud);
    if (!mismatch) return undefined;
    const params = { partner: first, partnerCloud: term("cloud", cloud), other: mismatch[0], otherCloud: term("cloud", mismatch[1] ?? "") };
    return fail("separateClouds", params, "remedy");
  },
});

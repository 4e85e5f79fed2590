/**
 * Section C of the rules, customer relationships: how they start (R21), regions (R28), who may end them
 * and when (R29, R30) and the designated support contact (R31).
 */
import {
  addDays, adminStatus, calendar, isProvider, isResellerOnly, type Action, type ActionOf, type AdminRelationship, type IsoDate,
  type RuleContext, type Subscription, type WorldIndex,
} from "../engine/index.ts";
import { anchor } from "./anchors.ts";
import { defineRule, fail, pass } from "./define.ts";
import { term } from "./terms.ts";

/** R21: relationships start automatically when a partner creates the tenant, or when the customer's Global admin accepts an invitation. */
export const r21 = defineRule({
  id: "R21",
  actions: ["createCustomer", "requestResellerRelationship", "inviteCustomer", "acceptResellerRelationship"],
  sources: ["W3", "S7", "S13"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "customer-relationships"),
  messages: {
    automatic: ["partner", "customer"], awaitsAcceptance: ["partner", "customer"], alreadyActive: ["partner", "customer"],
    alreadyRequested: ["partner", "customer"], accepting: ["partner", "customer"], noInvitation: ["partner", "customer"],
    remedy: ["partner", "customer"], notGlobalAdmin: ["userRole"], remedyGlobalAdmin: [],
  },
  check: ({ ix, action: a }) => {
    if (a.type === "createCustomer") return pass("automatic", { partner: a.partner, customer: a.customer });
    const partner = a.type === "inviteCustomer" ? a.reseller : a.partner;
    const params = { partner, customer: a.customer };
    const state = ix.relationship(partner, a.customer)?.state;
    if (state === "active") return fail("alreadyActive", params);
    if (a.type !== "acceptResellerRelationship") return state === "requested" ? fail("alreadyRequested", params) : pass("awaitsAcceptance", params);
    if (a.userRole !== undefined && a.userRole !== "global-admin") return fail("notGlobalAdmin", { userRole: term("userRole", a.userRole) }, "remedyGlobalAdmin");
    return state === "requested" ? pass("accepting", params) : fail("noInvitation", params, "remedy");
  },
});

// The partners whose region must match the customer's, and the customer's region, for an action.
function regionPairs(ix: WorldIndex, a: Action): { partners: string[]; customer: string; region: string | undefined } | undefined {
  switch (a.type) {
    case "createCustomer":
      return { partners: [a.partner], customer: a.customer, region: a.region };
    case "inviteCustomer":
      return { partners: [a.reseller, a.provider], customer: a.customer, region: ix.tenant.get(a.customer)?.region };
    case "requestResellerRelationship":
    case "placeOrder":
    case "extendResellerRelationship":
      return { partners: [a.partner], customer: a.customer, region: ix.tenant.get(a.customer)?.region };
    case "requestTransfer": {
      const customer = ix.subscription.get(a.subscriptions[0] ?? "")?.customer;
      return customer === undefined ? undefined : { partners: [a.to], customer, region: ix.tenant.get(customer)?.region };
    }
    default:
      return undefined;
  }
}

/** R28: partner and customer must be in the same CSP region for a relationship, a sale or a move. */
export const r28 = defineRule({
  id: "R28",
  actions: ["createCustomer", "inviteCustomer", "requestResellerRelationship", "placeOrder", "extendResellerRelationship", "requestTransfer"],
  sources: ["S6", "S17", "S23", "W3"],
  confidence: "stated",
  anchor: anchor("ways-to-work-together", "csp-regions"),
  messages: { sameRegion: ["region"], differentRegion: ["partner", "partnerRegion", "customer", "customerRegion"], remedy: ["customerRegion"] },
  check: ({ ix, action: a }) => {
    const pairs = regionPairs(ix, a);
    if (!pairs || pairs.region === undefined) return undefined;
    for (const partner of pairs.partners) {
      const partnerRegion = ix.tenant.get(partner)?.region;
      if (partnerRegion !== undefined && partnerRegion !== pairs.region) {
        return fail("differentRegion", { partner, partnerRegion, customer: pairs.customer, customerRegion: pairs.region }, "remedy");
      }
    }
    return pass("sameRegion", { region: pairs.region });
  },
});

function removerCheck({ ix, action: a }: RuleContext<ActionOf<"removeResellerRelationship">>) {
  return isResellerOnly(ix.tenant.get(a.partner))
    ? fail("resellerCannotRemove", { partner: a.partner }, "remedy")
    : pass("mayRemove", { partner: a.partner });
}

/** R29: only a direct-bill partner or a provider removes a customer relationship; a reseller asks its provider. For the 2020–21 pages this is in doubt. */
export const r29 = defineRule({
  id: "R29",
  actions: ["removeResellerRelationship"],
  sources: ["S8", "W2", "S18"],
  confidence: "stated",
  anchor: anchor("multi-partner", "ending-a-customer-relationship"),
  messages: { mayRemove: ["partner"], resellerCannotRemove: ["partner"], remedy: ["partner"], doubtOlderDocs: [] },
  variants: [
    { until: addDays(calendar.newerDocumentation, -1), sources: ["S8", "S18"], confidence: "conflict", doubt: "doubtOlderDocs", check: removerCheck },
    { from: calendar.newerDocumentation, sources: ["W2"], check: removerCheck },
  ],
});

const mustBeCancelled = new Set<Subscription["kind"]>(["reservation", "software", "marketplace"]);

// Whether a subscription still stops its seller from removing the relationship.
function blocks(s: Subscription, nceMustBeCancelled: boolean): boolean {
  if (s.state === "cancelled" || s.state === "expired") return false;
  if (mustBeCancelled.has(s.kind) || (nceMustBeCancelled && s.commerce === "nce")) return true;
  return s.state === "active";
}

function removal(ix: WorldIndex, a: Action, asOf: IsoDate, nceMustBeCancelled: boolean) {
  if (a.type === "useAdminRights") {
    const mine = ix.adminsOfCustomer(a.customer).filter((x: AdminRelationship) => x.partner === a.partner);
    const usable = mine.some((x) => adminStatus(x, asOf) === "active");
    const removedWith = mine.some((x) => x.endedBy === "relationship-removal");
    return !usable && removedWith ? fail("adminRemovedWithRelationship", { partner: a.partner, customer: a.customer }) : undefined;
  }
  if (a.type !== "removeResellerRelationship") return undefined;
  const params = { partner: a.partner, customer: a.customer };
  if (ix.relationship(a.partner, a.customer)?.state !== "active") return fail("noRelationship", params);
  const blocking = ix.subsOfCustomer(a.customer).filter((s) => s.seller === a.partner && blocks(s, nceMustBeCancelled));
  const first = blocking[0];
  if (!first) return pass("clear", params);
  return fail("activeSubscriptions", { ...params, count: blocking.length, subscription: first.id }, nceMustBeCancelled ? "remedyCancel" : "remedySuspend");
}

/** R30: remove a relationship only with nothing active left (new-commerce subscriptions cancelled, not suspended); removal takes the partner's delegated admin with it. */
export const r30 = defineRule({
  id: "R30",
  actions: ["removeResellerRelationship", "useAdminRights"],
  sources: ["S8", "W2", "S18"],
  confidence: "conflict",
  anchor: anchor("multi-partner", "ending-a-customer-relationship"),
  constants: { switchDate: calendar.nceCancelBeforeRemoval },
  messages: {
    clear: ["partner", "customer"], noRelationship: ["partner", "customer"], activeSubscriptions: ["count", "subscription"],
    remedySuspend: [], remedyCancel: [], adminRemovedWithRelationship: ["partner", "customer"], doubtOld: [], doubtNceDate: ["switchDate"], doubtDapStays: [],
  },
  variants: [
    {
      until: addDays(calendar.nceCancelBeforeRemoval, -1),
      sources: ["S8"],
      doubt: "doubtOld",
      check: ({ ix, action: a, asOf }) => {
        const outcome = removal(ix, a, asOf, false);
        return outcome?.code === "adminRemovedWithRelationship" ? { ...outcome, doubt: "doubtDapStays" } : outcome;
      },
    },
    {
      from: calendar.nceCancelBeforeRemoval,
      doubt: "doubtNceDate",
      check: ({ ix, action: a, asOf }) => {
        const outcome = removal(ix, a, asOf, true);
        return outcome?.code === "adminRemovedWithRelationship" ? { ...outcome, doubt: "doubtDapStays" } : outcome;
      },
    },
  ],
});

/** R31: the provider is the default support contact; a reseller can be designated if it holds delegated admin for that customer. */
export const r31 = defineRule({
  id: "R31",
  actions: ["designateSupportContact", "placeOrder"],
  sources: ["S20"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "support-contact"),
  messages: { defaultProvider: ["provider"], provider: ["provider"], delegated: ["reseller", "customer"], noDelegatedAdmin: ["reseller", "customer"], remedy: ["reseller", "customer"] },
  check: ({ ix, action: a, asOf }) => {
    if (a.type === "placeOrder") return isProvider(ix.tenant.get(a.partner)) ? pass("defaultProvider", { provider: a.partner }) : undefined;
    const sub = ix.subscription.get(a.subscription);
    if (!sub) return undefined;
    if (a.contact === sub.seller) return pass("provider", { provider: a.contact });
    const params = { reseller: a.contact, customer: sub.customer };
    const holds = ix.adminsOfCustomer(sub.customer).some(
      (x) => (x.partner === a.contact || (x.forReseller === a.contact && x.resellerConsent)) && adminStatus(x, asOf) === "active",
    );
    return holds ? pass("delegated", params) : fail("noDelegatedAdmin", params, "remedy");
  },
});

/**
 * Section C of the rules, orders: relationship and MCA before any order (R20), the two-tier order (R22),
 * what a reseller cannot do itself (R23), the MPA and partner-of-record checks (R24, R25), provider orders
 * without a reseller (R26) and additional resellers in the EU and EEA (R27).
 */
import {
  activeRelationship, addDays, calendar, enrolment, hasMpa, hasMpnLocation, isCompliantReseller, isEuEea, isProvider, isReseller,
  isResellerOnly, type RuleContext, type ActionOf, type WorldIndex,
} from "../engine/index.ts";
import { anchor } from "./anchors.ts";
import { defineRule, fail, pass } from "./define.ts";
import { term } from "./terms.ts";

/** R20: no order without the ordering partner's own reseller relationship and the customer's recorded MCA acceptance. */
export const r20 = defineRule({
  id: "R20",
  actions: ["placeOrder", "acceptMca", "attestMca"],
  sources: ["S7", "S17", "S19", "S21", "W3"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "orders"),
  messages: {
    ready: ["partner", "customer"], noRelationship: ["partner", "customer"], remedyRelationship: ["partner", "customer"],
    noMca: ["partner", "customer"], remedyMca: ["partner", "customer"], canRecordMca: ["partner", "customer"],
  },
  check: ({ ix, action: a }) => {
    const params = { partner: a.partner, customer: a.customer };
    const rel = activeRelationship(ix, a.partner, a.customer);
    if (!rel) return fail("noRelationship", params, "remedyRelationship");
    if (a.type !== "placeOrder") return pass("canRecordMca", params);
    return rel.mcaAcceptedOn !== undefined ? pass("ready", params) : fail("noMca", params, "remedyMca");
  },
});

/** R22: in the two-tier model the provider submits the order and needs its own relationship with the customer. */
export const r22 = defineRule({
  id: "R22",
  actions: ["placeOrder", "inviteCustomer"],
  sources: ["S3", "S13", "S17", "S18"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "customer-relationships"),
  messages: {
    providerRelated: ["provider", "customer"], providerUnrelated: ["provider", "customer"], remedy: ["reseller", "provider", "customer"],
    bothRelationships: ["reseller", "provider"],
  },
  check: ({ ix, action: a }) => {
    if (a.type === "inviteCustomer") return pass("bothRelationships", { reseller: a.reseller, provider: a.provider });
    if (a.reseller === undefined) return undefined;
    const params = { provider: a.partner, customer: a.customer, reseller: a.reseller };
    return activeRelationship(ix, a.partner, a.customer) ? pass("providerRelated", params) : fail("providerUnrelated", params, "remedy");
  },
});

/** R23: an indirect reseller cannot create customer tenants, attest MCA acceptance, place orders or receive transfers itself. */
export const r23 = defineRule({
  id: "R23",
  actions: ["createCustomer", "attestMca", "placeOrder", "requestTransfer"],
  sources: ["S13", "S21", "S2"],
  confidence: "stated",
  anchor: anchor("indirect-resellers", "what-resellers-cannot-do"),
  messages: {
    cannotCreateCustomers: ["partner"], cannotAttest: ["partner"], cannotOrder: ["partner"], cannotReceive: ["partner"],
    remedyProviderCreates: ["partner"], remedyAttest: [], remedyProviderOrders: ["partner"], remedyReceive: ["partner"],
    providerCreates: ["provider", "reseller"],
  },
  check: ({ ix, action: a }) => {
    const who = a.type === "requestTransfer" ? a.to : a.partner;
    if (!isResellerOnly(ix.tenant.get(who))) {
      return a.type === "createCustomer" && a.reseller !== undefined ? pass("providerCreates", { provider: a.partner, reseller: a.reseller }) : undefined;
    }
    const params = { partner: who };
    switch (a.type) {
      case "createCustomer":
        return fail("cannotCreateCustomers", params, "remedyProviderCreates");
      case "attestMca":
        return fail("cannotAttest", params, "remedyAttest");
      case "placeOrder":
        return fail("cannotOrder", params, "remedyProviderOrders");
      case "requestTransfer":
        return fail("cannotReceive", params, "remedyReceive");
    }
  },
});

/** The reseller an order or a change names as partner of record. */
function namedReseller(a: ActionOf<"placeOrder" | "changeSubscription">): string | undefined {
  return a.type === "placeOrder" || a.change === "partner-of-record" ? a.reseller : undefined;
}

/** R24: a reseller's ID goes on a new subscription only once the reseller has accepted the MPA. */
export const r24 = defineRule({
  id: "R24",
  actions: ["placeOrder", "changeSubscription"],
  sources: ["S6"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "partner-of-record"),
  messages: { resellerMpa: ["reseller"], resellerNoMpa: ["reseller", "region"], remedy: ["reseller", "region"] },
  variants: [
    {
      from: calendar.mpaRequired,
      check: ({ ix, action: a }) => {
        const reseller = namedReseller(a);
        if (reseller === undefined) return undefined;
        const tenant = ix.tenant.get(reseller);
        return hasMpa(ix, tenant) ? pass("resellerMpa", { reseller }) : fail("resellerNoMpa", { reseller, region: tenant?.region ?? "" }, "remedy");
      },
    },
  ],
});

const validatedChanges = new Set(["seats", "add-on", "billing-plan", "term", "migrate-to-nce", "partner-of-record"]);

function porCheck(ix: WorldIndex, reseller: string, code: "blockedNewOrder" | "blockedChange", change: string) {
  const status = enrolment(ix.tenant.get(reseller), "indirect-reseller")?.status ?? "not-enrolled";
  const params = { reseller, status: term("status", status), change: term("change", change) };
  return isCompliantReseller(ix, ix.tenant.get(reseller)) ? pass("compliant", params) : fail(code, params, "remedy");
}

function newOrder({ ix, action: a, asOf }: RuleContext<ActionOf<"placeOrder">>) {
  if (a.reseller === undefined) return undefined;
  const outcome = porCheck(ix, a.reseller, "blockedNewOrder", "new-order");
  return asOf < calendar.porNewOrdersAlternative ? { ...outcome, doubt: "doubtStartDate" as const } : outcome;
}

/** R25: partner-of-record validation, for new orders from 2 June 2025 and for changes from 1 December 2025 (not auto-renewal). */
export const r25 = defineRule({
  id: "R25",
  actions: ["placeOrder", "changeSubscription", "autoRenew", "requestTransfer"],
  sources: ["W7", "W8", "W15"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "partner-of-record"),
  constants: { from: calendar.porNewOrders, altDate: calendar.porNewOrdersAlternative },
  messages: {
    compliant: ["reseller"], blockedNewOrder: ["reseller", "status"], blockedChange: ["reseller", "status", "change"], remedy: ["reseller"],
    autoRenewExcluded: ["reseller"], doubtStartDate: ["altDate", "from"],
  },
  variants: [
    {
      from: calendar.porNewOrders,
      until: addDays(calendar.porChanges, -1),
      sources: ["W8", "W15"],
      check: (c) => (c.action.type === "placeOrder" ? newOrder(c as RuleContext<ActionOf<"placeOrder">>) : undefined),
    },
    {
      from: calendar.porChanges,
      check: (c) => {
        const { ix, action: a } = c;
        if (a.type === "placeOrder") return newOrder({ ...c, action: a });
        if (a.type === "requestTransfer") {
          if (a.method !== "partner-to-partner") return undefined;
          const reseller = a.subscriptions.map((id) => ix.subscription.get(id)?.reseller).find((r) => r !== undefined);
          return reseller === undefined ? undefined : porCheck(ix, reseller, "blockedChange", "partner-to-partner");
        }
        const sub = ix.subscription.get(a.subscription);
        if (a.type === "autoRenew") return sub?.reseller === undefined ? undefined : pass("autoRenewExcluded", { reseller: sub.reseller });
        const reseller = a.change === "partner-of-record" ? a.reseller : sub?.reseller;
        if (reseller === undefined || !validatedChanges.has(a.change)) return undefined;
        return porCheck(ix, reseller, "blockedChange", a.change);
      },
    },
  ],
});

/** R26: a provider order without a reseller counts as the provider's own direct transaction. */
export const r26 = defineRule({
  id: "R26",
  actions: ["placeOrder"],
  sources: ["S19"],
  confidence: "stated",
  anchor: anchor("indirect-providers", "customers-and-orders"),
  messages: { directTransaction: ["provider"] },
  check: ({ ix, action: a }) =>
    a.reseller === undefined && isProvider(ix.tenant.get(a.partner)) ? pass("directTransaction", { provider: a.partner }) : undefined,
});

/** R27: in the EU and EEA, at most five additional resellers, declared after the initial one, each with a valid ID and MPA. */
export const r27 = defineRule({
  id: "R27",
  actions: ["placeOrder"],
  sources: ["S19"],
  confidence: "stated",
  anchor: anchor("indirect-providers", "additional-resellers"),
  messages: { declared: ["count"], initialFirst: [], tooMany: ["count", "max"], invalidAdditional: ["reseller"], remedyInitial: [] },
  check: ({ ix, action: a }) => {
    const customer = ix.tenant.get(a.customer);
    if (a.additionalResellers.length === 0 || !customer || !isEuEea(customer.country)) return undefined;
    if (a.reseller === undefined) return fail("initialFirst", {}, "remedyInitial");
    if (a.additionalResellers.length > 5) return fail("tooMany", { count: a.additionalResellers.length, max: 5 });
    const invalid = a.additionalResellers.find((r) => {
      const t = ix.tenant.get(r);
      return !isReseller(t) || !hasMpa(ix, t) || !hasMpnLocation(ix, t);
    });
    return invalid === undefined ? pass("declared", { count: a.additionalResellers.length }) : fail("invalidAdditional", { reseller: invalid });
  },
});

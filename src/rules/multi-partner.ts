/**
 * Section E of the rules, multi-partner: several partners in one tenant (R39), existing subscriptions
 * untouched (R40), and only the seller manages a subscription (R41).
 */
import { activeRelationship, type WorldIndex } from "../engine/index.ts";
import { anchor } from "./anchors.ts";
import { defineRule, fail, pass } from "./define.ts";

// How many other partners hold an active relationship with the customer.
function otherPartners(ix: WorldIndex, customer: string, except: readonly (string | undefined)[]): number {
  return ix.relsOfCustomer(customer).filter((r) => r.state === "active" && !except.includes(r.partner)).length;
}

/** R39: a tenant may work with several partners, but each needs its own reseller relationship. */
export const r39 = defineRule({
  id: "R39",
  actions: ["placeOrder", "requestResellerRelationship", "acceptResellerRelationship"],
  sources: ["S1", "S4", "S7"],
  confidence: "stated",
  anchor: anchor("multi-partner", "what-it-allows"),
  messages: {
    ownRelationshipNeeded: ["partner", "customer", "count"], remedy: ["partner", "customer"], multiPartner: ["customer", "count"],
    additionalPartner: ["customer", "count"],
  },
  check: ({ ix, action: a }) => {
    const reseller = a.type === "placeOrder" ? a.reseller : undefined;
    const count = otherPartners(ix, a.customer, [a.partner, reseller]);
    if (count === 0) return undefined;
    if (a.type !== "placeOrder") return pass("additionalPartner", { customer: a.customer, count });
    const params = { partner: a.partner, customer: a.customer, count };
    return activeRelationship(ix, a.partner, a.customer) ? pass("multiPartner", params) : fail("ownRelationshipNeeded", params, "remedy");
  },
});

/** R40: adding a partner never changes existing subscriptions, their terms or their partner of record. */
export const r40 = defineRule({
  id: "R40",
  actions: ["placeOrder", "acceptResellerRelationship"],
  sources: ["S4"],
  confidence: "stated",
  anchor: anchor("multi-partner", "existing-subscriptions"),
  messages: { untouched: ["customer", "count"] },
  check: ({ ix, action: a }) => {
    const count = ix.subsOfCustomer(a.customer).filter((s) => s.channel === "csp" && s.seller !== a.partner && s.state !== "cancelled" && s.state !== "expired").length;
    return count > 0 ? pass("untouched", { customer: a.customer, count }) : undefined;
  },
});

/** R41: only the partner that sold a subscription is invoiced for it and can change it (explicit only in the archived 21Vianet pages). */
export const r41 = defineRule({
  id: "R41",
  actions: ["changeSubscription", "designateSupportContact"],
  sources: ["S25"],
  confidence: "inferred",
  doubt: "doubtInferred",
  anchor: anchor("multi-partner", "existing-subscriptions"),
  messages: { seller: ["partner", "subscription"], notSeller: ["partner", "subscription", "seller"], doubtInferred: [] },
  check: ({ ix, action: a }) => {
    const sub = ix.subscription.get(a.subscription);
    if (!sub) return undefined;
    const params = { partner: a.partner, subscription: a.subscription, seller: sub.seller ?? "" };
    return sub.seller === a.partner ? pass("seller", params) : fail("notSeller", params);
  },
});

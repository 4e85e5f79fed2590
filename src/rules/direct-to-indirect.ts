/**
 * Section H of the rules: moving from direct bill to indirect reseller. Relationship extension (R56),
 * self-service subscription transfer (R57), and no direct-bill purchases for customers won as a reseller (R58).
 */
import { activeRelationship, enrolment, isDirectBill, isProvider, isReseller, type Tenant } from "../engine/index.ts";
import { anchor } from "./anchors.ts";
import { allOf, check, defineRule, fail } from "./define.ts";
import { receiving, subscriptionsOf } from "./transfers.ts";

// A partner in the middle of the move: enrolled as reseller on a tenant that still carries its direct-bill enrolment.
const transitioning = (t: Tenant | undefined) => isReseller(t) && enrolment(t, "direct-bill") !== undefined;

/** R56: reseller-relationship extension copies a direct-bill customer to a provider, with the customer's consent and no admin rights. */
export const r56 = defineRule({
  id: "R56",
  actions: ["extendResellerRelationship"],
  sources: ["S13"],
  confidence: "stated",
  anchor: anchor("indirect-resellers", "transition-from-direct-bill"),
  messages: {
    extending: ["customer", "provider"], notTransitioning: ["partner"], notDirectCustomer: ["partner", "customer"], noPartnership: ["partner", "provider"],
    noConsent: ["customer"], alreadyExtended: ["customer", "provider"], remedyConsent: ["customer"],
  },
  check: ({ ix, action: a }) => {
    const rel = ix.relationship(a.partner, a.customer);
    const outcome = allOf("extending", [
      check(transitioning(ix.tenant.get(a.partner)), "notTransitioning"),
      check(rel?.state === "active" && rel.origin !== "indirect-invitation", "notDirectCustomer"),
      check(ix.partnership(a.provider, a.partner)?.state === "accepted", "noPartnership"),
      check(a.customerConsent, "noConsent"),
      check(activeRelationship(ix, a.provider, a.customer) === undefined, "alreadyExtended"),
    ], { partner: a.partner, customer: a.customer, provider: a.provider });
    return outcome.code === "noConsent" ? { ...outcome, remedy: "remedyConsent" } : outcome;
  },
});

/** R57: self-service transfer to the provider: customer moved and MCA accepted through it, Office 365 licences and Azure PAYG only, one open request per subscription. */
export const r57 = defineRule({
  id: "R57",
  actions: ["requestTransfer", "acceptTransfer"],
  sources: ["S13"],
  confidence: "stated",
  anchor: anchor("indirect-resellers", "transition-from-direct-bill"),
  messages: {
    requestOk: ["count", "provider"], notTransitioning: ["partner"], noPartnership: ["partner", "provider"], customerNotMoved: ["customer", "provider"],
    noMcaWithProvider: ["customer", "provider"], notEligible: [], notSeller: ["partner"], addOnWithoutBase: [], openRequest: [],
    accepting: ["request"], notOpen: ["request"], notReceiver: ["partner", "request"],
  },
  check: ({ ix, action: a }) => {
    if (a.type === "acceptTransfer") return receiving(ix, a, ["self-service"]);
    if (a.method !== "self-service") return undefined;
    const subs = subscriptionsOf(ix, a);
    const customer = subs[0]?.customer ?? "";
    const providerRel = activeRelationship(ix, a.to, customer);
    const listed = new Set(a.subscriptions);
    return allOf("requestOk", [
      check(transitioning(ix.tenant.get(a.partner)), "notTransitioning"),
      check(isProvider(ix.tenant.get(a.to)) && ix.partnership(a.to, a.partner)?.state === "accepted", "noPartnership"),
      check(providerRel !== undefined, "customerNotMoved"),
      check(providerRel?.mcaAcceptedOn !== undefined, "noMcaWithProvider"),
      check(subs.every((s) => s.kind === "licence" || s.kind === "azure-legacy"), "notEligible"),
      check(subs.every((s) => s.seller === a.partner), "notSeller"),
      check(subs.every((s) => s.baseSubscription === undefined || listed.has(s.baseSubscription)), "addOnWithoutBase"),
      check(subs.every((s) => !ix.transfersOf(s.id).some((t) => t.state === "open")), "openRequest"),
    ], { partner: a.partner, provider: a.to, customer, count: subs.length });
  },
});

/** R58: a partner cannot use its direct-bill capability for customers it won as an indirect reseller. */
export const r58 = defineRule({
  id: "R58",
  actions: ["placeOrder"],
  sources: ["S13"],
  confidence: "stated",
  anchor: anchor("indirect-resellers", "transition-from-direct-bill"),
  messages: { acquiredAsReseller: ["partner", "customer"], remedy: ["customer"] },
  check: ({ ix, action: a }) => {
    const tenant = ix.tenant.get(a.partner);
    if (a.reseller !== undefined || !isDirectBill(tenant) || isProvider(tenant)) return undefined;
    return ix.relationship(a.partner, a.customer)?.origin === "indirect-invitation"
      ? fail("acquiredAsReseller", { partner: a.partner, customer: a.customer }, "remedy")
      : undefined;
  },
});

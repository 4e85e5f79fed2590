/**
 * Section E of the rules, multichannel and moves between partners: other channels coexist (R42),
 * licence subscriptions do not switch partner mid-term (R43, dated), Azure from other channels (R44)
 * and Azure between CSP partners (R45).
 */
import {
  activeRelationship, addDays, calendar, hasMpa, isDirectBill, isProvider, type ActionOf, type Subscription, type TransferMethod,
  type WorldIndex,
} from "../engine/index.ts";
import { anchor } from "./anchors.ts";
import { allOf, check, defineRule, fail, pass } from "./define.ts";
import { term } from "./terms.ts";

type TransferAction = ActionOf<"requestTransfer">;

/** The subscriptions a transfer request names that exist in the world. */
export function subscriptionsOf(ix: WorldIndex, a: TransferAction): Subscription[] {
  return a.subscriptions.flatMap((id) => ix.subscription.get(id) ?? []);
}

/** The receiving side of a transfer: only the named receiver accepts, and only an open request. */
export function receiving(ix: WorldIndex, a: ActionOf<"acceptTransfer">, methods: readonly TransferMethod[]) {
  const request = ix.transfer.get(a.request);
  if (!request || !methods.includes(request.method)) return undefined;
  const params = { partner: a.partner, request: a.request };
  if (request.state !== "open") return fail("notOpen", params);
  return request.to === a.partner ? pass("accepting", params) : fail("notReceiver", params);
}

const receivingMessages = { accepting: ["request"], notOpen: ["request"], notReceiver: ["partner", "request"] } as const;
const azureKinds = new Set<Subscription["kind"]>(["azure-plan", "azure-legacy", "reservation"]);

/** R42: CSP subscriptions coexist with those bought through other channels; a licence subscription from another channel is replaced, not moved. */
export const r42 = defineRule({
  id: "R42",
  actions: ["placeOrder", "requestTransfer"],
  sources: ["S5", "W12"],
  confidence: "stated",
  anchor: anchor("multichannel", "what-it-allows"),
  messages: { coexist: ["customer", "count"], newSubscriptionNeeded: ["subscription", "channel"], remedy: [] },
  check: ({ ix, action: a }) => {
    if (a.type === "placeOrder") {
      const count = ix.subsOfCustomer(a.customer).filter((s) => s.channel !== "csp" && (s.state === "active" || s.state === "suspended")).length;
      return count > 0 ? pass("coexist", { customer: a.customer, count }) : undefined;
    }
    const other = subscriptionsOf(ix, a).find((s) => s.channel !== "csp" && s.kind === "licence");
    return other ? fail("newSubscriptionNeeded", { subscription: other.id, channel: term("channel", other.channel) }, "remedy") : undefined;
  },
});

// A licence subscription of another CSP partner that the request tries to move.
const foreignLicence = (ix: WorldIndex, a: TransferAction) =>
  a.method === "self-service" ? undefined : subscriptionsOf(ix, a).find((s) => s.kind === "licence" && s.channel === "csp" && s.seller !== a.to);

/** R43: a licence subscription does not switch CSP partner mid-term (2020 pages); newer pages describe partner-to-partner transfers. */
export const r43 = defineRule({
  id: "R43",
  actions: ["requestTransfer", "acceptTransfer"],
  sources: ["S5", "S23", "W12", "W15"],
  confidence: "conflict",
  doubt: "doubtP2pDate",
  anchor: anchor("multichannel", "licence-based-subscriptions"),
  constants: { switchDate: calendar.newerDocumentation },
  messages: {
    noMidTermSwitch: ["subscription", "switchDate"], remedyNew: [], p2pTransfer: ["subscription"], onlyP2p: ["subscription"], remedyP2p: [],
    doubtP2pDate: ["switchDate"], ...receivingMessages,
  },
  variants: [
    {
      until: addDays(calendar.newerDocumentation, -1),
      sources: ["S5", "S23"],
      check: ({ ix, action: a }) => {
        if (a.type === "acceptTransfer") {
          const request = ix.transfer.get(a.request);
          if (request?.method !== "partner-to-partner") return undefined;
          return fail("noMidTermSwitch", { subscription: request.subscriptions[0] ?? "" }, "remedyNew");
        }
        const sub = foreignLicence(ix, a);
        return sub ? fail("noMidTermSwitch", { subscription: sub.id }, "remedyNew") : undefined;
      },
    },
    {
      from: calendar.newerDocumentation,
      sources: ["W12", "W15"],
      check: ({ ix, action: a }) => {
        if (a.type === "acceptTransfer") return receiving(ix, a, ["partner-to-partner"]);
        const sub = foreignLicence(ix, a);
        if (!sub) return undefined;
        const params = { subscription: sub.id };
        return a.method === "partner-to-partner" ? pass("p2pTransfer", params) : fail("onlyP2p", params, "remedyP2p");
      },
    },
  ],
});

/** R44: Azure from Advisor, Open or EA is rebuilt in a new CSP subscription; only an Azure Expert MSP direct-bill partner may take over direct EA billing. */
export const r44 = defineRule({
  id: "R44",
  actions: ["requestTransfer", "acceptTransfer"],
  sources: ["S5", "W19"],
  confidence: "stated",
  anchor: anchor("multichannel", "azure-from-other-channels"),
  messages: {
    noConversion: ["subscription", "channel"], remedyNew: [], eaOnly: ["subscription"], indirectEa: ["subscription"], notExpertMsp: ["partner"],
    needsMca: ["partner", "customer"], needsAzurePlan: ["partner", "customer"], billingOwnership: ["partner"], doubtApproval: [], ...receivingMessages,
  },
  check: ({ ix, action: a }) => {
    if (a.type === "acceptTransfer") return receiving(ix, a, ["ea-billing-ownership"]);
    const subs = subscriptionsOf(ix, a);
    const foreign = subs.find((s) => s.channel !== "csp" && azureKinds.has(s.kind));
    if (a.method !== "ea-billing-ownership") {
      return foreign ? fail("noConversion", { subscription: foreign.id, channel: term("channel", foreign.channel) }, "remedyNew") : undefined;
    }
    const sub = subs[0];
    if (!sub) return undefined;
    const to = ix.tenant.get(a.to);
    const rel = activeRelationship(ix, a.to, sub.customer);
    const plan = ix.subsOfCustomer(sub.customer).some((s) => s.seller === a.to && s.kind === "azure-plan" && s.state === "active");
    const params = { partner: a.to, customer: sub.customer, subscription: sub.id };
    const outcome = allOf("billingOwnership", [
      check(subs.every((s) => s.channel === "ea" && azureKinds.has(s.kind)), "eaOnly"),
      check(subs.every((s) => s.eaType !== "indirect"), "indirectEa"),
      check(isDirectBill(to) && (ix.organisation.get(to?.organisation ?? "")?.azureExpertMsp ?? false), "notExpertMsp"),
      check(rel?.mcaAcceptedOn !== undefined, "needsMca"),
      check(plan, "needsAzurePlan"),
    ], params);
    return { ...outcome, doubt: "doubtApproval" };
  },
});

function planTool(ix: WorldIndex, a: TransferAction, subs: readonly Subscription[], customer: string) {
  const rel = activeRelationship(ix, a.to, customer);
  const plan = ix.subsOfCustomer(customer).some((s) => s.seller === a.to && s.kind === "azure-plan" && s.state === "active");
  return [
    check(!subs.some((s) => s.kind === "reservation"), "reservationsStay"),
    check(subs.every((s) => s.kind === "azure-plan" || s.kind === "azure-legacy" || s.kind === "reservation"), "excludedOffer"),
    check(rel !== undefined, "needsRelationship"),
    check(plan, "needsAzurePlan"),
    check(rel?.mcaAcceptedOn !== undefined, "needsMca"),
    check(hasMpa(ix, ix.tenant.get(a.to)), "needsMpa"),
  ];
}

function legacyProcess(ix: WorldIndex, a: TransferAction, subs: readonly Subscription[], customer: string) {
  return [
    check(subs.every((s) => s.kind === "azure-legacy"), "excludedOffer"),
    check(activeRelationship(ix, a.to, customer) !== undefined, "needsRelationship"),
    check(ix.tenant.get(a.to)?.country === ix.tenant.get(customer)?.country, "differentCountry"),
  ];
}

/** R45: Azure moves between CSP partners only by the legacy transfer process or the Azure plan transfer tool, and only to a partner Microsoft bills. */
export const r45 = defineRule({
  id: "R45",
  actions: ["requestTransfer", "acceptTransfer"],
  sources: ["S22"],
  confidence: "stated",
  anchor: anchor("multichannel", "azure-from-another-csp-partner"),
  messages: {
    receiverMustBill: ["partner"], remedyProvider: ["partner"], excludedOffer: ["partner", "customer"], remedyPlanTool: [], needsRelationship: ["partner", "customer"],
    differentCountry: ["partner", "customer"], reservationsStay: ["partner", "customer"], needsAzurePlan: ["partner", "customer"],
    needsMca: ["partner", "customer"], needsMpa: ["partner", "customer"], wrongMethod: ["method"], remedyMethods: [], transferable: ["partner", "customer"],
    ...receivingMessages,
  },
  check: ({ ix, action: a }) => {
    if (a.type === "acceptTransfer") return receiving(ix, a, ["azure-legacy", "azure-plan"]);
    const subs = subscriptionsOf(ix, a);
    const azureFromPartner = subs.some((s) => s.channel === "csp" && s.seller !== a.to && azureKinds.has(s.kind));
    const customer = subs[0]?.customer;
    if (customer === undefined || (!azureFromPartner && a.method !== "azure-legacy" && a.method !== "azure-plan")) return undefined;
    const params = { partner: a.to, customer, method: term("method", a.method) };
    if (!isDirectBill(ix.tenant.get(a.to)) && !isProvider(ix.tenant.get(a.to))) return fail("receiverMustBill", params, "remedyProvider");
    if (a.method === "azure-legacy") {
      const outcome = allOf("transferable", legacyProcess(ix, a, subs, customer), params);
      return outcome.code === "excludedOffer" ? { ...outcome, remedy: "remedyPlanTool" } : outcome;
    }
    if (a.method === "azure-plan") return allOf("transferable", planTool(ix, a, subs, customer), params);
    return a.method === "self-service" ? undefined : fail("wrongMethod", params, "remedyMethods");
  },
});

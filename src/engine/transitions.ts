/**
 * What each action does to the world once the rules allow it. One function per action type; each edits
 * a draft (draft.ts). Where the sources disagree on an effect, the engine default named in the rule is used
 * (removing a reseller relationship removes the partner's delegated admin, R30).
 */
import type { Action, ActionOf, ActionType } from "./action-schema.ts";
import { calendar } from "./calendar.ts";
import type { IsoDate } from "./dates.ts";
import type { Draft } from "./draft.ts";
import type { AdminRelationship, ResellerRelationship, Subscription, Tenant } from "./world-schema.ts";

type Transition<T extends ActionType> = (d: Draft, a: ActionOf<T>, asOf: IsoDate) => void;

const pair = (a: string, b: string) => `${a}→${b}`;
const isPair = (partner: string, customer: string) => (r: ResellerRelationship) => r.partner === partner && r.customer === customer;

function enrolTenant(d: Draft, tenant: string, role: Tenant["enrolments"][number]["role"], asOf: IsoDate): void {
  d.update("tenants", (t) => t.id === tenant, (t) => ({
    ...t,
    enrolments: t.enrolments.some((e) => e.role === role)
      ? t.enrolments.map((e) => (e.role === role ? { ...e, status: "active" as const, since: asOf } : e))
      : [...t.enrolments, { role, status: "active" as const, since: asOf }],
  }), tenant);
}

function relationshipRecord(partner: string, customer: string, asOf: IsoDate, extra: Partial<ResellerRelationship>): ResellerRelationship {
  return { partner, customer, state: "requested", origin: "request", includeAdmin: false, requestedOn: asOf, ...extra };
}

function acceptRelationship(d: Draft, partner: string, customer: string, asOf: IsoDate, mca: boolean): void {
  d.update("resellerRelationships", isPair(partner, customer), (r) => ({
    ...r,
    state: "active",
    acceptedOn: asOf,
    ...(mca ? { mcaAcceptedOn: asOf, mcaBy: "customer" as const } : {}),
  }), pair(partner, customer));
}

function endAdmins(d: Draft, match: (a: AdminRelationship) => boolean, asOf: IsoDate, endedBy: AdminRelationship["endedBy"] & string): void {
  d.updateAll("adminRelationships", (a) => a.state !== "removed" && match(a), (a) => ({ ...a, state: "removed", endedOn: asOf, endedBy }), (a) => a.id);
}

function uniqueId(d: Draft, base: string): string {
  const taken = new Set(d.world.adminRelationships.map((a) => a.id));
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}~${n}`;
  return candidate;
}

function editSub(d: Draft, id: string, edit: (s: Subscription) => Subscription): void {
  d.update("subscriptions", (s) => s.id === id, edit, id);
}

function newSubscription(a: { partner: string; subscription: string; product: string; kind: Subscription["kind"] }, customer: string, asOf: IsoDate): Subscription {
  return {
    id: a.subscription, customer, product: a.product, kind: a.kind, commerce: "nce", channel: "csp", seller: a.partner,
    additionalResellers: [], state: "active", startDate: asOf, supportContact: a.partner, ownerRoleRemoved: false,
  };
}

const changeEffects: Partial<Record<ActionOf<"changeSubscription">["change"], (s: Subscription, a: ActionOf<"changeSubscription">) => Subscription>> = {
  seats: (s, a) => (a.seats === undefined ? s : { ...s, seats: a.seats }),
  term: (s, a) => (a.termMonths === undefined ? s : { ...s, termMonths: a.termMonths }),
  suspend: (s) => ({ ...s, state: "suspended" }),
  reactivate: (s) => ({ ...s, state: "active" }),
  cancel: (s) => ({ ...s, state: "cancelled" }),
  "migrate-to-nce": (s) => ({ ...s, commerce: "nce" }),
  "partner-of-record": (s, a) => (a.reseller === undefined ? s : { ...s, reseller: a.reseller }),
};

const transitions: { readonly [T in ActionType]: Transition<T> } = {
  enrol: (d, a, asOf) => enrolTenant(d, a.partner, a.role, asOf),
  transitionToIndirect: (d, a, asOf) => {
    enrolTenant(d, a.partner, "indirect-reseller", asOf);
    d.remove("tenants", (t) => t.sandboxOf === a.partner, (t) => t.id);
  },
  acceptMpa: (d, a, asOf) => {
    const tenant = d.world.tenants.find((t) => t.id === a.partner);
    if (!tenant) return;
    d.update("organisations", (o) => o.id === tenant.organisation && !o.agreements.some((g) => g.region === tenant.region), (o) => ({
      ...o,
      agreements: [...o.agreements, { type: "mpa" as const, region: tenant.region, acceptedOn: asOf }],
    }), tenant.organisation);
  },
  requestPartnership: (d, a, asOf) =>
    d.add("partnerships", { provider: a.provider, reseller: a.reseller, state: "requested", requestedOn: asOf, providerAdminAccess: true }, pair(a.provider, a.reseller)),
  acceptPartnership: (d, a, asOf) =>
    d.update("partnerships", (p) => p.provider === a.provider && p.reseller === a.reseller, (p) => ({ ...p, state: "accepted", acceptedOn: asOf }), pair(a.provider, a.reseller)),
  removePartnership: (d, a, asOf) =>
    d.update("partnerships", (p) => p.provider === a.provider && p.reseller === a.reseller, (p) => ({ ...p, state: "removed", removedOn: asOf }), pair(a.provider, a.reseller)),
  withdrawProviderAdminAccess: (d, a) =>
    d.update("partnerships", (p) => p.provider === a.provider && p.reseller === a.reseller, (p) => ({ ...p, providerAdminAccess: false }), pair(a.provider, a.reseller)),
  createCustomer: (d, a, asOf) => {
    if (!d.world.organisations.some((o) => o.id === a.organisation)) {
      d.add("organisations", { id: a.organisation, kind: "customer", mpnLocations: [], agreements: [], azureExpertMsp: false }, a.organisation);
    }
    d.add("tenants", { id: a.customer, organisation: a.organisation, kind: "customer", cloud: a.cloud, region: a.region, country: a.country, enrolments: [] }, a.customer);
    const created = { state: "active", origin: "created", acceptedOn: asOf } as const;
    d.add("resellerRelationships", relationshipRecord(a.partner, a.customer, asOf, { ...created, ...(a.reseller ? { viaReseller: a.reseller } : {}) }), pair(a.partner, a.customer));
    if (a.reseller) d.add("resellerRelationships", relationshipRecord(a.reseller, a.customer, asOf, { ...created, provider: a.partner }), pair(a.reseller, a.customer));
  },
  requestResellerRelationship: (d, a, asOf) =>
    d.add("resellerRelationships", relationshipRecord(a.partner, a.customer, asOf, { includeAdmin: a.includeAdmin }), pair(a.partner, a.customer)),
  inviteCustomer: (d, a, asOf) => {
    const indirect = { origin: "indirect-invitation" } as const;
    d.add("resellerRelationships", relationshipRecord(a.reseller, a.customer, asOf, { ...indirect, provider: a.provider, includeAdmin: a.includeAdmin }), pair(a.reseller, a.customer));
    d.add("resellerRelationships", relationshipRecord(a.provider, a.customer, asOf, { ...indirect, viaReseller: a.reseller }), pair(a.provider, a.customer));
  },
  acceptResellerRelationship: (d, a, asOf) => {
    const rel = d.world.resellerRelationships.findLast(isPair(a.partner, a.customer));
    acceptRelationship(d, a.partner, a.customer, asOf, a.acceptMca);
    if (rel?.origin === "indirect-invitation" && rel.provider) acceptRelationship(d, rel.provider, a.customer, asOf, a.acceptMca);
    if (rel?.includeAdmin && asOf < calendar.dapRetired) {
      const id = uniqueId(d, `dap~${a.partner}~${a.customer}`);
      d.add("adminRelationships", {
        id, type: "dap", partner: a.partner, customer: a.customer, roles: [], autoExtend: false, resellerConsent: false,
        state: "active", requestedOn: rel.requestedOn ?? asOf, approvedOn: asOf,
      }, id);
    }
  },
  acceptMca: (d, a, asOf) =>
    d.update("resellerRelationships", isPair(a.partner, a.customer), (r) => ({ ...r, mcaAcceptedOn: asOf, mcaBy: "customer" }), pair(a.partner, a.customer)),
  attestMca: (d, a, asOf) =>
    d.update("resellerRelationships", isPair(a.partner, a.customer), (r) => ({ ...r, mcaAcceptedOn: asOf, mcaBy: "attestation" }), pair(a.partner, a.customer)),
  removeResellerRelationship: (d, a, asOf) => {
    d.update("resellerRelationships", isPair(a.partner, a.customer), (r) => ({ ...r, state: "removed", removedOn: asOf }), pair(a.partner, a.customer));
    endAdmins(d, (x) => x.partner === a.partner && x.customer === a.customer, asOf, "relationship-removal");
    d.updateAll("subscriptions", (s) => s.customer === a.customer && s.supportContact === a.partner, ({ supportContact: _, ...s }) => s, (s) => s.id);
  },
  requestAdminRelationship: (d, a, asOf) =>
    d.add("adminRelationships", {
      id: a.id, type: a.adminType, partner: a.partner, customer: a.customer, roles: a.roles, autoExtend: a.autoExtend,
      resellerConsent: false, state: "requested", requestedOn: asOf,
      ...(a.durationDays === undefined ? {} : { durationDays: a.durationDays }),
      ...(a.forReseller === undefined ? {} : { forReseller: a.forReseller }),
    }, a.id),
  approveAdminRelationship: (d, a, asOf) =>
    d.update("adminRelationships", (x) => x.id === a.relationship, (x) => ({ ...x, state: "active", approvedOn: asOf }), a.relationship),
  consentAdminRelationship: (d, a) =>
    d.update("adminRelationships", (x) => x.id === a.relationship, (x) => ({ ...x, resellerConsent: true }), a.relationship),
  removeAdminRelationship: (d, a, asOf) =>
    d.update("adminRelationships", (x) => x.id === a.relationship, (x) => ({
      ...x, state: "removed", endedOn: asOf, endedBy: a.by === x.customer ? "customer" : "partner",
    }), a.relationship),
  useAdminRights: () => {},
  removeAzureRoleAssignment: (d, a) => editSub(d, a.subscription, (s) => ({ ...s, ownerRoleRemoved: true })),
  designateSupportContact: (d, a) => editSub(d, a.subscription, (s) => ({ ...s, supportContact: a.contact })),
  placeOrder: (d, a, asOf) =>
    d.add("subscriptions", {
      ...newSubscription(a, a.customer, asOf), commerce: a.commerce, additionalResellers: a.additionalResellers,
      ...(a.reseller === undefined ? {} : { reseller: a.reseller }),
      ...(a.seats === undefined ? {} : { seats: a.seats }),
      ...(a.termMonths === undefined ? {} : { termMonths: a.termMonths }),
    }, a.subscription),
  buyForOwnUse: (d, a, asOf) => d.add("subscriptions", newSubscription(a, a.tenant, asOf), a.subscription),
  changeSubscription: (d, a, asOf) => {
    const base = d.world.subscriptions.find((s) => s.id === a.subscription);
    if (a.change === "add-on" && a.addOn !== undefined && base) {
      d.add("subscriptions", {
        ...newSubscription({ partner: a.partner, subscription: a.addOn, product: a.product ?? base.product, kind: base.kind }, base.customer, asOf),
        commerce: base.commerce, baseSubscription: base.id, ...(base.reseller === undefined ? {} : { reseller: base.reseller }),
      }, a.addOn);
      return;
    }
    const effect = changeEffects[a.change];
    if (effect) editSub(d, a.subscription, (s) => effect(s, a));
  },
  autoRenew: (d, a, asOf) => editSub(d, a.subscription, (s) => ({ ...s, startDate: asOf })),
  requestTransfer: (d, a, asOf) => {
    // Add-ons travel with their base subscription (R57).
    const listed = new Set(a.subscriptions);
    const addOns = a.method === "self-service"
      ? d.world.subscriptions.filter((s) => s.baseSubscription !== undefined && listed.has(s.baseSubscription) && !listed.has(s.id)).map((s) => s.id)
      : [];
    d.add("transferRequests", { id: a.id, method: a.method, partner: a.partner, to: a.to, subscriptions: [...a.subscriptions, ...addOns], state: "open", requestedOn: asOf }, a.id);
  },
  acceptTransfer: (d, a) => {
    const request = d.world.transferRequests.find((t) => t.id === a.request);
    if (!request) return;
    d.update("transferRequests", (t) => t.id === a.request, (t) => ({ ...t, state: "accepted" }), a.request);
    const moving = new Set(request.subscriptions);
    d.updateAll("subscriptions", (s) => moving.has(s.id), (s) => ({
      ...s,
      channel: "csp" as const,
      seller: request.to,
      supportContact: request.to,
      ...(request.method === "self-service" ? { reseller: request.partner } : {}),
      ...(request.method === "azure-plan" && s.kind === "azure-legacy" ? { kind: "azure-plan" as const } : {}),
      ...(request.method === "ea-billing-ownership" ? { kind: "azure-plan" as const } : {}),
    }), (s) => s.id);
  },
  applyForDirectBill: (d, a, asOf) => enrolTenant(d, a.partner, "direct-bill", asOf),
  extendResellerRelationship: (d, a, asOf) =>
    d.add("resellerRelationships", relationshipRecord(a.provider, a.customer, asOf, {
      state: "active", origin: "extension", viaReseller: a.partner, acceptedOn: asOf,
    }), pair(a.provider, a.customer)),
  createSandbox: (d, a) => {
    const owner = d.world.tenants.find((t) => t.id === a.partner);
    if (!owner) return;
    d.add("tenants", {
      id: a.sandbox, organisation: owner.organisation, kind: "sandbox", cloud: owner.cloud, region: owner.region,
      country: owner.country, enrolments: [], sandboxOf: owner.id,
    }, a.sandbox);
  },
  changeEnrolmentStatus: (d, a, asOf) => {
    d.update("tenants", (t) => t.id === a.partner, (t) => ({
      ...t,
      enrolments: t.enrolments.map((e) => (e.role === a.role ? { ...e, status: a.status } : e)),
    }), a.partner);
    // A suspended reseller loses its GDAP relationships (R38).
    if (a.role === "indirect-reseller" && a.status === "suspended") {
      endAdmins(d, (x) => x.type === "gdap" && (x.partner === a.partner || x.forReseller === a.partner), asOf, "suspension");
    }
  },
};

/** Edits a draft with what an action does. */
export function transition(d: Draft, action: Action, asOf: IsoDate): void {
  (transitions[action.type] as Transition<ActionType>)(d, action as never, asOf);
}

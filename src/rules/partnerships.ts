/**
 * Section B of the rules: the partnership between an indirect provider and an indirect reseller (R13–R19).
 */
import { isReseller, type Action, type WorldIndex } from "../engine/index.ts";
import { anchor } from "./anchors.ts";
import { defineRule, fail, pass } from "./define.ts";
import { term } from "./terms.ts";

// The provider and reseller an action involves, when it involves a named reseller.
function pairOf(a: Action): { provider: string; reseller: string } | undefined {
  switch (a.type) {
    case "requestPartnership":
    case "acceptPartnership":
    case "removePartnership":
    case "withdrawProviderAdminAccess":
    case "inviteCustomer":
      return { provider: a.provider, reseller: a.reseller };
    case "placeOrder":
    case "createCustomer":
      return a.reseller === undefined ? undefined : { provider: a.partner, reseller: a.reseller };
    default:
      return undefined;
  }
}

const accepted = (ix: WorldIndex, provider: string, reseller: string) => ix.partnership(provider, reseller)?.state === "accepted";

/** R13: a partnership exists only once the reseller's Global admin accepts the provider's request. */
export const r13 = defineRule({
  id: "R13",
  actions: ["requestPartnership", "acceptPartnership", "placeOrder", "inviteCustomer", "createCustomer"],
  sources: ["S2", "S3", "S13"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "partnership"),
  messages: {
    requesting: ["provider", "reseller"], alreadyRequested: ["provider", "reseller"], alreadyPartners: ["provider", "reseller"],
    accepting: ["provider", "reseller"], noRequest: ["provider", "reseller"], remedyRequest: ["provider", "reseller"],
    alreadyAccepted: ["provider", "reseller"], notGlobalAdmin: ["userRole"], remedyGlobalAdmin: [],
    pending: ["provider", "reseller"], remedyAuthorise: ["provider", "reseller"], accepted: ["provider", "reseller"],
  },
  check: ({ ix, action: a }) => {
    const pair = pairOf(a);
    if (!pair) return undefined;
    const p = ix.partnership(pair.provider, pair.reseller);
    const live = p !== undefined && p.state !== "removed";
    if (a.type === "requestPartnership") {
      if (!live) return pass("requesting", pair);
      return fail(p.state === "accepted" ? "alreadyPartners" : "alreadyRequested", pair);
    }
    if (a.type === "acceptPartnership") {
      if (a.userRole !== undefined && a.userRole !== "global-admin") return fail("notGlobalAdmin", { userRole: term("userRole", a.userRole) }, "remedyGlobalAdmin");
      if (!live) return fail("noRequest", pair, "remedyRequest");
      return p.state === "accepted" ? fail("alreadyAccepted", pair) : pass("accepting", pair);
    }
    if (!live) return undefined;
    return p.state === "requested" ? fail("pending", pair, "remedyAuthorise") : pass("accepted", pair);
  },
});

/** R14: only an enrolled indirect reseller can form a partnership. */
export const r14 = defineRule({
  id: "R14",
  actions: ["requestPartnership", "acceptPartnership"],
  sources: ["S2"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "partnership"),
  messages: { enrolled: ["reseller"], notEnrolled: ["reseller"], remedy: ["reseller"] },
  check: ({ ix, action: a }) =>
    isReseller(ix.tenant.get(a.reseller)) ? pass("enrolled", { reseller: a.reseller }) : fail("notEnrolled", { reseller: a.reseller }, "remedy"),
});

/** R15: provider and reseller must be in the same CSP region. */
export const r15 = defineRule({
  id: "R15",
  actions: ["requestPartnership", "acceptPartnership", "inviteCustomer", "placeOrder", "createCustomer"],
  sources: ["S6", "S14"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "same-region"),
  messages: {
    sameRegion: ["region"], differentRegion: ["provider", "providerRegion", "reseller", "resellerRegion"], remedy: ["reseller", "providerRegion"],
  },
  check: ({ ix, action: a }) => {
    const pair = pairOf(a);
    const provider = pair && ix.tenant.get(pair.provider);
    const reseller = pair && ix.tenant.get(pair.reseller);
    if (!provider || !reseller) return undefined;
    if (provider.region === reseller.region) return pass("sameRegion", { region: provider.region });
    const params = { provider: provider.id, providerRegion: provider.region, reseller: reseller.id, resellerRegion: reseller.region };
    return fail("differentRegion", params, "remedy");
  },
});

/** R16: a reseller may work with several providers at once. */
export const r16 = defineRule({
  id: "R16",
  actions: ["acceptPartnership"],
  sources: ["S6", "S14"],
  confidence: "stated",
  anchor: anchor("indirect-resellers", "authorising-a-provider"),
  messages: { several: ["reseller", "count"] },
  check: ({ ix, action: a }) => {
    const others = ix.partnershipsOfReseller(a.reseller).filter((p) => p.state === "accepted" && p.provider !== a.provider).length;
    return others > 0 ? pass("several", { reseller: a.reseller, count: others }) : undefined;
  },
});

/** R17: a partnership does not share customers: the provider needs its own relationship with the reseller's customer. */
export const r17 = defineRule({
  id: "R17",
  actions: ["placeOrder"],
  sources: ["S18"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "customer-relationships"),
  messages: { notShared: ["provider", "reseller", "customer"], remedy: ["reseller", "provider", "customer"] },
  check: ({ ix, action: a }) => {
    if (ix.relationship(a.partner, a.customer)?.state === "active") return undefined;
    const via = ix.relsOfCustomer(a.customer).find((r) => r.state === "active" && (a.reseller === undefined || r.partner === a.reseller) && accepted(ix, a.partner, r.partner));
    return via ? fail("notShared", { provider: a.partner, reseller: via.partner, customer: a.customer }, "remedy") : undefined;
  },
});

/** R18: removing a partnership keeps customers and granted admin rights; the reseller can no longer be named on new orders. */
export const r18 = defineRule({
  id: "R18",
  actions: ["removePartnership", "placeOrder", "inviteCustomer", "createCustomer"],
  sources: ["S2", "S6"],
  confidence: "stated",
  anchor: anchor("two-tier-model", "ending-a-partnership"),
  messages: { removing: ["provider", "reseller"], noPartnership: ["provider", "reseller"], removed: ["provider", "reseller"], doubtProcess: [], doubtInferred: [] },
  check: ({ ix, action: a }) => {
    const pair = pairOf(a);
    if (!pair) return undefined;
    const state = ix.partnership(pair.provider, pair.reseller)?.state;
    if (a.type === "removePartnership") return state === "accepted" ? pass("removing", pair, "doubtProcess") : fail("noPartnership", pair);
    return state === "removed" ? { ...fail("removed", pair), confidence: "inferred", doubt: "doubtInferred" } : undefined;
  },
});

/** R19: authorising a provider lets it order for the reseller's customers and administer the reseller's own tenant, until the reseller withdraws that access. */
export const r19 = defineRule({
  id: "R19",
  actions: ["acceptPartnership", "withdrawProviderAdminAccess", "useAdminRights"],
  sources: ["S3"],
  confidence: "stated",
  anchor: anchor("indirect-resellers", "authorising-a-provider"),
  messages: { grants: ["provider"], withdrawing: ["provider"], noPartnership: ["provider", "reseller"], tenantAccess: ["provider", "reseller"], accessWithdrawn: ["provider", "reseller"] },
  check: ({ ix, action: a }) => {
    if (a.type === "acceptPartnership") return pass("grants", { provider: a.provider });
    if (a.type === "withdrawProviderAdminAccess") {
      return accepted(ix, a.provider, a.reseller) ? pass("withdrawing", { provider: a.provider }) : fail("noPartnership", { provider: a.provider, reseller: a.reseller });
    }
    const p = ix.partnership(a.partner, a.customer);
    if (p?.state !== "accepted") return undefined;
    const params = { provider: a.partner, reseller: a.customer };
    return p.providerAdminAccess ? pass("tenantAccess", params) : fail("accessWithdrawn", params);
  },
});

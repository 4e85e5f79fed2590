/**
 * Section F of the rules: a CSP transacting tenant is never another partner's customer (R46), the
 * internal-tenant exception (R47), no sales to oneself or affiliates (R48), a reseller's tenant and its own
 * provider (R49), and Azure Partner Shared Services (R50).
 */
import { affiliated, isCspTenant, type Action, type WorldIndex } from "../engine/index.ts";
import { anchor } from "./anchors.ts";
import { allOf, check, defineRule, fail, pass } from "./define.ts";

type Sale = { readonly sellers: readonly string[]; readonly customer: string | undefined; readonly customerOrg: string | undefined };

// Who sells to whom in an action: the partners involved and the customer tenant (and its company).
function sale(ix: WorldIndex, a: Action): Sale | undefined {
  const org = (tenant: string) => ix.tenant.get(tenant)?.organisation;
  switch (a.type) {
    case "placeOrder":
      return { sellers: a.reseller === undefined ? [a.partner] : [a.partner, a.reseller], customer: a.customer, customerOrg: org(a.customer) };
    case "inviteCustomer":
      return { sellers: [a.reseller, a.provider], customer: a.customer, customerOrg: org(a.customer) };
    case "buyForOwnUse":
      return { sellers: [a.partner], customer: a.tenant, customerOrg: org(a.tenant) };
    case "createCustomer":
      return { sellers: [a.partner], customer: a.customer, customerOrg: a.organisation };
    case "requestResellerRelationship":
    case "acceptResellerRelationship":
    case "extendResellerRelationship":
      return { sellers: [a.partner], customer: a.customer, customerOrg: org(a.customer) };
    default:
      return undefined;
  }
}

/** R46: a CSP partner's transacting tenant cannot become the customer of another CSP partner. */
export const r46 = defineRule({
  id: "R46",
  actions: ["placeOrder", "buyForOwnUse", "requestResellerRelationship", "inviteCustomer", "acceptResellerRelationship", "extendResellerRelationship"],
  sources: ["S1", "S4", "S5", "S11"],
  confidence: "stated",
  anchor: anchor("buying-from-other-partners", "the-restriction"),
  messages: { cspTenantNotCustomer: ["customer", "partner"], remedy: ["customer"] },
  check: ({ ix, action: a }) => {
    const s = sale(ix, a);
    if (!s?.customer || !isCspTenant(ix.tenant.get(s.customer))) return undefined;
    const other = s.sellers.find((p) => ix.tenant.get(p)?.organisation !== s.customerOrg);
    return other === undefined ? undefined : fail("cspTenantNotCustomer", { customer: s.customer, partner: other }, "remedy");
  },
});

/** R47: a partner may buy from another CSP partner into a separate, customer-type tenant kept for internal use. */
export const r47 = defineRule({
  id: "R47",
  actions: ["placeOrder", "requestResellerRelationship", "acceptResellerRelationship"],
  sources: ["S1", "S6"],
  confidence: "stated",
  anchor: anchor("buying-from-other-partners", "internal-use-tenant"),
  messages: { internalTenant: ["customer"] },
  check: ({ ix, action: a }) => {
    const tenant = ix.tenant.get(a.customer);
    const buyer = tenant && ix.organisation.get(tenant.organisation);
    const seller = ix.tenant.get(a.partner)?.organisation;
    if (tenant?.kind !== "customer" || buyer?.kind !== "partner" || seller === undefined) return undefined;
    return buyer.id !== seller && !affiliated(ix, buyer.id, seller) ? pass("internalTenant", { customer: a.customer }) : undefined;
  },
});

/** R48: a partner does not sell to itself or to companies of its own group. */
export const r48 = defineRule({
  id: "R48",
  actions: ["placeOrder", "buyForOwnUse", "requestResellerRelationship", "inviteCustomer", "createCustomer"],
  sources: ["S6", "S19"],
  confidence: "stated",
  anchor: anchor("buying-from-other-partners", "affiliates"),
  messages: { self: ["partner", "customer"], affiliate: ["partner", "customer"], remedyOtherPartner: [] },
  check: ({ ix, action: a }) => {
    const s = sale(ix, a);
    if (!s?.customer || s.customerOrg === undefined) return undefined;
    if (a.type === "buyForOwnUse" && a.kind === "shared-services-azure") return undefined;
    for (const seller of s.sellers) {
      const org = ix.tenant.get(seller)?.organisation;
      if (org === undefined) continue;
      const params = { partner: seller, customer: s.customer };
      if (org === s.customerOrg) return fail("self", params, "remedyOtherPartner");
      if (affiliated(ix, org, s.customerOrg)) return fail("affiliate", params, "remedyOtherPartner");
    }
    return undefined;
  },
});

/** R49: a reseller's tenant linked to a provider cannot also be that provider's end customer. */
export const r49 = defineRule({
  id: "R49",
  actions: ["placeOrder", "requestResellerRelationship"],
  sources: ["S6"],
  confidence: "stated",
  anchor: anchor("buying-from-other-partners", "resellers-and-their-provider"),
  messages: { linkedReseller: ["customer", "provider"], remedy: ["customer"] },
  check: ({ ix, action: a }) =>
    ix.partnership(a.partner, a.customer)?.state === "accepted" ? fail("linkedReseller", { customer: a.customer, provider: a.partner }, "remedy") : undefined,
});

/** R50: Azure for the partner's own use goes through Shared Services, only into the dedicated shared-services tenant, which takes nothing else. */
export const r50 = defineRule({
  id: "R50",
  actions: ["placeOrder", "buyForOwnUse"],
  sources: ["S24", "S12"],
  confidence: "stated",
  anchor: anchor("buying-from-other-partners", "shared-services"),
  messages: {
    sharedServices: ["tenant"], ownUseOnly: ["product"], azureOnly: ["tenant", "product"], ownTenant: ["tenant"], dedicatedTenant: ["tenant"], remedyOwnUse: [],
  },
  check: ({ ix, action: a }) => {
    const tenantId = a.type === "buyForOwnUse" ? a.tenant : a.customer;
    const tenant = ix.tenant.get(tenantId);
    const params = { tenant: tenantId, product: a.product };
    if (a.type === "placeOrder" && a.kind === "shared-services-azure") return fail("ownUseOnly", params, "remedyOwnUse");
    if (tenant?.kind === "shared-services" && a.kind !== "shared-services-azure") return fail("azureOnly", params);
    if (a.type === "placeOrder") return undefined;
    const own = tenant !== undefined && tenant.organisation === ix.tenant.get(a.partner)?.organisation;
    if (a.kind !== "shared-services-azure") return own ? undefined : fail("ownTenant", params);
    return allOf("sharedServices", [check(own, "ownTenant"), check(tenant?.kind === "shared-services", "dedicatedTenant")], params);
  },
});

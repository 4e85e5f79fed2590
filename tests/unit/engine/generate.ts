/**
 * Seeded generators of valid worlds and actions, for the property tests (small, dense worlds) and the
 * benchmark (worlds of up to 100,000 organisations). Same seed, same world.
 *
 *   const world = generateWorld(42, { organisations: 1000 });  const action = generateAction(random(7), world);
 */
import { actionTypes, addDays, adminTasks, subscriptionChanges, transferMethods, validateWorld, type World } from "../../../src/rules/index.ts";

/** A deterministic pseudo-random source (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
type Obj = Record<string, unknown>;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const chance = (r: Rand, p: number) => r() < p;

const regions = [["europe", ["FR", "DE", "PL", "GB"]], ["europe", ["FR", "DE"]], ["united-states", ["US"]], ["brazil", ["BR"]]] as const;
const roleSets = [[["direct-bill", "active"]], [["indirect-provider", "active"]], [["indirect-reseller", "active"]], [["indirect-reseller", "active"]], [["indirect-reseller", "suspended"]], [["direct-bill", "restricted"], ["indirect-reseller", "active"]], []] as const;

/** A valid world: about a tenth of the organisations are partners, the rest customers. */
export function generateWorld(seed: number, size: { organisations: number }): World {
  const r = random(seed);
  const partners = Math.max(3, Math.round(size.organisations / 10));
  const customers = Math.max(2, size.organisations - partners);
  const w: Record<string, Obj[]> = { organisations: [], tenants: [], partnerships: [], resellerRelationships: [], adminRelationships: [], subscriptions: [], transferRequests: [] };
  const cspIds: string[] = [];
  const providers: string[] = [];
  const resellers: string[] = [];
  for (let i = 0; i < partners; i++) {
    const [region, countries] = pick(r, regions);
    const country = pick(r, countries);
    const id = `P${i}`;
    const cloud = region === "united-states" && chance(r, 0.1) ? "us-government" : "commercial";
    w["organisations"]?.push({ id, kind: "partner", mpnLocations: chance(r, 0.9) ? [country] : [], agreements: chance(r, 0.85) ? [{ type: "mpa", region }] : [], azureExpertMsp: chance(r, 0.1) });
    const roles = pick(r, roleSets);
    w["tenants"]?.push({ id, organisation: id, kind: "csp", cloud, region, country, enrolments: roles.map(([role, status]) => ({ role, status })) });
    cspIds.push(id);
    if (roles.some(([role]) => role === "indirect-provider")) providers.push(id);
    if (roles.some(([role]) => role === "indirect-reseller")) resellers.push(id);
    if (chance(r, 0.2)) w["tenants"]?.push({ id: `${id}-int`, organisation: id, kind: "customer", cloud, region, country });
    if (chance(r, 0.1)) w["tenants"]?.push({ id: `${id}-ss`, organisation: id, kind: "shared-services", cloud, region, country });
  }
  // Some partners' CSP tenants already hold a relationship with another partner (a state the rules forbid acting on, R46).
  for (const id of cspIds) {
    const other = pick(r, cspIds);
    if (other !== id && chance(r, 0.3)) w["resellerRelationships"]?.push({ partner: other, customer: id, state: "active", mcaAcceptedOn: "2020-06-01" });
  }
  for (const reseller of resellers) {
    for (let k = 0; k < 2 && providers.length > 0; k++) {
      if (chance(r, 0.7)) w["partnerships"]?.push({ provider: pick(r, providers), reseller, state: pick(r, ["accepted", "accepted", "requested", "removed"]) });
    }
  }
  for (let i = 0; i < customers; i++) {
    const [region, countries] = pick(r, regions);
    const id = `C${i}`;
    w["organisations"]?.push({ id, kind: "customer", ...(chance(r, 0.02) && i > 0 ? { parent: `C${i - 1}` } : {}) });
    w["tenants"]?.push({ id, organisation: id, kind: "customer", cloud: region === "united-states" && chance(r, 0.05) ? "us-government" : "commercial", region, country: pick(r, countries) });
    const sellers = [pick(r, cspIds), ...(chance(r, 0.3) ? [pick(r, cspIds)] : [])];
    sellers.forEach((partner, k) => {
      w["resellerRelationships"]?.push({ partner, customer: id, state: pick(r, ["active", "active", "active", "requested", "removed"]), origin: pick(r, ["created", "request", "indirect-invitation"]), ...(chance(r, 0.8) ? { mcaAcceptedOn: "2020-06-01" } : {}) });
      if (chance(r, 0.3)) {
        w["adminRelationships"]?.push({ id: `A${i}-${k}`, type: pick(r, ["dap", "gdap"]), partner, customer: id, roles: [pick(r, ["User Administrator", "License Administrator", "Helpdesk Administrator"])], durationDays: pick(r, [90, 365, 730]), state: pick(r, ["requested", "active", "removed"]), requestedOn: "2022-06-01", approvedOn: "2022-07-01" });
      }
      const sub = `S${i}-${k}`;
      const kind = pick(r, ["licence", "licence", "azure-plan", "azure-legacy", "reservation", "software"]);
      w["subscriptions"]?.push({ id: sub, customer: id, product: kind, kind, commerce: pick(r, ["legacy", "nce"]), channel: "csp", seller: partner, ...(chance(r, 0.3) && resellers.length > 0 ? { reseller: pick(r, resellers) } : {}), state: pick(r, ["active", "active", "suspended", "cancelled"]), termMonths: 12, startDate: "2021-01-01" });
      if (chance(r, 0.05)) w["transferRequests"]?.push({ id: `X${i}-${k}`, method: pick(r, transferMethods), partner, to: pick(r, cspIds), subscriptions: [sub], state: "open" });
    });
    if (chance(r, 0.2)) w["subscriptions"]?.push({ id: `D${i}`, customer: id, product: "direct", kind: pick(r, ["licence", "azure-plan"]), channel: pick(r, ["direct", "ea", "open"]), state: "active" });
  }
  const checked = validateWorld(w);
  if (!checked.ok) throw new Error(`generator produced an invalid world: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  return checked.value;
}

const profile = (r: Rand): Obj => ({
  newToCsp: chance(r, 0.2), monthsAsIndirectReseller: Math.floor(r() * 40), trailingRevenueUsd: Math.floor(r() * 2_000_000),
  firstLineSupport: chance(r, 0.8), supportPlan: chance(r, 0.8), creditCheckPassed: chance(r, 0.8), billingAndProvisioning: chance(r, 0.8),
  mpnLocationInCountry: chance(r, 0.9), signingAuthority: chance(r, 0.9), operationalAssessment: chance(r, 0.5), securityScore: chance(r, 0.5), solutionsPartnerDesignation: chance(r, 0.5),
});

/** A date between mid-2019 and the end of 2026. */
export function generateDate(r: Rand): string {
  return addDays("2019-06-01", Math.floor(r() * 2770));
}

/** The ids actions pick from, collected once per world. */
export type IdPool = { readonly csp: string[]; readonly tenants: string[]; readonly subs: string[]; readonly admins: string[]; readonly requests: string[] };

/** Collects a world's ids for generateAction. */
export function idPool(world: World): IdPool {
  return {
    csp: world.tenants.filter((t) => t.kind === "csp").map((t) => t.id),
    tenants: world.tenants.map((t) => t.id),
    subs: world.subscriptions.map((s) => s.id),
    admins: world.adminRelationships.map((a) => a.id),
    requests: world.transferRequests.map((t) => t.id),
  };
}

/** A random action over a world's ids, as plain JSON (validate it before use: ids may clash with what exists). */
export function generateAction(r: Rand, world: World, n = 0, pool: IdPool = idPool(world)): Obj {
  const { csp, tenants, subs, admins, requests } = pool;
  const p = () => pick(r, csp);
  const any = () => pick(r, tenants);
  const sub = () => pick(r, subs.length > 0 ? subs : ["none"]);
  const fresh = `new-${n}-${Math.floor(r() * 1e6)}`;
  const type = pick(r, actionTypes);
  const fields: Record<string, () => Obj> = {
    enrol: () => ({ partner: p(), role: pick(r, ["indirect-reseller", "indirect-provider"]), approvedByMicrosoft: chance(r, 0.5), servesUsGovernment: chance(r, 0.5) }),
    acceptMpa: () => ({ partner: p(), userRole: pick(r, ["global-admin", "admin-agent"]) }),
    requestPartnership: () => ({ provider: p(), reseller: p() }),
    acceptPartnership: () => ({ provider: p(), reseller: p() }),
    removePartnership: () => ({ provider: p(), reseller: p() }),
    withdrawProviderAdminAccess: () => ({ reseller: p(), provider: p() }),
    createCustomer: () => ({ partner: p(), customer: fresh, organisation: fresh, country: pick(r, ["FR", "US", "BR"]), region: pick(r, ["europe", "united-states", "brazil"]), cloud: pick(r, ["commercial", "commercial", "germany", "us-government"]), ...(chance(r, 0.3) ? { reseller: p() } : {}) }),
    requestResellerRelationship: () => ({ partner: p(), customer: any(), includeAdmin: chance(r, 0.7) }),
    inviteCustomer: () => ({ reseller: p(), provider: p(), customer: any() }),
    acceptResellerRelationship: () => ({ customer: any(), partner: p(), acceptMca: chance(r, 0.5) }),
    acceptMca: () => ({ customer: any(), partner: p() }),
    attestMca: () => ({ partner: p(), customer: any() }),
    removeResellerRelationship: () => ({ partner: p(), customer: any() }),
    requestAdminRelationship: () => ({ id: fresh, partner: p(), customer: any(), adminType: pick(r, ["dap", "gdap"]), roles: [pick(r, ["User Administrator", "License Administrator"])], durationDays: pick(r, [30, 730, 800]), ...(chance(r, 0.2) ? { forReseller: p() } : {}) }),
    approveAdminRelationship: () => ({ customer: any(), relationship: pick(r, admins.length > 0 ? admins : ["none"]) }),
    consentAdminRelationship: () => ({ reseller: p(), relationship: pick(r, admins.length > 0 ? admins : ["none"]) }),
    removeAdminRelationship: () => ({ by: any(), relationship: pick(r, admins.length > 0 ? admins : ["none"]) }),
    useAdminRights: () => ({ partner: p(), customer: any(), task: pick(r, adminTasks), ...(chance(r, 0.5) ? { subscription: sub() } : {}) }),
    removeAzureRoleAssignment: () => ({ customer: any(), subscription: sub() }),
    designateSupportContact: () => ({ partner: p(), subscription: sub(), contact: p() }),
    placeOrder: () => ({ partner: p(), customer: any(), subscription: fresh, product: "x", kind: pick(r, ["licence", "azure-plan", "shared-services-azure"]), ...(chance(r, 0.4) ? { reseller: p() } : {}), ...(chance(r, 0.1) ? { additionalResellers: [p(), p()] } : {}) }),
    buyForOwnUse: () => ({ partner: p(), tenant: any(), subscription: fresh, product: "x", kind: pick(r, ["licence", "shared-services-azure"]) }),
    changeSubscription: () => ({ partner: p(), subscription: sub(), change: pick(r, subscriptionChanges), seats: 3, ...(chance(r, 0.3) ? { reseller: p() } : {}) }),
    autoRenew: () => ({ subscription: sub() }),
    requestTransfer: () => ({ id: fresh, method: pick(r, transferMethods), partner: p(), to: p(), subscriptions: [sub()] }),
    acceptTransfer: () => ({ partner: p(), request: pick(r, requests.length > 0 ? requests : ["none"]) }),
    applyForDirectBill: () => ({ partner: p(), profile: profile(r) }),
    transitionToIndirect: () => ({ partner: p() }),
    extendResellerRelationship: () => ({ partner: p(), customer: any(), provider: p(), customerConsent: chance(r, 0.5) }),
    createSandbox: () => ({ partner: p(), sandbox: fresh }),
    changeEnrolmentStatus: () => ({ partner: p(), role: pick(r, ["direct-bill", "indirect-provider", "indirect-reseller"]), status: pick(r, ["active", "suspended", "restricted"]) }),
  };
  return { type, ...(fields[type]?.() ?? {}) };
}

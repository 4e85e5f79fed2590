/**
 * Indexes over a world, built once per world object and cached, so a rule that needs one party's
 * relationships looks them up instead of walking the world.
 *
 *   const ix = indexWorld(world);  ix.tenant.get("DB1"); ix.relationship("DB1", "C1"); ix.relsOfCustomer("C1")
 */
import type {
  AdminRelationship, Organisation, Partnership, ResellerRelationship, Subscription, Tenant, TransferRequest, World,
} from "./world-schema.ts";

/** Lookups over one world. Pair lookups return the latest record for the pair. */
export type WorldIndex = {
  readonly world: World;
  readonly organisation: ReadonlyMap<string, Organisation>;
  readonly tenant: ReadonlyMap<string, Tenant>;
  readonly subscription: ReadonlyMap<string, Subscription>;
  readonly admin: ReadonlyMap<string, AdminRelationship>;
  readonly transfer: ReadonlyMap<string, TransferRequest>;
  /** The latest partnership between a provider and a reseller. */
  partnership(provider: string, reseller: string): Partnership | undefined;
  /** The latest reseller relationship between a partner and a customer tenant. */
  relationship(partner: string, customer: string): ResellerRelationship | undefined;
  tenantsOf(organisation: string): readonly Tenant[];
  partnershipsOfReseller(reseller: string): readonly Partnership[];
  relsOfCustomer(customer: string): readonly ResellerRelationship[];
  adminsOfCustomer(customer: string): readonly AdminRelationship[];
  adminsOfPartner(partner: string): readonly AdminRelationship[];
  subsOfCustomer(customer: string): readonly Subscription[];
  transfersOf(subscription: string): readonly TransferRequest[];
  sandboxesOf(tenant: string): readonly Tenant[];
};

const none: readonly never[] = [];

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

function grouped<T>(items: readonly T[], keys: (item: T) => readonly (string | undefined)[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      if (key === undefined) continue;
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

// Later records replace earlier ones: apply() appends a new record when a pair starts over.
function latestByPair<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(key(item), item);
  return map;
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

function build(world: World): WorldIndex {
  const partnerships = latestByPair(world.partnerships, (p) => pairKey(p.provider, p.reseller));
  const relationships = latestByPair(world.resellerRelationships, (r) => pairKey(r.partner, r.customer));
  const tenantsOf = grouped(world.tenants, (t) => [t.organisation]);
  const sandboxes = grouped(world.tenants, (t) => [t.sandboxOf]);
  const partnershipsOfReseller = grouped([...partnerships.values()], (p) => [p.reseller]);
  const relsOfCustomer = grouped([...relationships.values()], (r) => [r.customer]);
  const adminsOfCustomer = grouped(world.adminRelationships, (a) => [a.customer]);
  const adminsOfPartner = grouped(world.adminRelationships, (a) => (a.forReseller ? [a.partner, a.forReseller] : [a.partner]));
  const subsOfCustomer = grouped(world.subscriptions, (s) => [s.customer]);
  const transfersOf = grouped(world.transferRequests, (t) => t.subscriptions);
  return {
    world,
    organisation: byId(world.organisations),
    tenant: byId(world.tenants),
    subscription: byId(world.subscriptions),
    admin: byId(world.adminRelationships),
    transfer: byId(world.transferRequests),
    partnership: (provider, reseller) => partnerships.get(pairKey(provider, reseller)),
    relationship: (partner, customer) => relationships.get(pairKey(partner, customer)),
    tenantsOf: (organisation) => tenantsOf.get(organisation) ?? none,
    partnershipsOfReseller: (reseller) => partnershipsOfReseller.get(reseller) ?? none,
    relsOfCustomer: (customer) => relsOfCustomer.get(customer) ?? none,
    adminsOfCustomer: (customer) => adminsOfCustomer.get(customer) ?? none,
    adminsOfPartner: (partner) => adminsOfPartner.get(partner) ?? none,
    subsOfCustomer: (customer) => subsOfCustomer.get(customer) ?? none,
    transfersOf: (subscription) => transfersOf.get(subscription) ?? none,
    sandboxesOf: (tenant) => sandboxes.get(tenant) ?? none,
  };
}

const cache = new WeakMap<World, WorldIndex>();

/** The index of a world, built on first use and kept while the world object lives. Worlds are treated as immutable. */
export function indexWorld(world: World): WorldIndex {
  let ix = cache.get(world);
  if (!ix) cache.set(world, (ix = build(world)));
  return ix;
}

/**
 * Edits of a starting world by the simulator's forms: add, replace or remove one record of a list.
 * Removing a record also removes what can no longer stand without it (an organisation's tenants, a
 * tenant's relationships and subscriptions...) and clears optional links to it, so the world stays valid.
 *
 *   removeRecord(world, "organisations", 2) → the world without that organisation, its tenants and their relationships
 */
import type { World } from "../engine/index.ts";

/** The lists of a world that hold records. */
export const collections = [
  "organisations", "tenants", "partnerships", "resellerRelationships", "adminRelationships", "subscriptions", "transferRequests",
] as const satisfies readonly (keyof World)[];

/** One list of a world. */
export type Collection = (typeof collections)[number];

type Item<C extends Collection> = World[C][number];

function omit<T extends object, K extends keyof T>(item: T, key: K, when: boolean): T {
  if (!when || !(key in item)) return item;
  const { [key]: _dropped, ...rest } = item;
  return rest as T;
}

/** Removes every record that points at something missing and clears optional links to missing things. */
export function prune(world: World): World {
  const orgIds = new Set(world.organisations.map((o) => o.id));
  const organisations = world.organisations.map((o) => omit(o, "parent", o.parent !== undefined && !orgIds.has(o.parent)));
  const owned = world.tenants.filter((t) => orgIds.has(t.organisation));
  const ownedIds = new Set(owned.map((t) => t.id));
  const tenants = owned.filter((t) => t.sandboxOf === undefined || ownedIds.has(t.sandboxOf));
  const tenant = new Set(tenants.map((t) => t.id));
  const gone = (id: string | undefined) => id !== undefined && !tenant.has(id);
  const partnerships = world.partnerships.filter((p) => tenant.has(p.provider) && tenant.has(p.reseller));
  const resellerRelationships = world.resellerRelationships
    .filter((r) => tenant.has(r.partner) && tenant.has(r.customer))
    .map((r) => omit(omit(r, "provider", gone(r.provider)), "viaReseller", gone(r.viaReseller)));
  const adminRelationships = world.adminRelationships
    .filter((a) => tenant.has(a.partner) && tenant.has(a.customer))
    .map((a) => omit(a, "forReseller", gone(a.forReseller)));
  const kept = world.subscriptions.filter((s) => tenant.has(s.customer) && !gone(s.seller));
  const subIds = new Set(kept.map((s) => s.id));
  const subscriptions = kept.map((s) => {
    const cleared = omit(omit(omit(s, "reseller", gone(s.reseller)), "supportContact", gone(s.supportContact)), "baseSubscription",
      s.baseSubscription !== undefined && !subIds.has(s.baseSubscription));
    return cleared.additionalResellers.some(gone) ? { ...cleared, additionalResellers: cleared.additionalResellers.filter((r) => !gone(r)) } : cleared;
  });
  const transferRequests = world.transferRequests
    .filter((t) => tenant.has(t.partner) && tenant.has(t.to))
    .map((t) => (t.subscriptions.every((s) => subIds.has(s)) ? t : { ...t, subscriptions: t.subscriptions.filter((s) => subIds.has(s)) }));
  return { organisations, tenants, partnerships, resellerRelationships, adminRelationships, subscriptions, transferRequests };
}

/** The world with one more record at the end of a list. */
export function addRecord<C extends Collection>(world: World, collection: C, item: Item<C>): World {
  return { ...world, [collection]: [...world[collection], item] };
}

/** The world with the record at `index` of a list replaced. */
export function replaceRecord<C extends Collection>(world: World, collection: C, index: number, item: Item<C>): World {
  const list = [...world[collection]] as Item<C>[];
  list[index] = item;
  return { ...world, [collection]: list };
}

/** The world without the record at `index` of a list, nor anything that depended on it. */
export function removeRecord(world: World, collection: Collection, index: number): World {
  const list = world[collection] as readonly unknown[];
  return prune({ ...world, [collection]: list.filter((_, i) => i !== index) });
}

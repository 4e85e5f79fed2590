/**
 * The checks a schema alone cannot make: that every id points at something that exists and is of the right
 * kind, that ids are unique, and that actions only use what the world or an earlier action created.
 *
 *   { path: "$.actions[2].provider", key: "problem.unknownReference", params: { ns: "term.ns.tenant", id: "P9" } }
 */
import { indexPath, memberPath, type Problem } from "./problems.ts";
import type { RefUse } from "./parse.ts";
import type { Namespace } from "./schema.ts";
import type { Action } from "./action-schema.ts";
import type { World } from "./world-schema.ts";

type IdMaps = Readonly<Record<Namespace, Map<string, string>>>;

/** The ids known so far in each namespace, with their kind (tenants and organisations); actions add what they create. */
export type KnownIds = {
  kindOf(ns: Namespace, id: string): string | undefined;
  add(ns: Namespace, id: string, kind: string): void;
};

const collections = [
  ["organisations", "organisation"],
  ["tenants", "tenant"],
  ["subscriptions", "subscription"],
  ["adminRelationships", "adminRelationship"],
  ["transferRequests", "transferRequest"],
] as const;

function idMaps(world: World, path: string, problems: Problem[]): IdMaps {
  const maps: IdMaps = {
    organisation: new Map(), tenant: new Map(), subscription: new Map(), adminRelationship: new Map(), transferRequest: new Map(),
  };
  for (const [collection, ns] of collections) {
    const items: readonly { readonly id: string; readonly kind?: string }[] = world[collection];
    items.forEach((item, i) => {
      if (maps[ns].has(item.id)) {
        problems.push({ path: memberPath(indexPath(memberPath(path, collection), i), "id"), key: "problem.duplicateId", params: { id: item.id } });
      }
      maps[ns].set(item.id, item.kind ?? ns);
    });
  }
  return maps;
}

// The world's ids stay read-only underneath; what actions create goes into a layer of its own.
function layered(base: IdMaps): KnownIds {
  const created = new Map<string, string>();
  return {
    kindOf: (ns, id) => base[ns].get(id) ?? created.get(`${ns}\u0000${id}`),
    add: (ns, id, kind) => void created.set(`${ns}\u0000${id}`, kind),
  };
}

/** Collects a world's ids, reporting duplicates. */
export function knownIds(world: World, path: string, problems: Problem[]): KnownIds {
  return layered(idMaps(world, path, problems));
}

/** The ids found in a world that failed its schema, so that references can still be checked and reported with the rest. */
export function knownIdsOfRaw(world: unknown): KnownIds {
  const maps: IdMaps = {
    organisation: new Map(), tenant: new Map(), subscription: new Map(), adminRelationship: new Map(), transferRequest: new Map(),
  };
  const raw = typeof world === "object" && world !== null ? (world as Readonly<Record<string, unknown>>) : {};
  for (const [collection, ns] of collections) {
    const items = raw[collection];
    if (!Array.isArray(items)) continue;
    for (const item of items as unknown[]) {
      const entry = typeof item === "object" && item !== null ? (item as Readonly<Record<string, unknown>>) : {};
      if (typeof entry["id"] === "string") maps[ns].set(entry["id"], typeof entry["kind"] === "string" ? entry["kind"] : ns);
    }
  }
  return layered(maps);
}

const cache = new WeakMap<World, IdMaps>();

/** The ids of a valid world, collected once per world object, so validating one action does not walk the world. */
export function knownIdsOf(world: World): KnownIds {
  let maps = cache.get(world);
  if (!maps) cache.set(world, (maps = idMaps(world, "$", [])));
  return layered(maps);
}

/** Checks ids against what is known; ids an action creates are added once checked. */
export function checkRefs(refs: readonly RefUse[], known: KnownIds, problems: Problem[], createdKind?: (ns: Namespace) => string): void {
  for (const ref of refs) {
    const kind = known.kindOf(ref.ns, ref.id);
    if (ref.creates) {
      if (kind !== undefined) problems.push({ path: ref.path, key: "problem.duplicateId", params: { id: ref.id } });
      else known.add(ref.ns, ref.id, createdKind?.(ref.ns) ?? ref.ns);
    } else if (kind === undefined) {
      problems.push({ path: ref.path, key: "problem.unknownReference", params: { ns: `term.ns.${ref.ns}`, id: ref.id } });
    } else if (ref.kinds && !ref.kinds.includes(kind)) {
      problems.push({
        path: ref.path,
        key: "problem.wrongKind",
        params: { id: ref.id, expected: `term.tenantKind.${ref.kinds[0]}`, actual: `term.tenantKind.${kind}` },
      });
    }
  }
}

function parentCycles(world: World, path: string, problems: Problem[]): void {
  const parent = new Map(world.organisations.map((o) => [o.id, o.parent]));
  world.organisations.forEach((org, i) => {
    let current = org.parent;
    for (let steps = 0; current !== undefined && steps <= world.organisations.length; steps++) {
      if (current === org.id) {
        problems.push({ path: memberPath(indexPath(memberPath(path, "organisations"), i), "parent"), key: "problem.parentCycle", params: { id: org.id } });
        return;
      }
      current = parent.get(current);
    }
  });
}

/** Structural rules of the world that are not about policy: who can own what, and what must go together. */
export function checkWorldShape(world: World, known: KnownIds, path: string, problems: Problem[]): void {
  const at = (collection: string, i: number, field?: string) => {
    const item = indexPath(memberPath(path, collection), i);
    return field ? memberPath(item, field) : item;
  };
  parentCycles(world, path, problems);
  world.tenants.forEach((t, i) => {
    const orgKind = known.kindOf("organisation", t.organisation);
    if (t.kind !== "customer" && orgKind !== undefined && orgKind !== "partner") {
      problems.push({ path: at("tenants", i, "organisation"), key: "problem.partnerTenantOfNonPartner", params: { id: t.id, kind: `term.tenantKind.${t.kind}` } });
    }
    if (t.kind !== "csp" && t.enrolments.length > 0) {
      problems.push({ path: at("tenants", i, "enrolments"), key: "problem.enrolmentOnNonCsp", params: { id: t.id } });
    }
    if (t.kind === "sandbox" && t.sandboxOf === undefined) {
      problems.push({ path: at("tenants", i), key: "problem.required", params: { field: "sandboxOf" } });
    }
    const roles = new Set<string>();
    t.enrolments.forEach((e, j) => {
      const here = indexPath(at("tenants", i, "enrolments"), j);
      if (roles.has(e.role)) problems.push({ path: here, key: "problem.duplicateRole", params: { id: t.id, role: `term.role.${e.role}` } });
      roles.add(e.role);
      if (e.status === "restricted" && e.role !== "direct-bill") {
        problems.push({ path: memberPath(here, "status"), key: "problem.restrictedNotDirectBill", params: { role: `term.role.${e.role}` } });
      }
    });
  });
  world.partnerships.forEach((p, i) => {
    if (p.provider === p.reseller) problems.push({ path: at("partnerships", i), key: "problem.selfRelationship", params: { id: p.provider } });
  });
  world.resellerRelationships.forEach((r, i) => {
    if (r.partner === r.customer) problems.push({ path: at("resellerRelationships", i), key: "problem.selfRelationship", params: { id: r.partner } });
  });
  world.adminRelationships.forEach((r, i) => {
    if (r.partner === r.customer) problems.push({ path: at("adminRelationships", i), key: "problem.selfRelationship", params: { id: r.partner } });
  });
  world.subscriptions.forEach((s, i) => {
    if (s.channel === "csp" && s.seller === undefined) {
      problems.push({ path: at("subscriptions", i), key: "problem.sellerRequired", params: { id: s.id } });
    }
    if (s.channel !== "csp" && (s.seller !== undefined || s.reseller !== undefined)) {
      problems.push({ path: at("subscriptions", i, "channel"), key: "problem.sellerOnlyForCsp", params: { id: s.id, channel: `term.channel.${s.channel}` } });
    }
    if (s.baseSubscription === s.id) {
      problems.push({ path: at("subscriptions", i, "baseSubscription"), key: "problem.selfRelationship", params: { id: s.id } });
    }
  });
}

// The fields of each action that name the two sides of a relationship, which must differ.
const sides: Partial<Record<Action["type"], readonly (readonly [string, string])[]>> = {
  requestPartnership: [["provider", "reseller"]],
  acceptPartnership: [["provider", "reseller"]],
  removePartnership: [["provider", "reseller"]],
  withdrawProviderAdminAccess: [["provider", "reseller"]],
  requestResellerRelationship: [["partner", "customer"]],
  acceptResellerRelationship: [["partner", "customer"]],
  acceptMca: [["partner", "customer"]],
  attestMca: [["partner", "customer"]],
  removeResellerRelationship: [["partner", "customer"]],
  inviteCustomer: [["reseller", "customer"], ["provider", "customer"]],
  requestAdminRelationship: [["partner", "customer"]],
  extendResellerRelationship: [["partner", "customer"], ["provider", "customer"]],
};

/** Structural rules of an action: no relationship of a party with itself, and Restricted only for direct bill. */
export function checkActionShape(action: Action, path: string, problems: Problem[]): void {
  const fields = action as unknown as Readonly<Record<string, unknown>>;
  for (const [a, b] of sides[action.type] ?? []) {
    if (fields[a] === fields[b]) problems.push({ path: memberPath(path, b), key: "problem.selfRelationship", params: { id: String(fields[a]) } });
  }
  if (action.type === "changeEnrolmentStatus" && action.status === "restricted" && action.role !== "direct-bill") {
    problems.push({ path: memberPath(path, "status"), key: "problem.restrictedNotDirectBill", params: { role: `term.role.${action.role}` } });
  }
}

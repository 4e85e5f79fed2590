/**
 * Renaming an id: when a form changes the id of an organisation, tenant, subscription, admin relationship
 * or transfer request, every reference to it in the world and in the history follows, found through the
 * engine's schemas (every reference is a `ref` node there).
 *
 *   renameId(doc, "tenant", "C1", "Northwind") → the same document with every tenant reference "C1" now "Northwind"
 */
import { actionSchema, worldSchema, type Action, type Schema, type World } from "../engine/index.ts";
import type { SimDoc } from "./doc.ts";

/** The kinds of entity an id can name. */
export type IdSpace = "organisation" | "tenant" | "subscription" | "adminRelationship" | "transferRequest";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function renameIn(node: Schema<unknown>, value: unknown, space: IdSpace, from: string, to: string): unknown {
  switch (node.k) {
    case "ref":
      return node.ns === space && value === from ? to : value;
    case "array":
      return Array.isArray(value) ? value.map((item) => renameIn(node.item, item, space, from, to)) : value;
    case "nullable":
      return value === null ? null : renameIn(node.inner, value, space, from, to);
    case "union": {
      const tag = isRecord(value) ? value[node.tag] : undefined;
      const shape = typeof tag === "string" && Object.hasOwn(node.cases, tag) ? node.cases[tag] : undefined;
      return shape ? renameIn(shape, value, space, from, to) : value;
    }
    case "object": {
      if (!isRecord(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const field = Object.hasOwn(node.fields, key) ? node.fields[key] : undefined;
        out[key] = field ? renameIn(field.node, item, space, from, to) : item;
      }
      return out;
    }
    default:
      return value;
  }
}

/** The world with every reference to `from` in an id space changed to `to`. */
export function renameInWorld(world: World, space: IdSpace, from: string, to: string): World {
  return from === to ? world : (renameIn(worldSchema, world, space, from, to) as World);
}

/** The document (world and history) with every reference to `from` changed to `to`. */
export function renameId(doc: SimDoc, space: IdSpace, from: string, to: string): SimDoc {
  if (from === to) return doc;
  return {
    ...doc,
    world: renameInWorld(doc.world, space, from, to),
    actions: doc.actions.map((a) => renameIn(actionSchema, a, space, from, to) as Action),
  };
}

/**
 * A copy-on-write editor for a world: transitions add and update records through it and it records
 * what changed, so apply() returns a new world and the list of changes while the old world stays as it was.
 *
 *   const d = draft(world); d.add("partnerships", { ... }, "P1→R1"); d.finish() → { world, changes }
 */
import type { World } from "./world-schema.ts";

/** A list of the world that holds records. */
export type Collection = keyof World;

/** One change apply() made: which list, what happened, and the record's id (pairs are written "A→B"). */
export type Change = { readonly op: "add" | "update" | "remove"; readonly collection: Collection; readonly id: string };

type Item<C extends Collection> = World[C][number];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The editor transitions use. */
export type Draft = {
  readonly world: World;
  add<C extends Collection>(collection: C, item: Item<C>, id: string): void;
  /** Replaces the last record that matches (the latest one for a pair); returns whether one matched. */
  update<C extends Collection>(collection: C, match: (item: Item<C>) => boolean, edit: (item: Item<C>) => Item<C>, id: string): boolean;
  /** Replaces every record that matches, recording each under the id it gives. */
  updateAll<C extends Collection>(collection: C, match: (item: Item<C>) => boolean, edit: (item: Item<C>) => Item<C>, id: (item: Item<C>) => string): void;
  remove<C extends Collection>(collection: C, match: (item: Item<C>) => boolean, id: (item: Item<C>) => string): void;
  finish(): { readonly world: World; readonly changes: readonly Change[] };
};

/** Starts editing a world. */
export function draft(world: World): Draft {
  const next: Mutable<World> = { ...world };
  const changes: Change[] = [];
  const list = <C extends Collection>(c: C) => next[c] as readonly Item<C>[];
  const set = <C extends Collection>(c: C, items: Item<C>[]) => {
    (next as Record<Collection, unknown>)[c] = items;
  };
  return {
    get world() {
      return next;
    },
    add(collection, item, id) {
      set(collection, [...list(collection), item]);
      changes.push({ op: "add", collection, id });
    },
    update(collection, match, edit, id) {
      const items = list(collection);
      const index = items.findLastIndex(match);
      if (index < 0) return false;
      const copy = items.slice();
      copy[index] = edit(items[index] as Item<typeof collection>);
      set(collection, copy);
      changes.push({ op: "update", collection, id });
      return true;
    },
    updateAll(collection, match, edit, id) {
      let touched = false;
      const copy = list(collection).map((item) => {
        if (!match(item)) return item;
        touched = true;
        changes.push({ op: "update", collection, id: id(item) });
        return edit(item);
      });
      if (touched) set(collection, copy);
    },
    remove(collection, match, id) {
      const items = list(collection);
      const kept = items.filter((item) => !match(item));
      if (kept.length === items.length) return;
      for (const item of items) if (match(item)) changes.push({ op: "remove", collection, id: id(item) });
      set(collection, kept);
    },
    finish: () => ({ world: next, changes }),
  };
}

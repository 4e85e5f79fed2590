/**
 * The simulator's document (a starting world and the actions played on it) with undo and redo.
 * Every edit of the world, every action added to the history and every world loaded is one undoable change.
 *
 *   $history: { past: [{ doc, change }], present: { doc, change: { key: "change.addParty", params: { id: "Contoso" } } }, future: [] }
 */
import { atom, computed } from "nanostores";
import type { Action, Scenario, World } from "../engine/index.ts";
import { docOf, emptyWorld, type SimDoc } from "../simulate/doc.ts";
import { renameId, type IdSpace } from "../simulate/rename.ts";

/** What a change did, as a key of the simulator's strings with its parameters. */
export type Change = { readonly key: string; readonly params?: Readonly<Record<string, string | number>> };

/** One state of the document and the change that led to it. */
export type HistoryEntry = { readonly doc: SimDoc; readonly change: Change };

/** The states before, the present one and those undone (most recent first). */
export type History = { readonly past: readonly HistoryEntry[]; readonly present: HistoryEntry; readonly future: readonly HistoryEntry[] };

const kept = 100;

/** The document's states, for undo and redo. */
export const $history = atom<History>({ past: [], present: { doc: { world: emptyWorld, actions: [] }, change: { key: "change.start" } }, future: [] });

/** The current document. */
export const $doc = computed($history, (h) => h.present.doc);

/** The change Undo would revert, if any. */
export const $undoChange = computed($history, (h) => (h.past.length > 0 ? h.present.change : undefined));

/** The change Redo would repeat, if any. */
export const $redoChange = computed($history, (h) => h.future[0]?.change);

/** Makes a new state of the document the present one; it can be undone. */
export function commit(doc: SimDoc, change: Change): void {
  const h = $history.get();
  $history.set({ past: [...h.past, h.present].slice(-kept), present: { doc, change }, future: [] });
}

/** Starts over with a document, forgetting every earlier state (for the first world the page shows). */
export function restart(doc: SimDoc, change: Change): void {
  $history.set({ past: [], present: { doc, change }, future: [] });
}

/** Goes back one change. */
export function undo(): void {
  const h = $history.get();
  const previous = h.past.at(-1);
  if (previous) $history.set({ past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] });
}

/** Repeats the change undone last. */
export function redo(): void {
  const h = $history.get();
  const [next, ...rest] = h.future;
  if (next) $history.set({ past: [...h.past, h.present], present: next, future: rest });
}

/** A renamed id: every reference in the world and the history follows it. */
export type Rename = { readonly space: IdSpace; readonly from: string; readonly to: string };

/** Replaces the starting world (after an id was renamed, references in the history follow it). */
export function editWorld(world: World, change: Change, rename?: Rename): void {
  const doc = $doc.get();
  const renamed = rename ? renameId({ ...doc, world }, rename.space, rename.from, rename.to) : { ...doc, world };
  commit(renamed, change);
}

/** Adds an action at the end of the history. */
export function addAction(action: Action, change: Change): void {
  const doc = $doc.get();
  commit({ ...doc, actions: [...doc.actions, action] }, change);
}

/** Replaces the document with a scenario's world and actions (undoable). */
export function loadDoc(scenario: Scenario, change: Change): void {
  commit(docOf(scenario), change);
}

/**
 * What-if: a copy of the world now (and optionally another date) that the reader changes, to see the
 * draft action's verdict in both side by side. The copy's verdict is computed, never stored.
 *
 *   startWhatIf(); editWhatIf(changedWorld, change)  →  $whatIfVerdict.get() → the verdict in the copy
 */
import { atom, computed } from "nanostores";
import { evaluate, validateAction, type Action, type IsoDate, type Validation, type Verdict, type World } from "../rules/index.ts";
import { $asOf } from "./sim-date.ts";
import { $draft } from "./sim-draft.ts";
import type { Change } from "./sim-history.ts";
import { $world } from "./sim-played.ts";

/** The changed copy: its world, its date if it differs, and the changes made to it. */
export type WhatIf = { readonly world: World; readonly asOf?: IsoDate; readonly changes: readonly Change[] };

/** The copy, while comparing. */
export const $whatIf = atom<WhatIf | undefined>(undefined);

/** Starts comparing with a copy of the world now. */
export function startWhatIf(): void {
  $whatIf.set({ world: $world.get(), changes: [] });
}

/** Stops comparing and forgets the copy. */
export function stopWhatIf(): void {
  $whatIf.set(undefined);
}

/** Replaces the copy's world after a change. */
export function editWhatIf(world: World, change: Change): void {
  const current = $whatIf.get();
  if (current) $whatIf.set({ ...current, world, changes: [...current.changes, change] });
}

/** Reads the copy under the rules of another date, or of the simulator's date when none is given. */
export function setWhatIfAsOf(date: IsoDate | undefined): void {
  const current = $whatIf.get();
  if (!current) return;
  const { asOf: _old, ...rest } = current;
  $whatIf.set(date === undefined ? rest : { ...rest, asOf: date });
}

/** The draft checked against the copy. */
export const $whatIfDraft = computed([$whatIf, $draft], (copy, draft): Validation<Action> | undefined =>
  copy ? validateAction(copy.world, draft) : undefined,
);

/** The draft's verdict in the copy. */
export const $whatIfVerdict = computed([$whatIf, $whatIfDraft, $asOf], (copy, checked, asOf): Verdict | undefined =>
  copy && checked?.ok ? evaluate(copy.world, checked.value, copy.asOf ?? asOf) : undefined,
);

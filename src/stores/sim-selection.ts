/**
 * What the reader points at in the simulator (hovered or focused), so the lists and the diagram highlight
 * the same thing: "o:<organisation>", "t:<tenant>" or "e:<tenant>|<tenant>" for the relationships of a pair.
 *
 *   select("e:Fabrikam|Contoso")  →  the partnership row and its edge in the diagram are highlighted
 */
import { atom } from "nanostores";

/** The key of the item pointed at, if any. */
export const $selection = atom<string | undefined>(undefined);

/** Points at an item (or at nothing). */
export function select(key: string | undefined): void {
  if ($selection.get() !== key) $selection.set(key);
}

/** Stops pointing at an item, unless another one was pointed at since. */
export function unselect(key: string): void {
  if ($selection.get() === key) $selection.set(undefined);
}

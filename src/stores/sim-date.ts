/**
 * The date whose rules judge the simulator's history and actions, and the date it was changed from,
 * so the verdicts that changed with it can be marked.
 *
 *   setAsOf("2025-07-15")  →  $asOf "2025-07-15", $comparedAsOf "2021-10-01" (the date before)
 */
import { atom } from "nanostores";
import { isIsoDate, type IsoDate } from "../engine/index.ts";

/** The date the rules are read at. */
export const $asOf = atom<IsoDate>("2026-11-24");

/** The date before the last change of $asOf, while the verdicts are compared with it. */
export const $comparedAsOf = atom<IsoDate | undefined>(undefined);

/**
 * Judges everything under the rules of another date and marks what changed since `from` (by default the
 * date before; a date field passes the date it showed when the reader started typing, not each keystroke's).
 */
export function setAsOf(date: string, from: IsoDate = $asOf.get()): void {
  if (!isIsoDate(date) || date === $asOf.get()) return;
  $comparedAsOf.set(from === date ? undefined : from);
  $asOf.set(date);
}

/** Sets the date without comparing (a new world was loaded), or stops comparing when none is given. */
export function resetAsOf(date?: IsoDate): void {
  $comparedAsOf.set(undefined);
  if (date !== undefined && isIsoDate(date)) $asOf.set(date);
}

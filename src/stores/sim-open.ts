/**
 * Opening a whole scenario in the simulator (a preset, an imported file, a shared link): its world and
 * history, its date, and an action to try, while the what-if copy is put away.
 *
 *   openScenario(scenario, { key: "change.preset", params: { name: "preset.two-tier-order" } }, { suggestion })
 */
import type { Action, Scenario } from "../engine/index.ts";
import { docOf } from "../simulate/doc.ts";
import { resetAsOf } from "./sim-date.ts";
import { clearDraft, loadDraft } from "./sim-draft.ts";
import { commit, restart, type Change } from "./sim-history.ts";
import { stopWhatIf } from "./sim-what-if.ts";

/** How to open a scenario: as a fresh start (no undo back) or as an undoable change, and the action to try first. */
export type OpenOptions = { readonly restart?: boolean; readonly suggestion?: Action | undefined };

/** Opens a validated scenario. */
export function openScenario(scenario: Scenario, change: Change, options: OpenOptions = {}): void {
  (options.restart ? restart : commit)(docOf(scenario), change);
  resetAsOf(scenario.asOf);
  stopWhatIf();
  const first = options.suggestion ?? scenario.actions.at(-1);
  if (first) loadDraft(first);
  else clearDraft();
}

/**
 * The pure transition: judge the action, and if the rules allow it, return the next world and what changed
 * (xstate's transition is the model). A denied action leaves the very same world object.
 *
 *   apply(catalog, world, action, "2021-10-01") → { applied: true, world: next, changes: [{ op: "add", ... }], verdict }
 */
import type { Action } from "./action-schema.ts";
import type { IsoDate } from "./dates.ts";
import { draft, type Change } from "./draft.ts";
import { evaluate } from "./evaluate.ts";
import type { Catalog, Verdict } from "./rule-types.ts";
import { transition } from "./transitions.ts";
import type { World } from "./world-schema.ts";

/** What applying an action gave. */
export type Applied = {
  readonly applied: boolean;
  readonly world: World;
  readonly changes: readonly Change[];
  readonly verdict: Verdict;
};

/** Evaluates an action and, when allowed, returns the world after it. Never mutates the world it is given. */
export function apply(catalog: Catalog, world: World, action: Action, asOf: IsoDate): Applied {
  const verdict = evaluate(catalog, world, action, asOf);
  if (verdict.verdict === "denied") return { applied: false, world, changes: [], verdict };
  const d = draft(world);
  transition(d, action, asOf);
  const next = d.finish();
  return { applied: true, world: next.world, changes: next.changes, verdict };
}

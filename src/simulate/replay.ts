/**
 * Plays a document's actions on its starting world under the rules of one date, as the engine plays a
 * scenario file: an allowed action changes the world for the actions after it, a denied one changes nothing.
 * An action that no longer fits the world (it names something removed since) is skipped and reported.
 *
 *   replay(doc, "2025-07-15") → { world, steps: [{ action, verdict, applied: true, problems: [] }, ...] }
 */
import { apply, validateScenario, type Action, type IsoDate, type Problem, type Verdict, type World } from "../rules/index.ts";
import { scenarioOf, type SimDoc } from "./doc.ts";

/** One action of the history as played. */
export type PlayedStep = {
  readonly action: Action;
  /** Absent when the action could not be judged because of its problems. */
  readonly verdict?: Verdict;
  readonly applied: boolean;
  readonly problems: readonly Problem[];
};

/** The history played: each step and the world after the last one. */
export type Played = { readonly world: World; readonly steps: readonly PlayedStep[] };

const actionIndex = /^\$\.actions\[(\d+)\]/;

/** Plays every action of a document on a date. */
export function replay(doc: SimDoc, asOf: IsoDate): Played {
  const byAction = new Map<number, Problem[]>();
  if (doc.actions.length > 0) {
    const checked = validateScenario(scenarioOf(doc, asOf));
    if (!checked.ok) {
      for (const problem of checked.problems) {
        const match = actionIndex.exec(problem.path);
        if (!match) continue;
        const index = Number(match[1]);
        byAction.set(index, [...(byAction.get(index) ?? []), problem]);
      }
    }
  }
  let world = doc.world;
  const steps = doc.actions.map((action, index): PlayedStep => {
    const problems = byAction.get(index);
    if (problems) return { action, applied: false, problems };
    const result = apply(world, action, asOf);
    world = result.world;
    return { action, verdict: result.verdict, applied: result.applied, problems: [] };
  });
  return { world, steps };
}

/**
 * The history as played under the rules of the chosen date: each step's verdict and the world after the
 * last step. Derived from the document and the date, never stored.
 *
 *   $played.get() → { world, steps: [{ action, verdict: { verdict: "allowed", ... }, applied: true, problems: [] }] }
 */
import { computed } from "nanostores";
import { replay, type Played } from "../simulate/replay.ts";
import { $asOf, $comparedAsOf } from "./sim-date.ts";
import { $doc } from "./sim-history.ts";

/** The history played on the chosen date. */
export const $played = computed([$doc, $asOf], (doc, asOf) => replay(doc, asOf));

/** The world now: the starting world after every allowed action of the history. */
export const $world = computed($played, (p) => p.world);

/** The history played on the previous date, while comparing. */
export const $playedBefore = computed([$doc, $comparedAsOf], (doc, date): Played | undefined => (date ? replay(doc, date) : undefined));

const outcome = (step: Played["steps"][number] | undefined) =>
  step?.verdict ? `${step.verdict.verdict}:${step.verdict.failed.join(",")}` : "unjudged";

/** The indexes of the history steps whose verdict differs between the previous date and the chosen one. */
export const $changedSteps = computed([$played, $playedBefore], (now, before): ReadonlySet<number> => {
  if (!before) return new Set();
  return new Set(now.steps.flatMap((step, i) => (outcome(step) === outcome(before.steps[i]) ? [] : [i])));
});

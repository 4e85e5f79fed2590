/**
 * What a result page shows for its query string: recommendRole's advice when the answers reach a result and it
 * is this page's outcome; the outcome page the answers lead to instead when it is another; and, when the
 * answers stop early, the question to continue at.
 *
 *   resolveResult("en", "not-yet", "?v=1&customers=one-region&…&goal=own-relationship&enrolment=not-enrolled")
 *     → { advice: { recommended: "indirect-reseller", notYet: { wanted: "direct-bill", … }, … }, … }
 */
import type { Locale } from "../../i18n/locales.ts";
import { outcomeOf, type DecisionNode, type OutcomeId } from "../../rules/decision-tree.ts";
import { recommendRole, type RoleAdvice } from "../../rules/recommend-role.ts";
import { ruleset } from "../../rules/ruleset.ts";
import { decodeAnswers, type DecodedAnswers } from "./answers-url.ts";
import { resultPath } from "./urls.ts";
import { walk, type Walk } from "./walk.ts";

/** Everything a result page renders from: the advice when the answers lead here, or where to continue. */
export type ResolvedResult = DecodedAnswers & { readonly walk: Walk; readonly advice?: RoleAdvice; readonly continueAt?: DecisionNode };

/** Resolves a result page and its query string, judging the answers under the current ruleset. */
export function resolveResult(locale: Locale, outcome: OutcomeId, search: string): ResolvedResult | { readonly redirect: string } {
  const decoded = decodeAnswers(search, ruleset.version);
  const w = walk(decoded.answers);
  if (w.next) {
    // A link with no answers is the outcome in general; one whose answers stop early continues at the next question.
    const anything = decoded.answers.size > 0 || decoded.ignored.length > 0;
    return { ...decoded, walk: w, ...(anything ? { continueAt: w.next } : {}) };
  }
  const advice = recommendRole(w.profile, ruleset.asOf);
  const judged = outcomeOf(advice);
  if (judged !== outcome) return { redirect: resultPath(locale, judged) + search };
  return { ...decoded, walk: w, advice };
}

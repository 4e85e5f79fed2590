/**
 * What a question page shows for its query string: the question (the one the page names, when the answers
 * reach it), the answers along the path, what the link contained that was ignored, and where to send the
 * reader instead when the answers do not reach this question. Answers that end a path lead to the outcome
 * recommendRole gave for that answer at build time (`endings`); the result page judges the answers again.
 *
 *   resolveQuestion("en", "months", "?v=1&customers=one-region", endings)
 *     → { view: { node: us-government, moved: true }, replace: "/en/decide/us-government/?v=1&customers=one-region", … }
 */
import type { Locale } from "../../i18n/locales.ts";
import type { DecisionNode, OutcomeId } from "../../rules/decision-tree.ts";
import { ruleset } from "../../rules/ruleset.ts";
import { decodeAnswers, encodeAnswers, type DecodedAnswers } from "./answers-url.ts";
import { questionPath, resultPath } from "./urls.ts";
import { nodeById, walk, type Answers, type Walk } from "./walk.ts";

/** The outcome of each answer that ends a path, keyed "node/answer", as recommendRole gave it at build time. */
export type Endings = Readonly<Record<string, OutcomeId>>;

/** A question to show; `moved` when the page named a question the answers do not reach. */
export type QuestionView = { readonly node: DecisionNode; readonly moved: boolean };

/** Everything a question step renders from. */
export type ResolvedQuestion = DecodedAnswers & {
  readonly walk: Walk;
  readonly view: QuestionView;
  /** Show this address instead of the current one, without a new history entry. */
  readonly replace?: string;
};

/** Where an answer set leads: the next question's page, or the result page of the answer that ends the path. */
export function destination(locale: Locale, answers: Answers, endings: Endings): string {
  const w = walk(answers);
  const query = encodeAnswers(answers, ruleset.version);
  if (w.next) return questionPath(locale, w.next.id) + query;
  // A walk only stops short of a next question after an answer that ends the path, and every such answer has an ending.
  const last = w.steps.at(-1);
  const outcome = last && endings[`${last.node.id}/${last.answer.id}`];
  if (!outcome) throw new Error(`No outcome for the answer ${last?.node.id}/${last?.answer.id}`);
  return resultPath(locale, outcome) + query;
}

/** Resolves a question page and its query string into what to show, or the result page to load instead. */
export function resolveQuestion(locale: Locale, node: string, search: string, endings: Endings): ResolvedQuestion | { readonly redirect: string } {
  const decoded = decodeAnswers(search, ruleset.version);
  const w = walk(decoded.answers);
  const asked = nodeById(node);
  if (asked && (w.next === asked || w.steps.some((s) => s.node === asked))) return { ...decoded, walk: w, view: { node: asked, moved: false } };
  if (w.next) return { ...decoded, walk: w, view: { node: w.next, moved: true }, replace: questionPath(locale, w.next.id) + search };
  return { redirect: destination(locale, decoded.answers, endings) };
}

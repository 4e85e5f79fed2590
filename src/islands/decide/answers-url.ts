/**
 * The reader's answers in the query string, keyed by question id with language-neutral answer ids and the
 * ruleset version, so that a link works in every locale and says when it was made under older rules:
 *
 *   ?v=1&customers=one-region&us-government=no&own-use=no&goal=resell
 *
 * Decoding never fails: unknown questions and answers are dropped and listed, so the page can say in the
 * reader's language what it ignored and carry on with the rest.
 */
import { decisionNodes } from "../../rules/decision-tree.ts";
import { answerOf, nodeById, type Answers } from "./walk.ts";

/** The query parameter that carries the ruleset version. */
export const versionParam = "v";

/** A part of a link that was ignored: a key that is no question, or an answer that question does not have. */
export type Ignored = { readonly kind: "question"; readonly key: string } | { readonly kind: "answer"; readonly question: string; readonly answer: string };

/** How the link's ruleset version compares with the current one. */
export type VersionCheck =
  | { readonly kind: "current" }
  | { readonly kind: "older"; readonly version: number }
  | { readonly kind: "unknown"; readonly given: string };

/** What a query string says: the valid answers, what was ignored and the version it was made under. */
export type DecodedAnswers = { readonly answers: Answers; readonly ignored: readonly Ignored[]; readonly version: VersionCheck };

// Ignored parts are shown to the reader as text; a hand-made link could make them very long.
const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);
const maxParams = 100;

function checkVersion(given: string | null, current: number): VersionCheck {
  if (given === null) return { kind: "current" };
  const version = /^[1-9]\d{0,5}$/.test(given) ? Number(given) : NaN;
  if (version === current) return { kind: "current" };
  if (version < current) return { kind: "older", version };
  return { kind: "unknown", given: clip(given) };
}

/** Reads answers from a query string ("?v=1&goal=resell"); `current` is the ruleset version in force. */
export function decodeAnswers(search: string, current: number): DecodedAnswers {
  const params = [...new URLSearchParams(search)].slice(0, maxParams);
  const answers = new Map<string, string>();
  const ignored: Ignored[] = [];
  for (const [key, value] of params) {
    if (key === versionParam) continue;
    const node = nodeById(key);
    if (!node) ignored.push({ kind: "question", key: clip(key) });
    else if (!answerOf(node, value)) ignored.push({ kind: "answer", question: node.id, answer: clip(value) });
    else if (!answers.has(key)) answers.set(key, value);
  }
  return { answers, ignored, version: checkVersion(new URLSearchParams(search).get(versionParam), current) };
}

/** Writes answers as a query string, in question order and with the ruleset version first. */
export function encodeAnswers(answers: Answers, version: number): string {
  const params = new URLSearchParams({ [versionParam]: String(version) });
  for (const node of decisionNodes) {
    const answer = answers.get(node.id);
    if (answer !== undefined && answerOf(node, answer)) params.append(node.id, answer);
  }
  return `?${params.toString()}`;
}

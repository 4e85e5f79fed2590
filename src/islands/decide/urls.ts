/**
 * The decision tool's addresses: the start page, one page per question and one per outcome, in every locale.
 *
 *   questionPath("pl", "months") → "/pl/decide/months/"     resultPath("de", "not-yet") → "/de/decide/result/not-yet/"
 */
import { localePath, pathWithinLocale } from "../../i18n/urls.ts";
import type { Locale } from "../../i18n/locales.ts";
import { isOutcome, type OutcomeId } from "../../rules/decision-tree.ts";

/** A page of the tool after the start: a question, or an outcome. */
export type DecidePage = { readonly kind: "question"; readonly node: string } | { readonly kind: "result"; readonly outcome: OutcomeId };

/** The start page of the tool. */
export const startPath = (locale: Locale) => localePath(locale, "decide");

/** The page of one question. */
export const questionPath = (locale: Locale, node: string) => localePath(locale, `decide/${node}`);

/** The page of one outcome. */
export const resultPath = (locale: Locale, outcome: OutcomeId) => localePath(locale, `decide/result/${outcome}`);

/** The simulator, opened on a small world built around an outcome's role. */
export const simulatorPath = (locale: Locale, outcome: OutcomeId) => `${localePath(locale, "simulate")}?preset=decide-${outcome}`;

/** Which tool page a path is, if any ("/en/decide/months/" → the months question). */
export function pageOfPath(pathname: string): DecidePage | undefined {
  const [section, first, second, ...rest] = pathWithinLocale(pathname).split("/");
  if (section !== "decide" || first === undefined || rest.length > 0) return undefined;
  if (first === "result") return isOutcome(second) ? { kind: "result", outcome: second } : undefined;
  return second === undefined ? { kind: "question", node: first } : undefined;
}

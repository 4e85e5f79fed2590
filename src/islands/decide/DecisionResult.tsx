/**
 * The island of a result page. Before hydration it shows the outcome in general. Once hydrated it judges the
 * answers in the query string with recommendRole under the current ruleset: the personal explanation when they
 * lead to this outcome, the right outcome page when they lead to another, and where to continue when they stop
 * early. It remembers the recommended role for the session, and moves focus to the result when the reader has
 * just answered the last question.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { chooseRole } from "../../stores/role.ts";
import { takeArrival } from "./navigation.ts";
import type { ResultProps } from "./props.ts";
import { resolveResult, type ResolvedResult } from "./resolve-result.ts";
import { ResultPanel } from "./ResultPanel.tsx";
import { sayOf, textOf } from "./text.ts";
import { walk } from "./walk.ts";

/** A result of the decision tool, explained for the reader's answers. */
export function DecisionResult(props: ResultProps) {
  const { locale, outcome } = props;
  const [state, setState] = useState<ResolvedResult | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  useEffect(() => {
    const resolved = resolveResult(locale, outcome, location.search);
    if ("redirect" in resolved) return location.replace(resolved.redirect);
    focusHeading.current = takeArrival();
    setState(resolved);
  }, []);

  useEffect(() => {
    if (state?.advice) chooseRole(state.advice.recommended);
    if (focusHeading.current) heading.current?.focus();
    focusHeading.current = false;
  }, [state]);

  const shown = state ?? { answers: new Map(), ignored: [], version: { kind: "current" as const }, walk: walk(new Map()) };
  return (
    <ResultPanel props={props} tx={textOf(locale, props.text)} say={sayOf(locale, props.messages)} resolved={shown} hydrated={state !== undefined} heading={heading} />
  );
}

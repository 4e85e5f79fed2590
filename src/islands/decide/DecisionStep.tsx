/**
 * The island of a question page. Before hydration it is the pre-rendered question with plain answer links.
 * Once hydrated it reads the answers from the query string and moves between questions with
 * history.pushState, so that Back goes back one step; changing an earlier answer keeps the later answers
 * where they still apply. The answer that ends the path loads that outcome's page.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { pageTitle } from "../../i18n/page-title.ts";
import { ruleset } from "../../rules/ruleset.ts";
import { encodeAnswers } from "./answers-url.ts";
import { isPlainClick, markArrival } from "./navigation.ts";
import type { StepProps } from "./props.ts";
import { QuestionStep } from "./QuestionStep.tsx";
import { destination, resolveQuestion, type ResolvedQuestion } from "./resolve.ts";
import { stepTitle, textOf } from "./text.ts";
import { pageOfPath, questionPath } from "./urls.ts";
import { nodeById, walk } from "./walk.ts";

/** A question of the decision tool, enhanced. */
export function DecisionStep(props: StepProps) {
  const { locale, endings } = props;
  const tx = textOf(locale, props.text);
  const [state, setState] = useState<ResolvedQuestion | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  const sync = () => {
    const page = pageOfPath(location.pathname);
    const resolved = resolveQuestion(locale, page?.kind === "question" ? page.node : props.node, location.search, endings);
    if ("redirect" in resolved) return location.replace(resolved.redirect);
    if (resolved.replace) history.replaceState(null, "", resolved.replace);
    setState(resolved);
  };

  useEffect(() => {
    sync();
    const onPop = () => {
      focusHeading.current = true;
      sync();
    };
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    if (!state) return;
    document.title = pageTitle(stepTitle(tx, state.view.node), props.siteName);
    if (focusHeading.current) heading.current?.focus();
    focusHeading.current = false;
  }, [state]);

  // Another step of the tool within this page: a new history entry, then focus on its question.
  const go = (url: string) => (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    history.pushState(null, "", url);
    focusHeading.current = true;
    sync();
  };

  const choose = (node: string, answer: string) => (event: MouseEvent) => {
    if (!isPlainClick(event) || !state) return;
    event.preventDefault();
    const answers = new Map(state.answers).set(node, answer);
    // Back from the next step returns here with this answer marked and the later answers kept.
    history.replaceState(null, "", questionPath(locale, node) + encodeAnswers(answers, ruleset.version));
    const next = destination(locale, answers, endings);
    if (pageOfPath(new URL(next, location.href).pathname)?.kind === "result") {
      markArrival();
      location.assign(next);
      return;
    }
    history.pushState(null, "", next);
    focusHeading.current = true;
    sync();
  };

  const node = nodeById(props.node);
  const shown = state ?? (node && { answers: new Map(), ignored: [], version: { kind: "current" as const }, walk: walk(new Map()), view: { node, moved: false } });
  if (!shown) return null;
  return <QuestionStep props={props} tx={tx} resolved={shown} hydrated={state !== undefined} heading={heading} go={go} choose={choose} />;
}

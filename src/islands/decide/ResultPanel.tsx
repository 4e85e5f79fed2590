/**
 * A result page's part of the tool: the outcome as the page heading, the date its rules are as of, and either
 * the personal explanation with the answers (when the link's answers reach this outcome) or a way to get one.
 */
import type { RefObject } from "preact";
import { ruleset } from "../../rules/ruleset.ts";
import { encodeAnswers } from "./answers-url.ts";
import { AnswerSummary } from "./AnswerSummary.tsx";
import { Notices } from "./Notices.tsx";
import type { ResultProps } from "./props.ts";
import { Reasons } from "./Reasons.tsx";
import type { ResolvedResult } from "./resolve-result.ts";
import type { Say, Tx } from "./text.ts";
import { questionPath, startPath } from "./urls.ts";

type Props = {
  readonly props: ResultProps;
  readonly tx: Tx;
  readonly say: Say;
  readonly resolved: ResolvedResult;
  readonly hydrated: boolean;
  readonly heading: RefObject<HTMLHeadingElement>;
};

/** The result step of the tool. */
export function ResultPanel({ props, tx, say, resolved, hydrated, heading }: Props) {
  const { locale, outcome } = props;
  const { advice, continueAt } = resolved;
  const query = encodeAnswers(resolved.answers, ruleset.version);
  return (
    <div class="decide-result">
      <header class="page-header">
        <p class="decide-kicker">{tx("result.label")}</p>
        <h1 ref={heading} tabIndex={-1}>{tx(`outcome.${outcome}.title`)}</h1>
        <p class="lead">{tx(`outcome.${outcome}.lead`)}</p>
        <p class="page-header__meta">{tx("result.asOf", { date: props.asOf, version: ruleset.version })}</p>
      </header>
      <Notices tx={tx} resolved={resolved} asOf={props.asOf} />
      {advice && (
        <div class="decide-personal" data-pagefind-ignore>
          <Reasons advice={advice} tx={tx} say={say} props={props} />
          <AnswerSummary locale={locale} tx={tx} steps={resolved.walk.steps} query={query} />
          <p class="decide-actions">
            {hydrated && (
              <button type="button" class="decide-button" onClick={() => print()}>
                {tx("result.print")}
              </button>
            )}
            <a href={startPath(locale)}>{tx("result.restart")}</a>
          </p>
        </div>
      )}
      {!advice && continueAt && (
        <div class="decide-notice" role="note">
          <p class="decide-notice__title">{tx("notice.incompleteTitle")}</p>
          <p>{tx("notice.incomplete")}</p>
          <p>
            <a href={questionPath(locale, continueAt.id) + query}>{tx("notice.continue")}</a>
          </p>
        </div>
      )}
      {!advice && !continueAt && (
        <p class="decide-general-hint" data-pagefind-ignore>
          {tx("result.general")} <a href={startPath(locale)}>{tx("result.start")}</a>
        </p>
      )}
    </div>
  );
}

/** One question: Back, progress, the question as the page heading, its help, the answers as links, and the answers so far. */
import type { RefObject } from "preact";
import { carryAttribute } from "../../components/decide/carry-answers-script.ts";
import { ruleset } from "../../rules/ruleset.ts";
import { resultStep, type DecisionAnswer } from "../../rules/decision-tree.ts";
import { encodeAnswers } from "./answers-url.ts";
import { AnswerSummary } from "./AnswerSummary.tsx";
import { Notices } from "./Notices.tsx";
import type { StepProps } from "./props.ts";
import { destination, type ResolvedQuestion } from "./resolve.ts";
import type { Tx } from "./text.ts";
import { questionPath, resultPath, startPath } from "./urls.ts";
import { depthOf, parentOf } from "./walk.ts";

type Click = (event: MouseEvent) => void;

type Props = {
  readonly props: StepProps;
  readonly tx: Tx;
  readonly resolved: ResolvedQuestion;
  /** False while the page shows what was pre-rendered, before the island has read the address. */
  readonly hydrated: boolean;
  readonly heading: RefObject<HTMLHeadingElement>;
  readonly go: (url: string) => Click;
  readonly choose: (node: string, answer: string) => Click;
};

/** The question step of the tool. */
export function QuestionStep({ props, tx, resolved, hydrated, heading, go, choose }: Props) {
  const { locale, endings } = props;
  const { node, moved } = resolved.view;
  const { steps } = resolved.walk;
  const index = steps.findIndex((s) => s.node === node);
  const position = index === -1 ? steps.length : index;
  const current = steps[index]?.answer.id;
  const query = encodeAnswers(resolved.answers, ruleset.version);
  const previous = hydrated ? steps[position - 1]?.node : parentOf(node.id);
  const backHref = previous ? questionPath(locale, previous.id) + (hydrated ? query : "") : startPath(locale);
  // Before hydration an answer leads where it leads on every path: the next question, or the outcome of its path.
  const hrefOf = (answer: DecisionAnswer) => {
    if (hydrated) return destination(locale, new Map(resolved.answers).set(node.id, answer.id), endings);
    const outcome = endings[`${node.id}/${answer.id}`];
    return answer.next === resultStep && outcome ? resultPath(locale, outcome) : questionPath(locale, answer.next);
  };
  // Before hydration the page's inline script puts the answers in the address into these links (carry-answers-script.ts).
  const carry = (answer?: DecisionAnswer) => (hydrated ? {} : { [carryAttribute]: answer ? `${node.id}=${answer.id}` : "" });

  return (
    <div class="decide-step">
      <p class="decide-back">
        <a href={backHref} onClick={previous ? go(backHref) : undefined} {...(previous ? carry() : {})}>{tx("step.back")}</a>
      </p>
      <Notices tx={tx} resolved={resolved} asOf={props.asOf} />
      {moved && <p class="decide-notice" role="note">{tx("notice.restarted")}</p>}
      <p class="decide-progress">
        {hydrated ? tx("step.progress", { number: position + 1, count: steps.length }) : tx("step.number", { number: depthOf(node.id) })}
      </p>
      <h1 id="decide-question" ref={heading} tabIndex={-1}>{tx(node.question)}</h1>
      <p class="decide-help">{tx(node.help)}</p>
      <ul class="decide-answers" aria-labelledby="decide-question">
        {node.answers.map((answer) => (
          <li key={answer.id}>
            <a href={hrefOf(answer)} onClick={hydrated ? choose(node.id, answer.id) : undefined} {...carry(answer)} aria-current={answer.id === current ? "true" : undefined}>
              {tx(answer.label)}
              {answer.id === current && <span class="decide-answers__current"> ({tx("step.current")})</span>}
            </a>
          </li>
        ))}
      </ul>
      {steps.length > 0 && <AnswerSummary locale={locale} tx={tx} steps={steps} query={query} go={go} />}
      <p class="decide-restart">
        <a href={startPath(locale)}>{tx("step.restart")}</a>
      </p>
    </div>
  );
}

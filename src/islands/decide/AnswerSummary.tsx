/** The answers given so far, each with a Change link to its question (a real link: it works without JavaScript too). */
import type { Locale } from "../../i18n/locales.ts";
import type { Tx } from "./text.ts";
import { questionPath } from "./urls.ts";
import type { Step } from "./walk.ts";

type Props = {
  readonly locale: Locale;
  readonly tx: Tx;
  readonly steps: readonly Step[];
  /** The query string of every answer, so that changing one keeps the others. */
  readonly query: string;
  /** In-page navigation for the Change links, where the page can show the question itself. */
  readonly go?: (url: string) => (event: MouseEvent) => void;
};

/** The summary of the reader's answers. */
export function AnswerSummary({ locale, tx, steps, query, go }: Props) {
  return (
    <section class="decide-summary" aria-labelledby="decide-summary-title">
      <h2 id="decide-summary-title">{tx("summary.title")}</h2>
      <dl>
        {steps.map(({ node, answer }) => {
          const href = questionPath(locale, node.id) + query;
          return (
            <div key={node.id}>
              <dt>{tx(node.question)}</dt>
              <dd>
                <span>{tx(answer.label)}</span>{" "}
                <a href={href} onClick={go?.(href)}>
                  {tx("summary.change")}
                  <span class="visually-hidden"> {tx("summary.changeHidden", { question: tx(node.question) })}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

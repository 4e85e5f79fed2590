/** Problems with an imported file or a shared link: each with its JSON path, in the reader's language, and the reassurance that nothing was lost. */
import { useEffect, useRef } from "preact/hooks";
import type { Problem } from "../../engine/index.ts";
import type { SimKey } from "../../i18n/simulate/en.ts";
import { useSim } from "./context.ts";
import { problemText, shortPath } from "./labels.ts";

/** What went wrong, to show above the simulator. */
export type Notice = { readonly title: SimKey; readonly problems: readonly Problem[] };

const shown = 50;

/** The problems of a notice; focus moves to it so keyboard and screen-reader users meet it at once. */
export function ProblemBox(props: { readonly notice: Notice; readonly onClose: () => void }) {
  const { tr } = useSim();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [props.notice]);
  const { problems } = props.notice;
  return (
    <div class="sim-problems" role="alert" tabindex={-1} ref={box} aria-labelledby="sim-notice-title">
      <h3 id="sim-notice-title">{tr.ui(props.notice.title)}</h3>
      <p>{tr.ui("notice.kept", { count: problems.length })}</p>
      <ul>
        {problems.slice(0, shown).map((p) => (
          <li>
            {shortPath(p.path) && <code>{shortPath(p.path)}</code>} {problemText(tr, p)}
          </li>
        ))}
      </ul>
      {problems.length > shown && <p>{tr.ui("notice.more", { count: problems.length - shown })}</p>}
      <button type="button" class="sim-button sim-button--small" onClick={props.onClose}>{tr.ui("notice.close")}</button>
    </div>
  );
}

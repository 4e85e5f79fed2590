/**
 * What-if: a copy of the world now that the reader changes (and may read under another date), with the
 * verdict on the action being tried shown for both side by side and the differences marked.
 */
import { useStore } from "@nanostores/preact";
import { $asOf, $verdict, $whatIf, $whatIfDraft, $whatIfVerdict, editWhatIf, setWhatIfAsOf, startWhatIf, stopWhatIf } from "../../stores/index.ts";
import { useSim } from "./context.ts";
import { problemText } from "./labels.ts";
import { VerdictView } from "./VerdictView.tsx";
import { WorldEditor } from "./WorldEditor.tsx";

/** The what-if panel. */
export function WhatIfPanel() {
  const { tr } = useSim();
  const whatIf = useStore($whatIf);
  const verdict = useStore($verdict);
  const copyVerdict = useStore($whatIfVerdict);
  const copyDraft = useStore($whatIfDraft);
  const asOf = useStore($asOf);
  const column = (title: string, mine: typeof verdict, other: typeof verdict, where: string, problems: readonly string[]) => (
    <div class="sim-compare__column">
      <h3>{title}</h3>
      {mine ? (
        <VerdictView verdict={mine} compared={{ verdict: other, where }} headingLevel={4} />
      ) : (
        <div class="sim-verdict sim-verdict--incomplete">
          <h4 class="sim-verdict__word">{tr.ui("action.incomplete")}</h4>
          <ul>{problems.map((p) => <li>{p}</li>)}</ul>
        </div>
      )}
    </div>
  );
  return (
    <section class="sim-panel" aria-labelledby="sim-what-if-heading" id="sim-what-if">
      <h2 id="sim-what-if-heading">{tr.ui("whatIf.heading")}</h2>
      <p class="sim-muted">{tr.ui("whatIf.intro")}</p>
      {!whatIf ? (
        <button type="button" class="sim-button" onClick={startWhatIf}>{tr.ui("whatIf.start")}</button>
      ) : (
        <>
          <div class="sim-actions">
            <button type="button" class="sim-button" onClick={stopWhatIf}>{tr.ui("whatIf.stop")}</button>
          </div>
          <div class="sim-field">
            <label for="sim-what-if-date">{tr.ui("whatIf.date")}</label>
            <input
              id="sim-what-if-date"
              type="date"
              value={whatIf.asOf ?? asOf}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                setWhatIfAsOf(value && value !== asOf ? value : undefined);
              }}
            />
          </div>
          <p>
            {whatIf.changes.length === 0
              ? tr.ui("whatIf.noChanges")
              : tr.ui("whatIf.changes", { count: whatIf.changes.length, list: whatIf.changes.map((c) => tr.text(c.key, c.params)).join("; ") })}
          </p>
          <div class="sim-compare">
            {column(tr.ui("whatIf.this"), verdict, copyVerdict, tr.ui("whatIf.inCopy"), [tr.ui("whatIf.completeAction")])}
            {column(tr.ui("whatIf.copy"), copyVerdict, verdict, tr.ui("whatIf.inThis"), copyDraft && !copyDraft.ok ? copyDraft.problems.map((p) => problemText(tr, p)) : [])}
          </div>
          <h3>{tr.ui("whatIf.edit")}</h3>
          <WorldEditor world={whatIf.world} asOf={whatIf.asOf ?? asOf} idBase="sim-wi" headingLevel={4} onCommit={(world, change) => editWhatIf(world, change)} />
        </>
      )}
    </section>
  );
}

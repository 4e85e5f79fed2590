/**
 * The history: every action played on the starting world, with its verdict under the chosen date, marks on
 * the verdicts that changed with the date, and undo and redo of every change.
 */
import { useStore } from "@nanostores/preact";
import { actionCases } from "../../engine/index.ts";
import { $changedSteps, $comparedAsOf, $played, $playedBefore, $redoChange, $undoChange, loadDraft, redo, resetAsOf, undo, type Change } from "../../stores/index.ts";
import { useSim } from "./context.ts";
import { actionParties, problemText } from "./labels.ts";
import { marks } from "./RuleEntry.tsx";

/** The history list with undo and redo. */
export function HistoryList() {
  const { tr } = useSim();
  const played = useStore($played);
  const before = useStore($playedBefore);
  const changed = useStore($changedSteps);
  const comparedAsOf = useStore($comparedAsOf);
  const undoChange = useStore($undoChange);
  const redoChange = useStore($redoChange);
  const describe = (c: Change | undefined) => (c ? tr.text(c.key, c.params) : tr.ui("history.nothing"));
  return (
    <section class="sim-panel" aria-labelledby="sim-history-heading" id="sim-history">
      <h2 id="sim-history-heading">{tr.ui("history.heading")}</h2>
      <div class="sim-actions">
        <button type="button" class="sim-button" onClick={undo} disabled={!undoChange} aria-describedby="sim-undo-what">
          {tr.ui("history.undo")}
        </button>
        <span id="sim-undo-what" class="sim-muted">{describe(undoChange)}</span>
      </div>
      <div class="sim-actions">
        <button type="button" class="sim-button" onClick={redo} disabled={!redoChange} aria-describedby="sim-redo-what">
          {tr.ui("history.redo")}
        </button>
        <span id="sim-redo-what" class="sim-muted">{describe(redoChange)}</span>
      </div>
      {comparedAsOf && (
        <div class="sim-note" role="status">
          <p>{tr.ui(changed.size === 0 ? "history.comparedNone" : "history.compared", { count: changed.size, date: comparedAsOf })}</p>
          <button type="button" class="sim-button sim-button--small" onClick={() => resetAsOf()}>
            {tr.ui("history.stopComparing")}
          </button>
        </div>
      )}
      {played.steps.length === 0 ? (
        <p class="sim-muted">{tr.ui("history.empty")}</p>
      ) : (
        <ol class="sim-steps">
          {played.steps.map((step, i) => {
            const was = before?.steps[i]?.verdict;
            const v = step.verdict;
            return (
              <li class={`sim-step${changed.has(i) ? " sim-step--changed" : ""}`}>
                <p class="sim-step__what">
                  <strong>{tr.text(`action.${step.action.type}`)}</strong>{" "}
                  <span class="sim-muted">{actionParties(step.action, actionCases[step.action.type].fields)}</span>
                </p>
                {v ? (
                  <p class={`sim-step__verdict sim-step__verdict--${v.verdict}`}>
                    <span aria-hidden="true">{marks[v.verdict]} </span>
                    <span>{tr.ui(v.verdict === "allowed" ? "verdict.allowed" : "history.deniedUnchanged")}</span>
                    {v.failed.length > 0 && ` (${v.failed.join(", ")})`}
                  </p>
                ) : (
                  <ul class="sim-step__problems">
                    {step.problems.map((p) => <li>{tr.ui("history.notJudged", { problem: problemText(tr, p) })}</li>)}
                  </ul>
                )}
                {changed.has(i) && comparedAsOf && (
                  <p class="sim-step__changed">
                    <span aria-hidden="true">≠ </span>
                    {was
                      ? tr.ui(was.verdict === "allowed" ? "history.wasAllowed" : "history.wasDenied", { date: comparedAsOf })
                      : tr.ui("history.wasNotJudged", { date: comparedAsOf })}
                  </p>
                )}
                <button type="button" class="sim-button sim-button--small" onClick={() => loadDraft(step.action)}>
                  {tr.ui("history.tryAgain", { index: i + 1 })}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/**
 * "Try an action": pick an action type and its parties from the world; the verdict appears at once and is
 * announced politely to screen readers. An allowed action can be applied; a denied one recorded as tried.
 */
import { useStore } from "@nanostores/preact";
import { actionCases, actionTypes, type ActionType } from "../../engine/index.ts";
import { actionGroups } from "../../simulate/action-groups.ts";
import {
  $asOf, $checkedDraft, $comparedAsOf, $draft, $verdict, $verdictBefore, $world, addDraftToHistory, chooseActionType, setDraft,
} from "../../stores/index.ts";
import { useSim } from "./context.ts";
import { problemText } from "./labels.ts";
import { SchemaFields } from "./SchemaFields.tsx";
import { VerdictView } from "./VerdictView.tsx";

/** The action form with its live verdict. */
export function ActionPanel() {
  const { tr } = useSim();
  const draft = useStore($draft);
  const checked = useStore($checkedDraft);
  const verdict = useStore($verdict);
  const before = useStore($verdictBefore);
  const comparedAsOf = useStore($comparedAsOf);
  const world = useStore($world);
  useStore($asOf);
  const problems = checked.ok ? [] : checked.problems;
  const missing = problems.filter((p) => p.key === "problem.required");
  const other = problems.filter((p) => p.key !== "problem.required");
  const announce = verdict
    ? tr.ui(verdict.verdict === "allowed" ? "action.announceAllowed" : "action.announceDenied", { action: `action.${draft.type}`, count: verdict.failed.length })
    : tr.ui("action.announceIncomplete");
  return (
    <section class="sim-panel" aria-labelledby="sim-action-heading" id="sim-action">
      <h2 id="sim-action-heading">{tr.ui("action.heading")}</h2>
      <p class="sim-muted">{tr.ui("action.intro")}</p>
      <form class="sim-form" onSubmit={(e) => (e.preventDefault(), addDraftToHistory())}>
        <div class="sim-field">
          <label for="sim-action-type">{tr.ui("action.type")}</label>
          <select id="sim-action-type" value={draft.type} onChange={(e) => {
            const type = (e.currentTarget as HTMLSelectElement).value;
            if ((actionTypes as readonly string[]).includes(type)) chooseActionType(type as ActionType);
          }}>
            {actionGroups.map((g) => (
              <optgroup label={tr.text(`action.group.${g.id}`)}>
                {g.types.map((type) => <option value={type}>{tr.text(`action.${type}`)}</option>)}
              </optgroup>
            ))}
          </select>
        </div>
        <SchemaFields
          node={actionCases[draft.type as ActionType]}
          value={draft}
          onChange={(next) => setDraft({ ...next, type: draft.type })}
          path="$"
          idBase="sim-act"
          problems={other}
          world={world}
        />
        <div class="sim-verdict-area">
          <p class="visually-hidden" role="status">{announce}</p>
          {verdict ? (
            <VerdictView verdict={verdict} compared={comparedAsOf ? { verdict: before, where: tr.ui("compare.underRules", { date: comparedAsOf }) } : undefined} />
          ) : (
            <div class="sim-verdict sim-verdict--incomplete">
              <h3 class="sim-verdict__word">{tr.ui("action.incomplete")}</h3>
              <ul>
                {missing.map((p) => <li>{problemText(tr, p)}</li>)}
                {other.map((p) => <li>{problemText(tr, p)}</li>)}
              </ul>
            </div>
          )}
        </div>
        {verdict && (
          <div class="sim-actions">
            <button type="submit" class="sim-button sim-button--primary">
              {tr.ui(verdict.verdict === "allowed" ? "action.apply" : "action.record")}
            </button>
            <span class="sim-muted">{tr.ui(verdict.verdict === "allowed" ? "action.applyHint" : "action.recordHint")}</span>
          </div>
        )}
      </form>
    </section>
  );
}

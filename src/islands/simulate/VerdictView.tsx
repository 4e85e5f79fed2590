/**
 * The engine's verdict on an action: allowed or denied in words and a mark, then every rule that applied,
 * failed ones first. With a compared verdict (another date, or the what-if copy) the differences are marked.
 */
import type { Verdict } from "../../engine/index.ts";
import { ruleDifferences, rulesOnlyIn, verdictsDiffer } from "../../simulate/compare.ts";
import { useSim } from "./context.ts";
import { marks, RuleEntry } from "./RuleEntry.tsx";

/** A verdict to compare with, and how to name where it comes from ("under the rules of 1 October 2021", "in the copy"). */
export type Compared = { readonly verdict: Verdict | undefined; readonly where: string };

/** A verdict with its rules; its heading is an h3 unless `headingLevel` says 4 (inside the what-if columns). */
export function VerdictView(props: { readonly verdict: Verdict; readonly compared?: Compared | undefined; readonly headingLevel?: 3 | 4 }) {
  const { tr } = useSim();
  const { verdict, compared } = props;
  const diffs = ruleDifferences(verdict, compared?.verdict);
  const onlyThere = rulesOnlyIn(verdict, compared?.verdict);
  const failed = verdict.trace.filter((e) => e.outcome === "failed");
  const passed = verdict.trace.filter((e) => e.outcome === "passed");
  const Heading = props.headingLevel === 4 ? "h4" : "h3";
  const changed = compared?.verdict && verdictsDiffer(verdict, compared.verdict);
  const entries = (list: typeof failed) => (
    <ul class="sim-rules">
      {list.map((e) => <RuleEntry key={e.rule} entry={e} other={diffs.get(e.rule)} otherLabel={compared?.where} />)}
    </ul>
  );
  return (
    <div class={`sim-verdict sim-verdict--${verdict.verdict}`}>
      <Heading class="sim-verdict__word">
        <span class="sim-mark" aria-hidden="true">{marks[verdict.verdict]}</span> {tr.ui(verdict.verdict === "allowed" ? "verdict.allowed" : "verdict.denied")}
      </Heading>
      <p class="sim-verdict__count">
        {verdict.trace.length === 0 ? tr.ui("verdict.noRules") : tr.ui("verdict.count", { count: verdict.trace.length, failed: failed.length })}
      </p>
      {changed && compared?.verdict && (
        <p class="sim-verdict__changed">
          <span aria-hidden="true">≠ </span>
          {tr.ui(compared.verdict.verdict === "allowed" ? "verdict.wasAllowed" : "verdict.wasDenied", { where: compared.where })}
        </p>
      )}
      {verdict.dependsOnDate && <p class="sim-verdict__note">{tr.ui("verdict.dependsOnDate")}</p>}
      {verdict.confidence !== "stated" && (
        <p class="sim-verdict__note">{tr.ui("verdict.confidence", { confidence: `term.confidence.${verdict.confidence}` })}</p>
      )}
      {failed.length > 0 && entries(failed)}
      {passed.length > 0 && (
        // Passed rules stay folded, unless one of them differs from the compared verdict.
        <details class="sim-passed" open={passed.some((e) => diffs.has(e.rule))}>
          <summary>{tr.ui("verdict.passedRules", { count: passed.length })}</summary>
          {entries(passed)}
        </details>
      )}
      {onlyThere.length > 0 && <p class="sim-verdict__note">{tr.ui("verdict.onlyThere", { list: onlyThere.join(", "), where: compared?.where ?? "" })}</p>}
    </div>
  );
}

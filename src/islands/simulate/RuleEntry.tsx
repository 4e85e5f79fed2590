/** One rule of a verdict: passed or failed (in words and a mark), why, what to do, doubts, dates, the guide section and the sources. */
import type { TraceEntry } from "../../engine/index.ts";
import { guidePath } from "../../i18n/urls.ts";
import type { OtherOutcome } from "../../simulate/compare.ts";
import { useSim } from "./context.ts";

/** Marks for passed and failed; always said in words beside them. */
export const marks = { passed: "✓", failed: "✗", allowed: "✓", denied: "✗" } as const;

/** A rule's part in a verdict; `other` is what the compared verdict says of it, when that differs. */
export function RuleEntry(props: { readonly entry: TraceEntry; readonly other?: OtherOutcome | undefined; readonly otherLabel?: string | undefined }) {
  const { tr, sources } = useSim();
  const { entry: e, other } = props;
  const alternatives = e.alternatives?.map((alt) => {
    const outcome = tr.ui(alt.outcome === "passed" ? "verdict.passed" : "verdict.failed");
    if (alt.from && alt.until) return tr.ui("verdict.altBetween", { from: alt.from, until: alt.until, outcome });
    return alt.from ? tr.ui("verdict.altFrom", { from: alt.from, outcome }) : tr.ui("verdict.altUntil", { until: alt.until ?? "", outcome });
  });
  return (
    <li class={`sim-rule sim-rule--${e.outcome}${other ? " sim-rule--changed" : ""}`}>
      <p class="sim-rule__head">
        <span class="sim-mark" aria-hidden="true">{marks[e.outcome]}</span>
        <span class="sim-rule__outcome">{tr.ui(e.outcome === "passed" ? "verdict.passed" : "verdict.failed")}</span>
        <strong>{tr.text(e.title)}</strong> <span class="sim-rule__id">{e.rule}</span>
      </p>
      {other && (
        <p class="sim-rule__diff">
          <span aria-hidden="true">≠ </span>
          {tr.text(`verdict.other.${other}`, { where: props.otherLabel ?? "" })}
        </p>
      )}
      <p>{tr.text(e.message.key, e.message.params)}</p>
      {e.details && (
        <ul class="sim-rule__details">
          {e.details.map((d) => (
            <li>
              <span aria-hidden="true">{marks[d.outcome]} </span>
              <span class="visually-hidden">{tr.ui(d.outcome === "passed" ? "verdict.passed" : "verdict.failed")}: </span>
              {tr.text(d.message.key, d.message.params)}
            </li>
          ))}
        </ul>
      )}
      {e.remedy && (
        <p class="sim-rule__remedy">
          <strong>{tr.ui("verdict.remedy")}</strong> {tr.text(e.remedy.key, e.remedy.params)}
        </p>
      )}
      {e.doubt && (
        <p class="sim-rule__doubt">
          <strong>{tr.ui("verdict.doubt", { confidence: `term.confidence.${e.confidence}` })}</strong> {tr.text(e.doubt.key, e.doubt.params)}
        </p>
      )}
      {alternatives && <p class="sim-rule__dates">{tr.ui("verdict.otherDates", { list: alternatives.join("; ") })}</p>}
      <p class="sim-rule__links">
        <a href={guidePath(tr.locale, e.anchor.slug, e.anchor.heading)}>{tr.ui("verdict.guide", { rule: e.rule })}</a>
        {e.sources.length > 0 && (
          <>
            {" · "}
            {tr.ui("verdict.sources")}{" "}
            {e.sources.map((id, i) => {
              const source = sources[id];
              return (
                <>
                  {i > 0 && ", "}
                  {source ? <a href={source.url} hreflang="en" rel="external">{source.title}</a> : id}
                </>
              );
            })}
          </>
        )}
      </p>
    </li>
  );
}

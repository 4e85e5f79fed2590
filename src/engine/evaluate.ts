/**
 * Judges one action on one date: every rule registered for the action's type runs; the variant in force
 * decides, and the other variants say whether another date would have answered differently.
 *
 *   evaluate(catalog, world, { type: "placeOrder", ... }, "2021-10-01")
 *     → { verdict: "denied", failed: ["R20"], dependsOnDate: false, confidence: "stated", trace: [...] }
 */
import type { Action } from "./action-schema.ts";
import { addDays, inPeriod, type IsoDate, type Period } from "./dates.ts";
import type { MessageRef, Params } from "./problems.ts";
import {
  confidenceOrder, type Catalog, type Confidence, type Outcome, type Rule, type RuleContext, type RuleOutcome,
  type RuleVariant, type TraceEntry, type Verdict,
} from "./rule-types.ts";
import { indexWorld } from "./world-index.ts";
import type { World } from "./world-schema.ts";

const noParams: Params = {};

function ref(rule: Rule, code: string, params: Params | undefined): MessageRef {
  const all = rule.constants ? { ...rule.constants, ...params } : params;
  return { key: `rule.${rule.id}.${code}`, params: all ?? noParams };
}

const outcomeOf = (ok: boolean): RuleOutcome => (ok ? "passed" : "failed");

function period(v: Period): Period {
  return { ...(v.from === undefined ? {} : { from: v.from }), ...(v.until === undefined ? {} : { until: v.until }) };
}

// The periods no variant of a rule covers: there the rule does not apply, so it cannot fail an action.
const gapCache = new WeakMap<Rule, readonly Period[]>();

function gaps(rule: Rule): readonly Period[] {
  let found = gapCache.get(rule);
  if (found) return found;
  const sorted = [...rule.variants].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
  const out: Period[] = [];
  let cursor: string | undefined = "";
  for (const v of sorted) {
    if (cursor === undefined) break;
    if (v.from !== undefined && (cursor === "" || addDays(cursor, 1) < v.from)) {
      out.push({ ...(cursor === "" ? {} : { from: addDays(cursor, 1) }), until: addDays(v.from, -1) });
    }
    cursor = v.until;
  }
  if (cursor !== undefined && cursor !== "") out.push({ from: addDays(cursor, 1) });
  gapCache.set(rule, (found = out));
  return found;
}

type Other = readonly [Period, Outcome | undefined];

// What other dates would give: variants in force elsewhere, and the gaps where the rule does not apply at all.
function alternativesOf(rule: Rule, ok: boolean, others: readonly Other[]) {
  const elsewhere: Other[] = [...others, ...gaps(rule).map((g): Other => [g, undefined])];
  return elsewhere
    .map(([p, o]) => ({ ...period(p), outcome: outcomeOf(o?.ok ?? true) }))
    .filter((alt) => alt.outcome !== outcomeOf(ok))
    .sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
}

function decided(rule: Rule, variant: RuleVariant, outcome: Outcome, others: readonly Other[]): TraceEntry {
  const alternatives = alternativesOf(rule, outcome.ok, others);
  const doubt = outcome.doubt ?? variant.doubt ?? rule.doubt;
  return {
    rule: rule.id,
    outcome: outcomeOf(outcome.ok),
    title: `rule.${rule.id}.title`,
    message: ref(rule, outcome.code, outcome.params),
    ...(outcome.remedy && !outcome.ok ? { remedy: ref(rule, outcome.remedy, outcome.params) } : {}),
    ...(outcome.details ? { details: outcome.details.map((d) => ({ outcome: outcomeOf(d.ok), message: ref(rule, d.code, d.params) })) } : {}),
    sources: variant.sources ?? rule.sources,
    anchor: rule.anchor,
    confidence: outcome.confidence ?? variant.confidence ?? rule.confidence,
    ...(doubt ? { doubt: ref(rule, doubt, outcome.params) } : {}),
    inForce: period(variant),
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
}

// No variant is in force on the date (or the one in force ignores this action), but on another date one would fail it: say so.
function dormant(rule: Rule, asOf: IsoDate, others: readonly Other[]): TraceEntry | undefined {
  const failing = others.filter((o): o is readonly [Period, Outcome] => o[1] !== undefined && !o[1].ok);
  const first = failing[0];
  if (!first) return undefined;
  const later = failing.find(([v]) => v.from !== undefined && v.from > asOf);
  const message: MessageRef = later
    ? { key: "engine.notYetInForce", params: { from: later[0].from ?? asOf } }
    : { key: "engine.noLongerInForce", params: { until: first[0].until ?? asOf } };
  const doubt = first[1].doubt ?? (first[0] as RuleVariant).doubt ?? rule.doubt;
  return {
    rule: rule.id,
    outcome: "passed",
    title: `rule.${rule.id}.title`,
    message,
    sources: rule.sources,
    anchor: rule.anchor,
    confidence: rule.confidence,
    ...(doubt ? { doubt: ref(rule, doubt, first[1].params) } : {}),
    inForce: null,
    alternatives: failing.map(([v]) => ({ ...period(v), outcome: "failed" as const })),
  };
}

function evaluateRule(rule: Rule, c: RuleContext): TraceEntry | undefined {
  let current: [RuleVariant, Outcome] | undefined;
  const others: [RuleVariant, Outcome | undefined][] = [];
  for (const variant of rule.variants) {
    const outcome = variant.check(c);
    if (outcome && inPeriod(variant, c.asOf)) current = [variant, outcome];
    else others.push([variant, outcome]);
  }
  return current ? decided(rule, current[0], current[1], others) : dormant(rule, c.asOf, others);
}

function weakest(entries: readonly TraceEntry[]): Confidence {
  let rank = 0;
  for (const e of entries) rank = Math.max(rank, confidenceOrder.indexOf(e.confidence));
  return confidenceOrder[rank] ?? "stated";
}

/** Evaluates an action against a world on a date with a catalog of rules. */
export function evaluate(catalog: Catalog, world: World, action: Action, asOf: IsoDate): Verdict {
  const c: RuleContext = { ix: indexWorld(world), action, asOf };
  const trace: TraceEntry[] = [];
  for (const rule of catalog.byAction.get(action.type) ?? []) {
    const entry = evaluateRule(rule, c);
    if (entry) trace.push(entry);
  }
  const failedEntries = trace.filter((e) => e.outcome === "failed");
  return {
    verdict: failedEntries.length > 0 ? "denied" : "allowed",
    action: action.type,
    asOf,
    failed: failedEntries.map((e) => e.rule),
    dependsOnDate: trace.some((e) => e.alternatives !== undefined),
    confidence: weakest(failedEntries.length > 0 ? failedEntries : trace),
    trace,
  };
}

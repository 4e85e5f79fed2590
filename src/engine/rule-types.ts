/**
 * The shape of a rule and of what evaluating it gives. A rule is data plus small pure predicates, one per
 * dated variant; a variant returns an Outcome (a message code, not text) or undefined when the action is none of its business.
 *
 *   { id: "R15", actions: ["acceptPartnership"], sources: ["S6", "S14"], confidence: "stated",
 *     anchor: { slug: "two-tier-model", heading: "same-region" }, messages: { sameRegion: ["region"], ... },
 *     variants: [{ check: (c) => ... }] }
 */
import type { Action, ActionType } from "./action-schema.ts";
import type { IsoDate, Period } from "./dates.ts";
import type { MessageRef, Params } from "./problems.ts";
import type { WorldIndex } from "./world-index.ts";

/** How sure the sources are: said outright, inferred, contradicted by another source, or not confirmed. */
export type Confidence = "stated" | "inferred" | "conflict" | "unverified";

/** Confidence levels from firmest to weakest. */
export const confidenceOrder: readonly Confidence[] = ["stated", "inferred", "conflict", "unverified"];

/** A section of a guide: content/guides/<lang>/<slug>.md, heading written `## Title { #heading }`. */
export type GuideAnchor = { readonly slug: string; readonly heading: string };

/** One sub-result of a rule, such as one direct-bill requirement met or not. */
export type Detail = { readonly ok: boolean; readonly code: string; readonly params?: Params };

/** What a variant decided; codes are message keys inside the rule's namespace (rule.<id>.<code>). */
export type Outcome = {
  readonly ok: boolean;
  readonly code: string;
  readonly params?: Params;
  readonly remedy?: string;
  readonly doubt?: string;
  readonly confidence?: Confidence;
  readonly details?: readonly Detail[];
};

/** What a predicate sees: the indexed world, the action and the date the rules are read at. */
export type RuleContext<A extends Action = Action> = { readonly ix: WorldIndex; readonly action: A; readonly asOf: IsoDate };

/** One dated version of a rule. Periods of a rule's variants never overlap. */
export type RuleVariant = Period & {
  readonly sources?: readonly string[];
  readonly confidence?: Confidence;
  readonly doubt?: string;
  check(c: RuleContext): Outcome | undefined;
};

/** A rule of the catalog. `messages` lists every code its outcomes use, with the parameters each code's message needs. */
export type Rule = {
  readonly id: string;
  readonly actions: readonly ActionType[];
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  readonly doubt?: string;
  readonly anchor: GuideAnchor;
  readonly messages: Readonly<Record<string, readonly string[]>>;
  /** Parameters every message of the rule may use, such as the date a rule changed. */
  readonly constants?: Params;
  readonly variants: readonly RuleVariant[];
};

/** The rules, with the lookups evaluation needs. */
export type Catalog = {
  readonly rules: readonly Rule[];
  readonly byId: ReadonlyMap<string, Rule>;
  readonly byAction: ReadonlyMap<ActionType, readonly Rule[]>;
};

/** Whether a rule passed or failed. */
export type RuleOutcome = "passed" | "failed";

/** One rule's part in a verdict. `inForce` is null when no variant is in force on the date but another date's would matter. */
export type TraceEntry = {
  readonly rule: string;
  readonly outcome: RuleOutcome;
  readonly title: string;
  readonly message: MessageRef;
  readonly remedy?: MessageRef;
  readonly details?: readonly { readonly outcome: RuleOutcome; readonly message: MessageRef }[];
  readonly sources: readonly string[];
  readonly anchor: GuideAnchor;
  readonly confidence: Confidence;
  readonly doubt?: MessageRef;
  readonly inForce: Period | null;
  readonly alternatives?: readonly (Period & { readonly outcome: RuleOutcome })[];
};

/** The engine's answer for one action on one date. */
export type Verdict = {
  readonly verdict: "allowed" | "denied";
  readonly action: ActionType;
  readonly asOf: IsoDate;
  readonly failed: readonly string[];
  readonly dependsOnDate: boolean;
  readonly confidence: Confidence;
  readonly trace: readonly TraceEntry[];
};

/** Builds the lookups of a catalog. */
export function compileCatalog(rules: readonly Rule[]): Catalog {
  const byAction = new Map<ActionType, Rule[]>();
  for (const rule of rules) {
    for (const type of rule.actions) {
      const list = byAction.get(type);
      if (list) list.push(rule);
      else byAction.set(type, [rule]);
    }
  }
  return { rules, byId: new Map(rules.map((r) => [r.id, r])), byAction };
}

/**
 * Helpers for writing rules: defineRule checks at compile time that sources exist, that every code an
 * outcome uses is declared in `messages`, and narrows the action a predicate sees to the rule's action types.
 *
 *   defineRule({ id: "R15", actions: ["acceptPartnership"], messages: { sameRegion: ["region"] }, check: (c) => pass("sameRegion", ...) })
 */
import type { ActionOf, ActionType, Confidence, GuideAnchor, Outcome, Params, Period, Rule, RuleContext } from "../engine/index.ts";
import type { SourceId } from "./sources.ts";

type Messages = Readonly<Record<string, readonly string[]>>;
type Code<M> = keyof M & string;

/** An outcome whose codes are declared in the rule's messages. */
export type TypedOutcome<M> = Outcome & {
  readonly code: Code<M>;
  readonly remedy?: Code<M>;
  readonly doubt?: Code<M>;
  readonly details?: readonly { readonly ok: boolean; readonly code: Code<M>; readonly params?: Params }[];
};

type Check<T extends ActionType, M> = (c: RuleContext<ActionOf<T>>) => TypedOutcome<M> | undefined;

type VariantDef<T extends ActionType, M> = Period & {
  readonly sources?: readonly SourceId[];
  readonly confidence?: Confidence;
  readonly doubt?: Code<M>;
  readonly check: Check<T, M>;
};

type RuleDef<T extends ActionType, M extends Messages> = {
  readonly id: `R${number}`;
  readonly actions: readonly T[];
  readonly sources: readonly SourceId[];
  readonly confidence: Confidence;
  readonly doubt?: Code<M>;
  readonly anchor: GuideAnchor;
  readonly messages: M;
  readonly constants?: Params;
} & ({ readonly check: Check<T, M> } | { readonly variants: readonly VariantDef<T, M>[] });

/** Defines a rule: one predicate (`check`) or dated variants. */
export function defineRule<const T extends ActionType, const M extends Messages>(def: RuleDef<T, M>): Rule {
  const variants = "variants" in def ? def.variants : [{ check: def.check }];
  return {
    id: def.id,
    actions: def.actions,
    sources: def.sources,
    confidence: def.confidence,
    ...(def.doubt ? { doubt: def.doubt } : {}),
    anchor: def.anchor,
    messages: def.messages,
    ...(def.constants ? { constants: def.constants } : {}),
    // The engine only calls a predicate for the rule's own action types, so the narrower action type holds.
    variants: variants.map((v) => ({ ...v, check: v.check as Rule["variants"][number]["check"] })),
  };
}

type Base<C extends string> = { readonly ok: boolean; readonly code: C; readonly params?: Params };

/** A passing outcome, with the code of a doubt note when the answer is not firm. */
export function pass<const C extends string, const D extends string = never>(code: C, params?: Params, doubt?: D): Base<C> & { readonly doubt?: D } {
  return { ok: true, code, ...(params ? { params } : {}), ...(doubt ? { doubt } : {}) };
}

/** A failing outcome, with the code of the remedy message when the rules say how to get to "allowed". */
export function fail<const C extends string, const R extends string = never>(code: C, params?: Params, remedy?: R): Base<C> & { readonly remedy?: R } {
  return { ok: false, code, ...(params ? { params } : {}), ...(remedy ? { remedy } : {}) };
}

/** One check of several inside a rule. */
export function check<const C extends string>(ok: boolean, code: C, params?: Params): Base<C> {
  return { ok, code, ...(params ? { params } : {}) };
}

/** The first failing check, carrying every check as details; or a pass when all hold. */
export function allOf<const C extends string, const P extends string>(
  passCode: P,
  checks: readonly Base<C>[],
  params?: Params,
): Base<C | P> & { readonly details: readonly Base<C>[] } {
  // Every detail's message may use the rule's shared parameters too.
  const details = checks.map((c) => ({ ...c, params: { ...params, ...c.params } }));
  const failed = details.find((x) => !x.ok);
  return failed
    ? { ok: false, code: failed.code, params: failed.params, details }
    : { ok: true, code: passCode, ...(params ? { params } : {}), details };
}

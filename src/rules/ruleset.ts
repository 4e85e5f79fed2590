/**
 * The version of the rules the decision tool judges by, and the date they are as of. Shared links record the
 * version (?v=1), so a link made before the rules or the questions changed can say so when it is opened.
 * Raise the version when a change to the rule catalog, the engine's dates or src/rules/decision-tree.ts can
 * change the result of an existing link; move `asOf` when the rules are reviewed again.
 *
 *   { version: 1, asOf: "2026-11-24" }
 */

/** The decision tool's current ruleset: its version number and the date its rules are as of. */
export const ruleset = { version: 1, asOf: "2026-11-24" } as const satisfies { version: number; asOf: string };

/** The shape of a ruleset. */
export type Ruleset = { readonly version: number; readonly asOf: string };

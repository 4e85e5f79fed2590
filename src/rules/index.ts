/**
 * The public face of the rules: the catalog, the engine bound to it, and recommendRole.
 * Callers that want answers import from here; see src/engine/index.ts for the dependency direction.
 * The source list (./sources.ts) and the guide-anchor list (./anchors.ts) are imported from their own files,
 * so that the engine bundle carries only the source ids and anchors the rules use.
 *
 *   import { evaluate } from "../rules/index.ts";  evaluate(world, { type: "placeOrder", ... }, "2021-10-01")
 */
import { createEngine } from "../engine/index.ts";
import { rules } from "./catalog.ts";

export * from "../engine/index.ts";
export { rules } from "./catalog.ts";
export type { GuideSlug } from "./anchors.ts";
export type { Source, SourceId } from "./sources.ts";
export { directBillChecks, directBillRuleSets, type DirectBillRuleSet, type RequirementCode } from "./direct-bill.ts";
export { taskRoles } from "./admin-access.ts";
export { recommendRole, type Blocker, type RoleAdvice, type RoleAssessment } from "./recommend-role.ts";

// evaluate, apply and runScenario below take the place of the engine's catalog-taking functions of the same names.

/** The engine bound to the CSP rule catalog. */
export const engine = createEngine(rules);

/** The catalog with its lookups. */
export const catalog = engine.catalog;

/** Judges an action against a world on a date: allowed or denied, with the trace of every rule that applied. */
export const evaluate = engine.evaluate;

/** Judges an action and, when allowed, returns the next world and what changed. */
export const apply = engine.apply;

/** Validates and plays a scenario file (parsed JSON); the command line and the fixture tests use this. */
export const runScenario = engine.runScenario;

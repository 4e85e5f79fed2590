/**
 * The public face of the rules engine: pure, synchronous, dated machinery with no display text.
 *
 * Dependency direction: src/engine imports nothing outside itself. src/rules imports src/engine (this file
 * only) to define the catalog, and src/rules/index.ts binds the engine to it (createEngine) and adds
 * recommendRole. Everything else (islands, MDX components, bin/scenario.ts, tests) imports src/rules/index.ts
 * for the bound functions, or this file for types and catalog-independent tools (validation, indexes, JSON Schema).
 */
export * from "./action-schema.ts";
export * from "./apply.ts";
export * from "./calendar.ts";
export * from "./dates.ts";
export * from "./display-names.ts";
export * from "./draft.ts";
export * from "./engine.ts";
export * from "./evaluate.ts";
export * from "./facts.ts";
export * from "./json-schema.ts";
export * from "./problems.ts";
export * from "./profile-schema.ts";
export * from "./rule-types.ts";
export * from "./scenario-run.ts";
export * from "./scenario-schema.ts";
export * from "./validate.ts";
export * from "./world-index.ts";
export * from "./world-schema.ts";
export type { Infer, Schema } from "./schema.ts";

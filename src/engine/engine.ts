/**
 * An engine bound to one rule catalog: the functions callers use, without passing the catalog each time.
 *
 *   const engine = createEngine(rules);  engine.evaluate(world, action, "2021-10-01")
 */
import type { Action } from "./action-schema.ts";
import { apply, type Applied } from "./apply.ts";
import type { IsoDate } from "./dates.ts";
import { evaluate } from "./evaluate.ts";
import { compileCatalog, type Catalog, type Rule, type Verdict } from "./rule-types.ts";
import { runScenario, type RunOptions, type ScenarioReport } from "./scenario-run.ts";
import type { World } from "./world-schema.ts";

/** The engine's functions for one catalog. */
export type Engine = {
  readonly catalog: Catalog;
  /** Judges an action on a date. */
  evaluate(world: World, action: Action, asOf: IsoDate): Verdict;
  /** Judges an action and, if allowed, returns the next world. */
  apply(world: World, action: Action, asOf: IsoDate): Applied;
  /** Validates and plays a scenario file (parsed JSON). */
  runScenario(input: unknown, options?: RunOptions): ScenarioReport;
};

/** Binds the engine to a list of rules. */
export function createEngine(rules: readonly Rule[]): Engine {
  const catalog = compileCatalog(rules);
  return {
    catalog,
    evaluate: (world, action, asOf) => evaluate(catalog, world, action, asOf),
    apply: (world, action, asOf) => apply(catalog, world, action, asOf),
    runScenario: (input, options) => runScenario(catalog, input, options),
  };
}

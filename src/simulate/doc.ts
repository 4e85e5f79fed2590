/**
 * What the simulator edits: a starting world and the actions played on it, with an optional title.
 * With a date it is a scenario file (version 1); `expect` is not kept, since the simulator shows the verdicts.
 *
 *   { title: "Two-tier order", world: { organisations: [...], tenants: [...] }, actions: [{ type: "placeOrder", ... }] }
 */
import { scenarioVersion, type Action, type IsoDate, type Scenario, type World } from "../engine/index.ts";

/** The world and the actions played on it. */
export type SimDoc = {
  readonly title?: string;
  readonly description?: string;
  readonly world: World;
  readonly actions: readonly Action[];
};

/** A world with nothing in it. */
export const emptyWorld: World = {
  organisations: [],
  tenants: [],
  partnerships: [],
  resellerRelationships: [],
  adminRelationships: [],
  subscriptions: [],
  transferRequests: [],
};

/** The document of a scenario. */
export function docOf(scenario: Scenario): SimDoc {
  return {
    ...(scenario.title === undefined ? {} : { title: scenario.title }),
    ...(scenario.description === undefined ? {} : { description: scenario.description }),
    world: scenario.world,
    actions: scenario.actions,
  };
}

/** The scenario file of a document judged on a date. */
export function scenarioOf(doc: SimDoc, asOf: IsoDate): Scenario {
  return {
    version: scenarioVersion,
    ...(doc.title === undefined ? {} : { title: doc.title }),
    ...(doc.description === undefined ? {} : { description: doc.description }),
    asOf,
    world: doc.world,
    actions: doc.actions,
  };
}

/**
 * The scenario file, version 1: a world, the date its rules are read at, actions to play in order and,
 * optionally, what each action is expected to give.
 *
 *   { "version": 1, "asOf": "2021-10-01", "world": {...}, "actions": [{ "type": "placeOrder", ... }],
 *     "expect": [{ "verdict": "denied", "failed": ["R20"] }] }
 */
import { actionSchema } from "./action-schema.ts";
import { toJsonSchema } from "./json-schema.ts";
import { array, bool, date, literal, nullable, object, oneOf, optional, text, type Infer, type Schema } from "./schema.ts";
import { worldSchema } from "./world-schema.ts";

/** The scenario format version this engine reads. */
export const scenarioVersion = 1;

const ruleId = (): Schema<string> => ({ k: "string", pattern: "^R[1-9][0-9]*$", problem: "problem.badRuleId" });

/** What an action is expected to give: the verdict, optionally rules that must be among the failed ones, and whether it depends on the date. */
export const expectationSchema = object(
  {
    verdict: oneOf(["allowed", "denied"]),
    failed: optional(array(ruleId())),
    dependsOnDate: optional(bool()),
    note: optional(text()),
  },
  "Expectation",
);

/** The whole scenario file. */
export const scenarioSchema = object(
  {
    $schema: optional(text()),
    version: literal(scenarioVersion),
    title: optional(text()),
    description: optional(text()),
    asOf: date(),
    world: worldSchema,
    actions: array(actionSchema),
    expect: optional(array(nullable(expectationSchema))),
  },
  "Scenario",
);

/** What an action is expected to give. */
export type Expectation = Infer<typeof expectationSchema>;

/** A parsed, valid scenario. */
export type Scenario = Infer<typeof scenarioSchema>;

/** The JSON Schema of the scenario format, as published in public/schemas/scenario-v1.schema.json. */
export function scenarioJsonSchema(): Readonly<Record<string, unknown>> {
  return toJsonSchema(scenarioSchema, "Partner Paths scenario, version 1");
}

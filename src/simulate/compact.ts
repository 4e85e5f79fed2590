/**
 * Leaves out the fields whose value is their schema default, so shared links and exported files hold
 * only what someone chose; reading them back fills the defaults in again.
 *
 *   withoutDefaults(tenantSchema, { id: "C1", cloud: "commercial", enrolments: [], ... }) → { id: "C1", ... }
 */
import { scenarioSchema, type Scenario, type Schema } from "../engine/index.ts";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A copy of a value without the fields that equal their default under the schema node. */
export function withoutDefaults(node: Schema<unknown>, value: unknown): unknown {
  if (node.k === "array" && Array.isArray(value)) return value.map((item) => withoutDefaults(node.item, item));
  if (node.k === "nullable") return value === null ? null : withoutDefaults(node.inner, value);
  if (node.k === "union" && isRecord(value)) {
    const tag = value[node.tag];
    const shape = typeof tag === "string" && Object.hasOwn(node.cases, tag) ? node.cases[tag] : undefined;
    return shape ? withoutDefaults(shape, value) : value;
  }
  if (node.k !== "object" || !isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const field = Object.hasOwn(node.fields, key) ? node.fields[key] : undefined;
    if (field?.presence === "default" && JSON.stringify(item) === JSON.stringify(field.def)) continue;
    out[key] = field ? withoutDefaults(field.node, item) : item;
  }
  return out;
}

/** A scenario without its default values. */
export function compactScenario(scenario: Scenario): Scenario {
  return withoutDefaults(scenarioSchema, scenario) as Scenario;
}

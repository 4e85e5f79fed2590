/**
 * Writes the JSON Schema (draft-07) of a schema node, so editors can check scenario files as users type.
 * public/schemas/scenario-v1.schema.json is this output for the scenario schema; a test keeps the two equal.
 *
 *   toJsonSchema(scenarioSchema, "Scenario") → { $schema, title, type: "object", properties: {...}, definitions: {...} }
 */
import type { Field, Node, ObjectNode } from "./schema.ts";
import { idPattern } from "./schema.ts";

type Json = { readonly [key: string]: unknown };

/** The JSON Schema of a node; named nodes become definitions. */
export function toJsonSchema(root: Node, title: string): Json {
  const definitions: Record<string, Json> = {};

  const objectBody = (node: ObjectNode, tag?: [string, string]): Json => {
    const properties: Record<string, Json> = tag ? { [tag[0]]: { const: tag[1] } } : {};
    const required: string[] = tag ? [tag[0]] : [];
    for (const [key, field] of Object.entries(node.fields) as [string, Field][]) {
      properties[key] = field.presence === "default" ? { ...gen(field.node), default: field.def } : gen(field.node);
      if (field.presence === "required") required.push(key);
    }
    return { type: "object", properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
  };

  const body = (node: Node): Json => {
    switch (node.k) {
      case "object":
        return objectBody(node);
      case "string":
        return { type: "string", ...(node.pattern === undefined ? {} : { pattern: node.pattern }) };
      case "date":
        return { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };
      case "number":
        return {
          type: node.integer ? "integer" : "number",
          ...(node.min === undefined ? {} : { minimum: node.min }),
          ...(node.max === undefined ? {} : { maximum: node.max }),
        };
      case "boolean":
        return { type: "boolean" };
      case "enum":
        return { type: "string", enum: node.values };
      case "const":
        return { const: node.value };
      case "array":
        return { type: "array", items: gen(node.item), ...(node.max === undefined ? {} : { maxItems: node.max }) };
      case "nullable":
        return { anyOf: [gen(node.inner), { type: "null" }] };
      case "ref":
        return { type: "string", pattern: idPattern };
      case "union": {
        const refs = Object.entries(node.cases).map(([tag, c]) => {
          const name = c.name ?? tag;
          definitions[name] ??= objectBody(c, [node.tag, tag]);
          return { $ref: `#/definitions/${name}` };
        });
        return { type: "object", required: [node.tag], properties: { [node.tag]: { enum: Object.keys(node.cases) } }, oneOf: refs };
      }
    }
  };

  const gen = (node: Node): Json => {
    if (node.name === undefined || node === root) return body(node);
    definitions[node.name] ??= body(node);
    return { $ref: `#/definitions/${node.name}` };
  };

  const top = body(root);
  return { $schema: "http://json-schema.org/draft-07/schema#", title, ...top, definitions };
}

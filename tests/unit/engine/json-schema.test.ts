import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../../src/rules/index.ts";

const published = join(import.meta.dirname, "../../../public/schemas/scenario-v1.schema.json");

describe("the published JSON Schema", () => {
  it("matches the schema the engine validates with (regenerate: node bin/scenario.ts --schema)", () => {
    expect(JSON.parse(readFileSync(published, "utf8"))).toEqual(scenarioJsonSchema());
  });

  it("describes every action type as its own definition", () => {
    const schema = scenarioJsonSchema() as { definitions: Record<string, { properties?: Record<string, unknown> }> };
    expect(schema.definitions["action.placeOrder"]?.properties?.["type"]).toEqual({ const: "placeOrder" });
    expect(Object.keys(schema.definitions).filter((k) => k.startsWith("action.")).length).toBe(31);
  });
});

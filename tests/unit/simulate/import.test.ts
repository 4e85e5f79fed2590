import { describe, expect, it } from "vitest";
import { limits } from "../../../src/simulate/limits.ts";
import { readScenarioText } from "../../../src/simulate/read-scenario.ts";
import { readScenarioFile, scenarioFileName, scenarioFileText, type FileLike } from "../../../src/simulate/scenario-file.ts";
import { sample } from "./fixtures.ts";

const file = (text: string): FileLike => ({ size: new TextEncoder().encode(text).length, text: async () => text });
const problemsOf = async (f: FileLike) => {
  const result = await readScenarioFile(f);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
};

describe("importing a scenario file", () => {
  it("reads an exported file back to the same scenario", async () => {
    const scenario = sample("SC-23");
    const text = scenarioFileText(scenario, "https://example.org/schemas/scenario-v1.schema.json");
    expect(JSON.parse(text).$schema).toBe("https://example.org/schemas/scenario-v1.schema.json");
    const result = await readScenarioFile(file(text));
    expect(result.ok && { ...result.scenario, $schema: undefined }).toEqual({ ...scenario, $schema: undefined });
  });

  it("refuses a file of another format version with the path of the version", async () => {
    const problems = await problemsOf(file(JSON.stringify({ ...sample("SC-02"), version: 2 })));
    expect(problems).toEqual([{ path: "$.version", key: "problem.wrongVersion", params: { value: "2", supported: 1 } }]);
  });

  it("reports every id that points at nothing, each at its JSON path", async () => {
    const scenario = structuredClone(sample("SC-02")) as unknown as { world: { partnerships: { provider: string }[] }; actions: { customer: string }[] };
    scenario.world.partnerships[0]!.provider = "P9";
    scenario.actions[0]!.customer = "C9";
    const problems = await problemsOf(file(JSON.stringify(scenario)));
    expect(problems.map((p) => [p.path, p.key])).toEqual([
      ["$.world.partnerships[0].provider", "problem.unknownReference"],
      ["$.actions[0].customer", "problem.unknownReference"],
    ]);
  });

  it("refuses a 50 MB file by its size, without reading it", async () => {
    const huge: FileLike = { size: 50 * 1024 * 1024, text: () => Promise.reject(new Error("a 50 MB file must not be read")) };
    const problems = await problemsOf(huge);
    expect(problems).toEqual([{ path: "$", key: "sim.problem.fileTooLarge", params: { size: 52.4, max: 1 } }]);
  });

  it("refuses deeply nested JSON before parsing it", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(await problemsOf(file(deep))).toEqual([{ path: "$", key: "sim.problem.tooDeep", params: { max: limits.depth } }]);
    let nested: unknown = [];
    for (let i = 0; i < 25; i++) nested = [nested];
    const nestedInWorld = JSON.stringify({ ...sample("SC-02"), world: { organisations: nested, tenants: [] } });
    expect((await problemsOf(file(nestedInWorld))).map((p) => p.key)).toEqual(["sim.problem.tooDeep"]);
  });

  it("counts brackets inside strings as text, not as nesting", () => {
    const scenario = { ...sample("SC-01"), title: "[".repeat(500) };
    expect(readScenarioText(JSON.stringify(scenario)).ok).toBe(true);
  });

  it("keeps HTML in names as plain text: the scenario is valid and the name is exactly what was written", async () => {
    const scenario = structuredClone(sample("SC-01")) as unknown as { world: { organisations: { name?: string }[] } };
    const html = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
    scenario.world.organisations[0]!.name = html;
    const result = await readScenarioFile(file(JSON.stringify(scenario)));
    expect(result.ok && result.scenario.world.organisations[0]?.name).toBe(html);
  });

  it("reports text that is not JSON, JSON that is not an object, and a file that cannot be read", async () => {
    expect((await problemsOf(file("{\"version\": 1,"))).map((p) => p.key)).toEqual(["problem.invalidJson"]);
    expect((await problemsOf(file("[1, 2]"))).map((p) => [p.path, p.key])).toEqual([["$", "problem.wrongType"]]);
    const broken: FileLike = { size: 10, text: () => Promise.reject(new Error("disk error")) };
    expect(await problemsOf(broken)).toEqual([{ path: "$", key: "problem.unreadable", params: { detail: "disk error" } }]);
  });

  it("refuses scenario text longer than the limit even when the file size was not known", () => {
    const result = readScenarioText(" ".repeat(limits.jsonChars + 1));
    expect(result.ok ? [] : result.problems.map((p) => p.key)).toEqual(["sim.problem.tooLarge"]);
  });
});

describe("exported files", () => {
  it("leave out default values and are named after the title", () => {
    const text = scenarioFileText(sample("SC-02"));
    expect(text).not.toContain('"azureExpertMsp"');
    expect(text).not.toContain('"$schema"');
    expect(scenarioFileName("Zwei Stufen: Bestellung über Anbieter")).toBe("zwei-stufen-bestellung-uber-anbieter.json");
    expect(scenarioFileName(undefined)).toBe("scenario.json");
  });
});

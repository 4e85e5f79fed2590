/** The guides' worked examples: real scenario files the engine plays, the same in every locale, allowed and denied. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { load as parseYaml } from "js-yaml";
import { playExample } from "../../../src/guides/examples.ts";
import { locales } from "../../../src/i18n/locales.ts";

const guidesDir = fileURLToPath(new URL("../../../content/guides/", import.meta.url));
const examplesDir = fileURLToPath(new URL("../../../content/examples/", import.meta.url));
/** The ```engine-example blocks of a guide, their YAML read. */
const examplesOf = (locale: string, slug: string) =>
  [...readFileSync(`${guidesDir}${locale}/${slug}.md`, "utf8").matchAll(/^```engine-example\n([\s\S]*?)^```$/gm)].map(
    (m) => parseYaml(m[1]!) as { name: string; steps: string[] },
  );
const examplesIn = (locale: string, slug: string) => examplesOf(locale, slug).map((e) => e.name);
const stepsIn = (locale: string, slug: string) => examplesOf(locale, slug).map((e) => e.steps.length);

const withExamples = ["two-tier-model", "multi-partner", "multichannel", "buying-from-other-partners"];

describe("worked examples", () => {
  it.each(readdirSync(examplesDir).map((f) => f.replace(/\.json$/, "")))("%s plays through the engine as its file expects", (name) => {
    const example = playExample(name);
    expect(example.steps.length).toBeGreaterThan(0);
    for (const step of example.steps) expect(step.met).toBe(true);
  });

  it.each(withExamples)("%s shows at least one allowed and one denied example", (slug) => {
    const verdicts = examplesIn("en", slug).flatMap((name) => playExample(name).steps.map((s) => s.verdict.verdict));
    expect(verdicts).toContain("allowed");
    expect(verdicts).toContain("denied");
  });

  describe.each(locales.map((l) => l.code))("in %s", (locale) => {
    it.each(withExamples)("%s has the same examples as English, each describing every step", (slug) => {
      expect(examplesIn(locale, slug)).toEqual(examplesIn("en", slug));
      expect(stepsIn(locale, slug)).toEqual(examplesIn("en", slug).map((name) => playExample(name).steps.length));
    });
  });

  it("refuses an example that does not exist, naming the file", () => {
    expect(() => playExample("no-such-example")).toThrow("content/examples/no-such-example.json: no such example");
  });
});

/**
 * Checks on the content files themselves: every locale mirrors English, heading for heading, in the guides and in
 * the reference pages; and the scenario-format reference agrees with the engine's own description of the format.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildReferenceCatalog } from "../../../src/guides/reference.ts";
import { locales } from "../../../src/i18n/locales.ts";
import { runScenario, scenarioJsonSchema } from "../../../src/rules/index.ts";

const contentRoot = fileURLToPath(new URL("../../../content/", import.meta.url));
/** Guides are Markdown; reference pages are MDX. */
const extOf = (collection: string) => (collection === "guides" ? ".md" : ".mdx");
const read = (collection: string, code: string, slug: string) => readFileSync(`${contentRoot}${collection}/${code}/${slug}${extOf(collection)}`, "utf8");
const slugsOf = (collection: string, code: string) =>
  readdirSync(`${contentRoot}${collection}/${code}`).filter((f) => f.endsWith(extOf(collection))).map((f) => f.slice(0, -extOf(collection).length)).sort();
const headingIds = (collection: string, code: string, slug: string) =>
  [...read(collection, code, slug).matchAll(/^#{2,6} .*\{ ?#([a-z0-9-]+) ?\}\s*$/gm)].map((m) => m[1]);
const headingsWithoutId = (collection: string, code: string, slug: string) =>
  read(collection, code, slug).split("\n").filter((line) => /^#{2,6} /.test(line) && !/\{ ?#[a-z0-9-]+ ?\}\s*$/.test(line));

/** Every locale has exactly the English slugs, and every page the English heading ids in the English order. */
function mirrorsEnglish(collection: string) {
  const english = slugsOf(collection, "en");
  describe.each(locales.map((l) => l.code))("in %s", (code) => {
    it("exist for every English page and no other", () => {
      expect(slugsOf(collection, code)).toEqual(english);
    });

    it.each(english)("%s gives every heading an explicit id, the same ids in the same order as English", (slug) => {
      expect(headingsWithoutId(collection, code, slug)).toEqual([]);
      const ids = headingIds(collection, code, slug);
      expect(new Set(ids).size, "duplicate heading id").toBe(ids.length);
      expect(ids).toEqual(headingIds(collection, "en", slug));
    });
  });
}

describe("the guides", () => {
  it("include the nine guides of the site", () => {
    expect(slugsOf("guides", "en")).toEqual([
      "buying-from-other-partners",
      "glossary",
      "indirect-providers",
      "indirect-resellers",
      "multi-partner",
      "multichannel",
      "national-clouds",
      "two-tier-model",
      "ways-to-work-together",
    ]);
  });

  mirrorsEnglish("guides");
});

describe("the reference pages", () => {
  it("include the scenario file format", () => {
    expect(slugsOf("reference", "en")).toEqual(["scenario-format"]);
  });

  it("are tracked like the guides: translation status, and missing translations named by file", () => {
    const data = { title: "T", description: "A description long enough to pass the schema's minimum length.", lastReviewed: new Date("2026-11-24") };
    const catalog = buildReferenceCatalog([
      { id: "en/b", data: { ...data, version: 2 } }, { id: "pl/b", data: { ...data, sourceVersion: 1 } }, { id: "de/b", data: { ...data, sourceVersion: 2 } },
      { id: "en/a", data: { ...data, version: 1 } }, { id: "pl/a", data: { ...data, sourceVersion: 1 } }, { id: "de/a", data: { ...data, sourceVersion: 1 } },
    ]);
    expect(catalog.pl.map((p) => [p.slug, p.status])).toEqual([["a", "current"], ["b", "behind"]]);
    expect(catalog.en.map((p) => p.status)).toEqual(["source", "source"]);
    expect(() => buildReferenceCatalog([{ id: "en/a", data: { ...data, version: 1 } }, { id: "pl/a", data: { ...data, sourceVersion: 1 } }])).toThrow(
      "content/reference/de/a.mdx: missing translation of content/reference/en/a.mdx",
    );
  });

  mirrorsEnglish("reference");
});

// Every field name, allowed value and action type of the format, as the engine describes it.
const formatNames = new Set<string>();
(function collect(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(collect);
  if (typeof node !== "object" || node === null) return;
  const o = node as Readonly<Record<string, unknown>>;
  if (typeof o["properties"] === "object" && o["properties"] !== null) for (const key of Object.keys(o["properties"])) formatNames.add(key);
  if (Array.isArray(o["enum"])) for (const value of o["enum"]) formatNames.add(String(value));
  if (typeof o["const"] === "string") formatNames.add(o["const"]);
  Object.values(o).forEach(collect);
})(scenarioJsonSchema());

// Names on the page that are not part of a scenario file: keys of the command line's JSON output, and a region.
const outputNames = new Set(["exitCode", "notMet", "inForce", "united-states"]);

const codeBlocks = (text: string, language: string) =>
  [...text.matchAll(new RegExp("^ *```" + language + "\\n([\\s\\S]*?)^ *```", "gm"))].map((m) => m[1]!);
const inlineCode = (text: string) => new Set([...text.replace(/^ *```[\s\S]*?^ *```/gm, "").matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!));

describe.each(locales.map((l) => l.code))("the scenario format reference in %s", (code) => {
  const page = read("reference", code, "scenario-format");

  it("names every field, allowed value and action type of the format", () => {
    const named = inlineCode(page);
    expect([...formatNames].filter((name) => !named.has(name))).toEqual([]);
  });

  it("names no field or value the format does not have", () => {
    // Identifiers written in camelCase or with hyphens are field names and values; a misspelt one is not in the format.
    const looksLikeName = /^(?:[a-z]+[A-Z][A-Za-z]*|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)$/;
    const unknown = [...inlineCode(page)].filter((token) => looksLikeName.test(token) && !formatNames.has(token) && !outputNames.has(token));
    expect(unknown).toEqual([]);
  });

  it("shows complete scenarios that are valid and give the verdicts they expect", () => {
    const scenarios = codeBlocks(page, "json").flatMap((block) => {
      const value = JSON.parse(block) as Readonly<Record<string, unknown>>;
      return "version" in value ? [value] : [];
    });
    expect(scenarios.length).toBeGreaterThan(0);
    for (const scenario of scenarios) {
      const report = runScenario(scenario);
      expect(report.ok ? report.steps.map((s) => s.mismatches) : report.problems).toEqual(report.ok ? report.steps.map(() => []) : []);
      expect(report.exitCode).toBe(0);
    }
  });
});

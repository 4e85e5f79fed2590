/** Checks on the guide files themselves: every locale mirrors English, heading for heading. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { locales } from "../../../src/i18n/locales.ts";

const root = fileURLToPath(new URL("../../../content/guides/", import.meta.url));
const slugsOf = (code: string) => readdirSync(`${root}${code}`).filter((f) => f.endsWith(".mdx")).map((f) => f.slice(0, -4)).sort();
const headingIds = (code: string, slug: string) =>
  [...readFileSync(`${root}${code}/${slug}.mdx`, "utf8").matchAll(/^#{2,6} .*\{ ?#([a-z0-9-]+) ?\}\s*$/gm)].map((m) => m[1]);
const headingsWithoutId = (code: string, slug: string) =>
  readFileSync(`${root}${code}/${slug}.mdx`, "utf8").split("\n").filter((line) => /^#{2,6} /.test(line) && !/\{ ?#[a-z0-9-]+ ?\}\s*$/.test(line));

const english = slugsOf("en");

describe("the guides", () => {
  it("include the nine guides of the site", () => {
    expect(english).toEqual([
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

  describe.each(locales.map((l) => l.code))("in %s", (code) => {
    it("exist for every English guide and no other", () => {
      expect(slugsOf(code)).toEqual(english);
    });

    it.each(english)("%s gives every heading an explicit id, the same ids in the same order as English", (slug) => {
      expect(headingsWithoutId(code, slug)).toEqual([]);
      const ids = headingIds(code, slug);
      expect(new Set(ids).size, "duplicate heading id").toBe(ids.length);
      expect(ids).toEqual(headingIds("en", slug));
    });
  });
});

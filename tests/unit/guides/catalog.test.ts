import { describe, expect, it } from "vitest";
import { buildGuideCatalog, neighbours, sidebarWindow, type GuideEntryLike } from "../../../src/guides/catalog.ts";
import type { GuideData } from "../../../src/guides/schema.ts";

const base: GuideData = {
  title: "T",
  description: "A description long enough to pass the schema's minimum length.",
  sidebar: { order: 1 },
  lastReviewed: new Date("2026-11-24"),
  rulesAsOf: new Date("2026-11-24"),
  sources: ["S1"],
  roles: ["indirect-reseller"],
};

const guide = (id: string, data: Partial<GuideData>): GuideEntryLike => ({ id, data: { ...base, ...data } });

/** One slug in all three locales, English at version 2. */
const trio = (slug: string, order: number, plVersion = 2, deVersion = 2) => [
  guide(`en/${slug}`, { version: 2, sidebar: { order } }),
  guide(`pl/${slug}`, { sourceVersion: plVersion, sidebar: { order } }),
  guide(`de/${slug}`, { sourceVersion: deVersion, sidebar: { order } }),
];

describe("the guide catalog", () => {
  it("orders guides by sidebar position in every locale", () => {
    const catalog = buildGuideCatalog([...trio("b", 2), ...trio("a", 1), ...trio("c", 3)]);
    expect(catalog.pl.map((g) => g.slug)).toEqual(["a", "b", "c"]);
    expect(neighbours(catalog.pl, "b")).toMatchObject({ previous: { slug: "a" }, next: { slug: "c" } });
    expect(neighbours(catalog.pl, "a").previous).toBeUndefined();
  });

  it("marks a translation made from an older English version as behind", () => {
    const catalog = buildGuideCatalog(trio("a", 1, 1, 2));
    expect(catalog.en[0]!.status).toBe("source");
    expect(catalog.pl[0]!.status).toBe("behind");
    expect(catalog.de[0]!.status).toBe("current");
  });

  it("fails naming the file when a locale lacks a guide", () => {
    const entries = trio("a", 1).filter((e) => e.id !== "de/a");
    expect(() => buildGuideCatalog(entries)).toThrow("content/guides/de/a.md: missing translation of content/guides/en/a.md");
  });

  it("fails naming the file and field when a translation records an unknown English version", () => {
    expect(() => buildGuideCatalog(trio("a", 1, 3))).toThrow(/content\/guides\/pl\/a\.md: field "sourceVersion" is 3, an English version that does not exist/);
  });

  it("fails when a translation does not say which English version it was made from", () => {
    const entries = [...trio("a", 1).filter((e) => e.id !== "pl/a"), guide("pl/a", { sidebar: { order: 1 } })];
    expect(() => buildGuideCatalog(entries)).toThrow(/content\/guides\/pl\/a\.md: field "sourceVersion" is required/);
  });

  it("fails when an English guide has no version, or a translation has no English original", () => {
    expect(() => buildGuideCatalog([guide("en/a", {}), guide("pl/a", { sourceVersion: 1 }), guide("de/a", { sourceVersion: 1 })])).toThrow(
      /content\/guides\/en\/a\.md: field "version" is required/,
    );
    expect(() => buildGuideCatalog([...trio("a", 1), guide("de/z", { sourceVersion: 1 })])).toThrow(/content\/guides\/de\/z\.md: there is no English guide/);
  });

  it("fails when a translation sits at another sidebar position than its English guide", () => {
    const entries = [...trio("a", 1).filter((e) => e.id !== "de/a"), guide("de/a", { sourceVersion: 2, sidebar: { order: 5 } })];
    expect(() => buildGuideCatalog(entries)).toThrow(/field "sidebar.order" is 5 but the English guide has 1/);
  });

  it("lists every problem at once", () => {
    const entries = [guide("en/a", { version: 1 })];
    expect(() => buildGuideCatalog(entries)).toThrow(/pl\/a\.md[\s\S]*de\/a\.md/);
  });
});

describe("the sidebar of a long section", () => {
  const many = Array.from({ length: 40 }, (_, i) => ({ slug: `g${i}` }));

  it("lists every guide of a section no longer than the limit", () => {
    expect(sidebarWindow(many.slice(0, 9), "g3", 25)).toEqual({ start: 0, guides: many.slice(0, 9), total: 9 });
  });

  it("lists the guides around the current one in a longer section, and says how many there are", () => {
    expect(sidebarWindow(many, "g20", 5)).toEqual({ start: 18, guides: many.slice(18, 23), total: 40 });
  });

  it("keeps the stretch inside the section at its first and last guides", () => {
    expect(sidebarWindow(many, "g0", 5).guides.map((g) => g.slug)).toEqual(["g0", "g1", "g2", "g3", "g4"]);
    expect(sidebarWindow(many, "g39", 5)).toMatchObject({ start: 35, total: 40 });
  });
});

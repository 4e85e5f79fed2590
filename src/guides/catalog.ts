/**
 * The guide catalog: guides grouped by locale, in reading order, with their translation status.
 * Pure: it takes the collection entries as plain data, so tests can feed it made-up entries.
 *
 *   entries: [{ id: "pl/two-tier-model", data: { sidebar: { order: 2 }, sourceVersion: 1, … } }, …]
 *   → { en: [GuideInfo…], pl: [GuideInfo…], de: [GuideInfo…] }
 */
import type { Locale } from "../i18n/locales.ts";
import type { GuideData } from "./schema.ts";
import { pagesByLocale, type EntryLike, type PageInfo, type TranslationCheck } from "./translations.ts";

/** A guide entry as the content collection gives it. */
export type GuideEntryLike = EntryLike<GuideData>;

/** One guide in one locale, with what navigation needs. */
export type GuideInfo = PageInfo<GuideData>;

/** A problem that stops the build, naming the file and the field. */
export class GuideCatalogError extends Error {
  override name = "GuideCatalogError";
}

const guides = { dir: "content/guides", ext: "md", noun: "guide" } as const;

// A translation sits where its English guide sits in the reading order.
const sameOrder: TranslationCheck<GuideData> = (file, translation, english, problems) => {
  if (translation.sidebar.order !== english.sidebar.order) {
    problems.push(`${file}: field "sidebar.order" is ${translation.sidebar.order} but the English guide has ${english.sidebar.order}`);
  }
};

/** Groups guides by locale in reading order; throws a GuideCatalogError listing every problem found. */
export function buildGuideCatalog(entries: readonly GuideEntryLike[]): Record<Locale, GuideInfo[]> {
  const problems: string[] = [];
  const result = pagesByLocale(entries, guides, problems, sameOrder);
  for (const list of Object.values(result)) {
    list.sort((a, b) => a.data.sidebar.order - b.data.sidebar.order || a.slug.localeCompare(b.slug));
  }
  if (problems.length > 0) throw new GuideCatalogError(`Invalid guides:\n- ${problems.join("\n- ")}`);
  return result;
}

/** The guides before and after one guide in reading order. */
export function neighbours(guides: readonly GuideInfo[], slug: string): { previous?: GuideInfo; next?: GuideInfo } {
  const index = guides.findIndex((g) => g.slug === slug);
  if (index < 0) return {};
  const previous = guides[index - 1];
  const next = guides[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}

/** The most guides a sidebar lists; a longer section lists the ones around the current guide and links to all. */
export const sidebarLimit = 25;

/**
 * The stretch of the reading order a guide's sidebar lists: every guide, or in a section longer than `limit` the
 * `limit` guides around the current one. Listing every guide on every page makes a section of n guides write
 * n² links: 1,000 guides per locale made the sidebar most of each page's HTML, its rendering and its indexing.
 *
 *   sidebarWindow(["a", "b", …, "z"] (26 guides), "m", 5) → { start: 10, guides: ["k", "l", "m", "n", "o"], total: 26 }
 */
export function sidebarWindow<T extends { readonly slug: string }>(guides: readonly T[], slug: string, limit = sidebarLimit): {
  start: number;
  guides: readonly T[];
  total: number;
} {
  if (guides.length <= limit) return { start: 0, guides, total: guides.length };
  const index = Math.max(0, guides.findIndex((g) => g.slug === slug));
  const start = Math.min(Math.max(0, index - Math.floor(limit / 2)), guides.length - limit);
  return { start, guides: guides.slice(start, start + limit), total: guides.length };
}

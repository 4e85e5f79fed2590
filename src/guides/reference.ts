/**
 * The reference catalog: reference pages (content/reference/<locale>/<slug>.mdx) grouped by locale, in slug order
 * so that every locale lists them alike, with their translation status. Pure, like the guide catalog.
 *
 *   entries: [{ id: "de/scenario-format", data: { title: "Format der Szenariodateien", sourceVersion: 1, … } }, …]
 *   → { en: [ReferenceInfo…], pl: [ReferenceInfo…], de: [ReferenceInfo…] }
 */
import type { Locale } from "../i18n/locales.ts";
import type { ReferenceData } from "./schema.ts";
import { pagesByLocale, type EntryLike, type PageInfo } from "./translations.ts";

/** A reference entry as the content collection gives it. */
export type ReferenceEntryLike = EntryLike<ReferenceData>;

/** One reference page in one locale. */
export type ReferenceInfo = PageInfo<ReferenceData>;

/** A problem with the reference pages that stops the build, naming the file and the field. */
export class ReferenceCatalogError extends Error {
  override name = "ReferenceCatalogError";
}

/** Groups reference pages by locale in slug order; throws a ReferenceCatalogError listing every problem found. */
export function buildReferenceCatalog(entries: readonly ReferenceEntryLike[]): Record<Locale, ReferenceInfo[]> {
  const problems: string[] = [];
  const result = pagesByLocale(entries, { dir: "content/reference", ext: "mdx", noun: "reference page" }, problems);
  for (const list of Object.values(result)) list.sort((a, b) => a.slug.localeCompare(b.slug));
  if (problems.length > 0) throw new ReferenceCatalogError(`Invalid reference pages:\n- ${problems.join("\n- ")}`);
  return result;
}

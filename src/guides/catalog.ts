/**
 * The guide catalog: guides grouped by locale, in reading order, with their translation status.
 * Pure: it takes the collection entries as plain data, so tests can feed it made-up entries.
 *
 *   entries: [{ id: "pl/two-tier-model", data: { sidebar: { order: 2 }, sourceVersion: 1, … } }, …]
 *   → { en: [GuideInfo…], pl: [GuideInfo…], de: [GuideInfo…] }
 */
import { locales, defaultLocale, isLocale, type Locale } from "../i18n/locales.ts";
import type { GuideData } from "./schema.ts";

/** A guide entry as the content collection gives it. */
export type GuideEntryLike = { readonly id: string; readonly data: GuideData };

/** Whether a translation matches the current English guide. */
export type TranslationStatus = "source" | "current" | "behind";

/** One guide in one locale, with what navigation needs. */
export type GuideInfo = {
  readonly locale: Locale;
  readonly slug: string;
  readonly data: GuideData;
  readonly status: TranslationStatus;
};

/** A problem that stops the build, naming the file and the field. */
export class GuideCatalogError extends Error {
  override name = "GuideCatalogError";
}

function fileOf(id: string): string {
  return `content/guides/${id}.mdx`;
}

function splitId(id: string): { locale: Locale; slug: string } {
  const [locale, slug, ...rest] = id.split("/");
  if (!isLocale(locale) || !slug || rest.length > 0) {
    throw new GuideCatalogError(
      `${fileOf(id)}: guides must live in content/guides/<locale>/<slug>.mdx with a locale of ${locales.map((l) => l.code).join(", ")}`,
    );
  }
  return { locale, slug };
}

/** Groups guides by locale in reading order; throws a GuideCatalogError listing every problem found. */
export function buildGuideCatalog(entries: readonly GuideEntryLike[]): Record<Locale, GuideInfo[]> {
  const problems: string[] = [];
  const byLocale = new Map<Locale, Map<string, GuideEntryLike>>(locales.map((l) => [l.code, new Map()]));
  for (const entry of entries) {
    const { locale, slug } = splitId(entry.id);
    byLocale.get(locale)!.set(slug, entry);
  }

  const source = byLocale.get(defaultLocale)!;
  for (const [slug, entry] of source) {
    if (entry.data.version === undefined) problems.push(`${fileOf(entry.id)}: field "version" is required in an English guide`);
    if (entry.data.sourceVersion !== undefined) {
      problems.push(`${fileOf(entry.id)}: field "sourceVersion" belongs to translations only`);
    }
    for (const { code } of locales) {
      if (code !== defaultLocale && !byLocale.get(code)!.has(slug)) {
        problems.push(`${fileOf(`${code}/${slug}`)}: missing translation of ${fileOf(entry.id)}`);
      }
    }
  }

  const result = {} as Record<Locale, GuideInfo[]>;
  for (const { code } of locales) {
    const guides: GuideInfo[] = [];
    for (const [slug, entry] of byLocale.get(code)!) {
      const original = source.get(slug);
      if (!original) {
        problems.push(`${fileOf(entry.id)}: there is no English guide ${fileOf(`${defaultLocale}/${slug}`)} to translate`);
        continue;
      }
      guides.push({ locale: code, slug, data: entry.data, status: statusOf(entry, original, problems) });
    }
    guides.sort((a, b) => a.data.sidebar.order - b.data.sidebar.order || a.slug.localeCompare(b.slug));
    result[code] = guides;
  }

  if (problems.length > 0) throw new GuideCatalogError(`Invalid guides:\n- ${problems.join("\n- ")}`);
  return result;
}

function statusOf(entry: GuideEntryLike, original: GuideEntryLike, problems: string[]): TranslationStatus {
  if (entry === original) return "source";
  const { sourceVersion, version, sidebar } = entry.data;
  const current = original.data.version;
  if (version !== undefined) problems.push(`${fileOf(entry.id)}: field "version" belongs to the English guide; use "sourceVersion"`);
  if (sidebar.order !== original.data.sidebar.order) {
    problems.push(`${fileOf(entry.id)}: field "sidebar.order" is ${sidebar.order} but the English guide has ${original.data.sidebar.order}`);
  }
  if (sourceVersion === undefined) {
    problems.push(`${fileOf(entry.id)}: field "sourceVersion" is required: the English version this translation was made from`);
    return "current";
  }
  if (current !== undefined && sourceVersion > current) {
    problems.push(`${fileOf(entry.id)}: field "sourceVersion" is ${sourceVersion}, an English version that does not exist (latest is ${current})`);
  }
  return current !== undefined && sourceVersion < current ? "behind" : "current";
}

/** The guides before and after one guide in reading order. */
export function neighbours(guides: readonly GuideInfo[], slug: string): { previous?: GuideInfo; next?: GuideInfo } {
  const index = guides.findIndex((g) => g.slug === slug);
  if (index < 0) return {};
  const previous = guides[index - 1];
  const next = guides[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}

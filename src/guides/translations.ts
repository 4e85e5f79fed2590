/**
 * Translation tracking shared by every collection of mirrored pages (guides, reference pages): files live in
 * content/<collection>/<locale>/<slug>.<ext>, every locale has every English slug, English pages carry `version`
 * and translations the English `sourceVersion` they were made from. Pure: entries come in as plain data.
 *
 *   pagesByLocale(entries, { dir: "content/reference", ext: "mdx", noun: "reference page" }, problems)
 *   → { en: [{ locale: "en", slug: "scenario-format", status: "source", data }], pl: [… status: "current" …], de: […] }
 */
import { defaultLocale, isLocale, locales, type Locale } from "../i18n/locales.ts";
import type { VersionedData } from "./schema.ts";

/** An entry as a content collection gives it. */
export type EntryLike<D> = { readonly id: string; readonly data: D };

/** Whether a translation matches the current English page. */
export type TranslationStatus = "source" | "current" | "behind";

/** One page in one locale, with its translation status. */
export type PageInfo<D> = {
  readonly locale: Locale;
  readonly slug: string;
  readonly data: D;
  readonly status: TranslationStatus;
};

/** Where a collection's files live, their extension, and what its problems call one page ("guide", "reference page"). */
export type CollectionKind = { readonly dir: string; readonly ext: "md" | "mdx"; readonly noun: string };

/** A check of one translation against its English page that a collection adds (such as the guides' sidebar order). */
export type TranslationCheck<D> = (file: string, translation: D, english: D, problems: string[]) => void;

/** The file an entry id ("pl/two-tier-model") comes from. */
export function fileOf(kind: CollectionKind, id: string): string {
  return `${kind.dir}/${id}.${kind.ext}`;
}

function splitId(kind: CollectionKind, id: string, problems: string[]): { locale: Locale; slug: string } | undefined {
  const [locale, slug, ...rest] = id.split("/");
  if (isLocale(locale) && slug && rest.length === 0) return { locale, slug };
  problems.push(`${fileOf(kind, id)}: ${kind.noun}s must live in ${kind.dir}/<locale>/<slug>.${kind.ext} with a locale of ${locales.map((l) => l.code).join(", ")}`);
  return undefined;
}

function statusOf<D extends VersionedData>(
  kind: CollectionKind, entry: EntryLike<D>, original: EntryLike<D>, problems: string[], check?: TranslationCheck<D>,
): TranslationStatus {
  if (entry === original) return "source";
  const file = fileOf(kind, entry.id);
  const { sourceVersion, version } = entry.data;
  const current = original.data.version;
  if (version !== undefined) problems.push(`${file}: field "version" belongs to the English ${kind.noun}; use "sourceVersion"`);
  check?.(file, entry.data, original.data, problems);
  if (sourceVersion === undefined) {
    problems.push(`${file}: field "sourceVersion" is required: the English version this translation was made from`);
    return "current";
  }
  if (current !== undefined && sourceVersion > current) {
    problems.push(`${file}: field "sourceVersion" is ${sourceVersion}, an English version that does not exist (latest is ${current})`);
  }
  return current !== undefined && sourceVersion < current ? "behind" : "current";
}

/**
 * Groups pages by locale (in the order given) with their translation status, adding to `problems` every missing
 * translation, translation without an English page, misplaced file and misused version field.
 */
export function pagesByLocale<D extends VersionedData>(
  entries: readonly EntryLike<D>[], kind: CollectionKind, problems: string[], check?: TranslationCheck<D>,
): Record<Locale, PageInfo<D>[]> {
  const byLocale = new Map<Locale, Map<string, EntryLike<D>>>(locales.map((l) => [l.code, new Map()]));
  for (const entry of entries) {
    const place = splitId(kind, entry.id, problems);
    if (place) byLocale.get(place.locale)!.set(place.slug, entry);
  }

  const source = byLocale.get(defaultLocale)!;
  for (const [slug, entry] of source) {
    if (entry.data.version === undefined) problems.push(`${fileOf(kind, entry.id)}: field "version" is required in an English ${kind.noun}`);
    if (entry.data.sourceVersion !== undefined) {
      problems.push(`${fileOf(kind, entry.id)}: field "sourceVersion" belongs to translations only`);
    }
    for (const { code } of locales) {
      if (code !== defaultLocale && !byLocale.get(code)!.has(slug)) {
        problems.push(`${fileOf(kind, `${code}/${slug}`)}: missing translation of ${fileOf(kind, entry.id)}`);
      }
    }
  }

  const result = {} as Record<Locale, PageInfo<D>[]>;
  for (const { code } of locales) {
    const pages: PageInfo<D>[] = [];
    for (const [slug, entry] of byLocale.get(code)!) {
      const original = source.get(slug);
      if (!original) {
        problems.push(`${fileOf(kind, entry.id)}: there is no English ${kind.noun} ${fileOf(kind, `${defaultLocale}/${slug}`)} to translate`);
        continue;
      }
      pages.push({ locale: code, slug, data: entry.data, status: statusOf(kind, entry, original, problems, check) });
    }
    result[code] = pages;
  }
  return result;
}

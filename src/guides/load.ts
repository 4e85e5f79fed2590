/** Loads the guide collection once per build and turns it into the catalog. */
import { getCollection } from "astro:content";
import type { Locale } from "../i18n/locales.ts";
import { buildGuideCatalog, type GuideInfo } from "./catalog.ts";

let catalog: Promise<Record<Locale, GuideInfo[]>> | undefined;

/** Every guide, grouped by locale in reading order (validated: the build fails on a missing translation). */
export function loadGuideCatalog(): Promise<Record<Locale, GuideInfo[]>> {
  catalog ??= getCollection("guides").then(buildGuideCatalog);
  return catalog;
}

/** The collection entry of one guide, for rendering its content. */
export async function loadGuideEntry(locale: Locale, slug: string) {
  const [entry] = await getCollection("guides", (e) => e.id === `${locale}/${slug}`);
  if (!entry) throw new Error(`No guide content/guides/${locale}/${slug}.mdx`);
  return entry;
}

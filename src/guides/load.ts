/** Loads the guide and reference collections once per build and turns them into their catalogs. */
import { getCollection, getEntry } from "astro:content";
import type { Locale } from "../i18n/locales.ts";
import { buildGuideCatalog, type GuideInfo } from "./catalog.ts";
import { buildReferenceCatalog, type ReferenceInfo } from "./reference.ts";

let catalog: Promise<Record<Locale, GuideInfo[]>> | undefined;
let referenceCatalog: Promise<Record<Locale, ReferenceInfo[]>> | undefined;

/** Every guide, grouped by locale in reading order (validated: the build fails on a missing translation). */
export function loadGuideCatalog(): Promise<Record<Locale, GuideInfo[]>> {
  catalog ??= getCollection("guides").then(buildGuideCatalog);
  return catalog;
}

/** The collection entry of one guide, for rendering its content. */
export async function loadGuideEntry(locale: Locale, slug: string) {
  // getEntry looks the id up; a filtered getCollection would walk every guide for every page rendered.
  const entry = await getEntry("guides", `${locale}/${slug}`);
  if (!entry) throw new Error(`No guide content/guides/${locale}/${slug}.mdx`);
  return entry;
}

/** Every reference page, grouped by locale (validated like the guides). */
export function loadReferenceCatalog(): Promise<Record<Locale, ReferenceInfo[]>> {
  referenceCatalog ??= getCollection("reference").then(buildReferenceCatalog);
  return referenceCatalog;
}

/** The collection entry of one reference page, for rendering its content. */
export async function loadReferenceEntry(locale: Locale, slug: string) {
  const entry = await getEntry("reference", `${locale}/${slug}`);
  if (!entry) throw new Error(`No reference page content/reference/${locale}/${slug}.mdx`);
  return entry;
}

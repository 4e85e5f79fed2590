/** Loads the guide and reference collections once per build and turns them into their catalogs. */
import { getCollection, getEntry } from "astro:content";
import type { MarkdownHeading } from "astro";
import type { Locale } from "../i18n/locales.ts";
import { buildGuideCatalog, type GuideInfo } from "./catalog.ts";
import { buildReferenceCatalog, type ReferenceInfo } from "./reference.ts";
import { splitGuideHtml, type Segment } from "./blocks/placeholders.ts";

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
  if (!entry) throw new Error(`No guide content/guides/${locale}/${slug}.md`);
  return entry;
}

/** A guide's body, split into Markdown stretches and blocks for GuideBody, and its headings. */
export async function loadGuideBody(locale: Locale, slug: string): Promise<{ segments: Segment[]; headings: MarkdownHeading[] }> {
  // A guide is Markdown, rendered to HTML when it is read; the page only fills in its blocks. As MDX, every
  // guide was a module of its own, and a 4,000-guide build bundled 4,000 of them (npm run bench:site).
  const rendered = (await loadGuideEntry(locale, slug)).rendered;
  if (!rendered) throw new Error(`content/guides/${locale}/${slug}.md was not rendered`);
  const headings = rendered.metadata?.["headings"];
  return { segments: splitGuideHtml(rendered.html), headings: Array.isArray(headings) ? (headings as MarkdownHeading[]) : [] };
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

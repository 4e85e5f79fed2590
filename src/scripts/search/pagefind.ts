/**
 * Loads Pagefind's browser API from the built site, once, the first time search is used, and merges the
 * other locales' indexes when the reader asks to search every language.
 *
 *   const pagefind = await loadPagefind();
 *   await mergeLanguages(pagefind, "pl", ["en", "de"]);   // then filter { lang: "pl" } gives Polish only again
 */

/** A sub-result: the part of a page under one heading. */
export type PagefindSubResult = { title: string; url: string; excerpt: string };

/** One page found, once its fragment is loaded. */
export type PagefindPage = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
};

/** One page found, before its fragment is loaded; ids start with the index's language ("pl_5a9d16d"). */
export type PagefindResult = { id: string; score: number; data(): Promise<PagefindPage> };

/** The part of Pagefind's JavaScript API (pagefind.js, 1.5) that search uses. */
export type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
};

const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}pagefind/`;
let loading: Promise<Pagefind> | undefined;
let merging: Promise<void> | undefined;

/** Pagefind, loaded on first use; a failed load is forgotten so the next search tries again. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A URL held in a variable: Vite leaves the import alone and the browser fetches the site's own bundle.
    const url = `${bundle}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No web worker: pagefind-worker.js is another 11.6 KB gzipped, over the page's script budget, and searching
    // on the main thread still answers within 100 ms on 1,000 pages a locale (npm run bench:search).
    await pagefind.options({ noWorker: true, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

let merged = false;

/** Whether the other languages' indexes have been merged in (so a search must filter by language to exclude them). */
export function languagesMerged(): boolean {
  return merged;
}

/**
 * Merges the other locales' indexes into the reader's, each page tagged with a synthetic `lang` filter.
 * Every locale lives in the same bundle, and Pagefind skips a merge whose path starts like its own bundle's,
 * so the bundle is given as an absolute URL. Merged indexes are searched with the reader's language's stemmer.
 */
export function mergeLanguages(pagefind: Pagefind, own: string, others: readonly string[]): Promise<void> {
  merging ??= (async () => {
    const path = new URL(bundle, location.href).href;
    await pagefind.options({ mergeFilter: { lang: own } });
    await Promise.all(others.map((language) => pagefind.mergeIndex(path, { language, mergeFilter: { lang: language } })));
    merged = true;
  })();
  return merging;
}

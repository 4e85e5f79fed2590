/**
 * Localized URLs. Every page lives under /<locale>/ with the same path in every locale:
 *
 *   /en/guides/two-tier-model/#partnership  ⇄  /pl/guides/two-tier-model/#partnership
 *
 * Paths always end in a slash, matching `trailingSlash: "always"` in astro.config.mjs.
 */
import { isLocale, type Locale } from "./locales.ts";

/** The site-relative path of a page in a locale; `path` is the part after the locale ("guides/glossary"). */
export function localePath(locale: Locale, path = ""): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? `/${locale}/` : `/${locale}/${trimmed}/`;
}

/** The path of a guide, optionally pointing at one of its headings. */
export function guidePath(locale: Locale, slug: string, heading?: string): string {
  const path = localePath(locale, `guides/${slug}`);
  return heading ? `${path}#${heading}` : path;
}

/** The locale a site-relative path belongs to, or undefined for paths outside every locale (such as "/"). */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : undefined;
}

/** The part of a path after its locale segment, without slashes at either end ("" for a locale's home). */
export function pathWithinLocale(pathname: string): string {
  const segments = pathname.split("/").filter(Boolean);
  if (isLocale(segments[0])) segments.shift();
  return segments.join("/");
}

/** The same page in another locale: what the language picker links to. */
export function switchLocale(pathname: string, to: Locale): string {
  return localePath(to, pathWithinLocale(pathname));
}

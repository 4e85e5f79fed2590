/** Every page the site publishes, per locale, derived from the locale table, the guide files and the reference files. */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { locales, type Locale } from "../../src/i18n/locales.ts";

const slugsIn = (collection: string) =>
  readdirSync(fileURLToPath(new URL(`../../content/${collection}/en/`, import.meta.url)))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.replace(/\.mdx?$/, ""))
    .sort();

/** The slug of every English guide (every locale has the same ones). */
export const guideSlugs = slugsIn("guides");

/** The slug of every English reference page (every locale has the same ones). */
export const referenceSlugs = slugsIn("reference");

/** The paths of every page in one locale. */
export function routesOf(locale: Locale): string[] {
  return [
    `/${locale}/`,
    `/${locale}/guides/`,
    ...guideSlugs.map((slug) => `/${locale}/guides/${slug}/`),
    `/${locale}/reference/`,
    ...referenceSlugs.map((slug) => `/${locale}/reference/${slug}/`),
    `/${locale}/decide/`,
    `/${locale}/simulate/`,
  ];
}

/** Every localized page with its locale. */
export const allRoutes = locales.flatMap((l) => routesOf(l.code).map((path) => ({ locale: l.code, path })));

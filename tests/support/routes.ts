/** Every page the site publishes, per locale, derived from the locale table and the guide files. */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { locales, type Locale } from "../../src/i18n/locales.ts";

const guidesDir = fileURLToPath(new URL("../../content/guides/en/", import.meta.url));

/** The slug of every English guide (every locale has the same ones). */
export const guideSlugs = readdirSync(guidesDir)
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => file.replace(/\.mdx$/, ""))
  .sort();

/** The paths of every page in one locale. */
export function routesOf(locale: Locale): string[] {
  return [
    `/${locale}/`,
    `/${locale}/guides/`,
    ...guideSlugs.map((slug) => `/${locale}/guides/${slug}/`),
    `/${locale}/decide/`,
    `/${locale}/simulate/`,
  ];
}

/** Every localized page with its locale. */
export const allRoutes = locales.flatMap((l) => routesOf(l.code).map((path) => ({ locale: l.code, path })));

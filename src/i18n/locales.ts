/**
 * The locale table: the one list of languages the site is published in.
 * astro.config.mjs, routing, the language picker, <html lang> and the tests all read it.
 *
 *   { code: "pl", lang: "pl", label: "Polski", dir: "ltr", ogLocale: "pl_PL" }
 */

/** Every locale the site is published in; English is the source language and comes first. */
export const locales = [
  { code: "en", lang: "en", label: "English", dir: "ltr", ogLocale: "en_US" },
  { code: "pl", lang: "pl", label: "Polski", dir: "ltr", ogLocale: "pl_PL" },
  { code: "de", lang: "de", label: "Deutsch", dir: "ltr", ogLocale: "de_DE" },
] as const satisfies readonly {
  code: string;
  lang: string;
  label: string;
  dir: "ltr" | "rtl";
  ogLocale: string;
}[];

/** A locale code, such as "pl". */
export type Locale = (typeof locales)[number]["code"];

/** One row of the locale table. */
export type LocaleInfo = (typeof locales)[number];

/** The source language that translations are made from. */
export const defaultLocale: Locale = "en";

/** Every locale code, in table order. */
export const localeCodes: readonly Locale[] = locales.map((l) => l.code);

/** Whether a string is one of our locale codes. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (localeCodes as readonly string[]).includes(value);
}

/** The table row for a locale code. */
export function localeInfo(code: Locale): LocaleInfo {
  const info = locales.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown locale ${code}`);
  return info;
}

/** Dates shown to readers, formatted for their locale with Intl. */
import type { Locale } from "./locales.ts";
import { perLocale } from "./per-locale.ts";

const dateFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }));

/** A calendar date (ISO "2021-10-01" or a Date at UTC midnight) written as a reader of the locale expects. */
export function formatDate(locale: Locale, date: string | Date): string {
  const value = typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  return dateFormat(locale).format(value);
}

/** A date as ISO "YYYY-MM-DD", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A value made once per locale and kept for the life of the process: Intl formatters (far costlier to make
 * than to use) and tables every page of a locale carries.
 *
 *   const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale));
 */
import type { Locale } from "./locales.ts";

/** `make`, called at most once for each locale. */
export function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    if (!made.has(locale)) made.set(locale, make(locale));
    return made.get(locale)!;
  };
}

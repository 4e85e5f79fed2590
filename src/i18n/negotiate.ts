/** Picks the locale to send a reader to from "/": their remembered choice, else their browser's preferences. */
import { defaultLocale, isLocale, type Locale } from "./locales.ts";

/** The best locale for a reader: remembered choice first, then the first browser language we publish ("pl-PL" → "pl"). */
export function negotiateLocale(remembered: string | null | undefined, preferred: readonly string[]): Locale {
  if (isLocale(remembered)) return remembered;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

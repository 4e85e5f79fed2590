/** The reader's language choice, remembered so that "/" sends them back to it. */
import { isLocale, type Locale } from "../i18n/locales.ts";

const key = "lang";

/** The remembered language, if the reader chose one. */
export function readLanguage(): Locale | undefined {
  try {
    const stored = localStorage.getItem(key);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the reader's language. */
export function writeLanguage(locale: Locale): void {
  try {
    localStorage.setItem(key, locale);
  } catch {
    // Without storage the choice is simply not remembered.
  }
}

/** Interface strings for every locale, and a translator bound to one locale. */
import { formatMessage, type Message, type MessageParams } from "../format.ts";
import type { Locale } from "../locales.ts";
import { en, type UiKey } from "./en.ts";
import { pl } from "./pl.ts";
import { de } from "./de.ts";

export type { UiKey };

/** Every locale's interface strings. */
export const uiStrings: Record<Locale, Record<UiKey, Message>> = { en, pl, de };

/** A function that turns an interface key into text in one locale. */
export type Translate = (key: UiKey, params?: MessageParams) => string;

/** The translator for a locale. */
export function useTranslations(locale: Locale): Translate {
  const strings = uiStrings[locale];
  return (key, params) => formatMessage(locale, strings[key], params);
}

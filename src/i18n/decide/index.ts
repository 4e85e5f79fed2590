/** The decision tool's strings in every locale; English is the source the others are typed against. */
import { formatMessage, type Message, type MessageParams } from "../format.ts";
import type { Locale } from "../locales.ts";
import { de } from "./de.ts";
import { en, type DecideKey } from "./en.ts";
import { pl } from "./pl.ts";

export type { DecideKey };

/** Every locale's decision-tool strings. */
export const decideStrings: Readonly<Record<Locale, Readonly<Record<DecideKey, Message>>>> = { en, pl, de };

/** A function that gives the decision tool's strings in one locale, for pages rendered at build time. */
export function decideText(locale: Locale): (key: DecideKey, params?: MessageParams) => string {
  const strings = decideStrings[locale];
  return (key, params) => formatMessage(locale, strings[key], params);
}

/**
 * Turns a message template into text: `{name}` placeholders are filled from params, and a
 * message given as plural forms is picked with Intl.PluralRules from the `count` param.
 *
 *   "Rule {id} failed"                              + { id: "R13" } → "Rule R13 failed"
 *   { one: "{count} wynik", few: "{count} wyniki", many: "{count} wyników", other: "{count} wyniku" }
 */
import type { Locale } from "./locales.ts";
import { perLocale } from "./per-locale.ts";

/** Plural forms of one message, keyed by Intl.PluralRules category; `other` is always required. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A message in a catalogue: plain text with placeholders, or plural forms. */
export type Message = string | PluralForms;

/** Parameters a message may use. Numbers are formatted for the locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRule = perLocale((locale) => new Intl.PluralRules(locale));
const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale));

/** Fills a message's placeholders for a locale; unknown placeholders are left visible so tests catch them. */
export function formatMessage(locale: Locale, message: Message, params: MessageParams = {}): string {
  let template: string;
  if (typeof message === "string") {
    template = message;
  } else {
    const count = Number(params["count"] ?? 0);
    template = message[pluralRule(locale).select(count)] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? numberFormat(locale).format(value) : value;
  });
}

/**
 * The engine's and the rules' messages in every locale, and the function that turns a message key with
 * parameters into text. Parameters that are term keys ("term.cloud.germany") are translated first, and
 * ISO dates are written the way the locale writes dates; numbers are formatted by formatMessage.
 *
 *   t("pl", "rule.R20.noMca", { partner: "DB1", customer: "C1" })  →  "Klient C1 nie zaakceptował Umowy z Klientem Microsoft z partnerem DB1."
 *   translate("de", verdict.trace[0].message)
 */
import { formatDate } from "../dates.ts";
import { formatMessage, type Message, type MessageParams } from "../format.ts";
import type { Locale } from "../locales.ts";
import { perLocale } from "../per-locale.ts";
import { deMessages } from "./de.ts";
import { enMessages, type MessageKey } from "./en.ts";
import { plMessages } from "./pl.ts";

export type { MessageKey };

/** Every locale's engine and rule messages. */
export const messages: Readonly<Record<Locale, Readonly<Record<MessageKey, Message>>>> = { en: enMessages, pl: plMessages, de: deMessages };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is a key of the message catalogs. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(enMessages, key);
}

const countryCode = /^[A-Z]{2}$/;
const countryNames = perLocale((locale) => new Intl.DisplayNames(locale, { type: "region" }));

function countryName(locale: Locale, code: string): string {
  return countryNames(locale).of(code) ?? code;
}

/** A parameter as a reader of the locale reads it: terms, dates, CSP regions ("europe") and countries ("FR") in words. */
function localParam(locale: Locale, name: string, value: string | number): string | number {
  if (typeof value !== "string") return value;
  if (value.startsWith("term.") && isMessageKey(value)) return t(locale, value);
  if (isoDate.test(value)) return formatDate(locale, value);
  const regionKey = `term.region.${value}`;
  if (/region$/i.test(name) && isMessageKey(regionKey)) return t(locale, regionKey);
  if (/country$/i.test(name) && countryCode.test(value)) return countryName(locale, value);
  return value;
}

function localParams(locale: Locale, params: MessageParams): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) out[name] = localParam(locale, name, value);
  return out;
}

/** The text of a message in a locale; an unknown key comes back as itself so that it shows. */
export function t(locale: Locale, key: string, params: MessageParams = {}): string {
  if (!isMessageKey(key)) return key;
  return formatMessage(locale, messages[locale][key], localParams(locale, params));
}

/**
 * The text of a message reference ({ key, params }), such as a trace entry's message, remedy or doubt.
 * `names` maps ids to the names readers know (see `displayNames` in the engine), so that a message about
 * tenant "NW" can say "Northwind Traders".
 */
export function translate(
  locale: Locale,
  ref: { readonly key: string; readonly params: MessageParams },
  names?: ReadonlyMap<string, string>,
): string {
  if (!names || names.size === 0) return t(locale, ref.key, ref.params);
  const named: Record<string, string | number> = {};
  for (const [param, value] of Object.entries(ref.params)) named[param] = typeof value === "string" ? (names.get(value) ?? value) : value;
  return t(locale, ref.key, named);
}

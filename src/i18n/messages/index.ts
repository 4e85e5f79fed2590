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

function localParams(locale: Locale, params: MessageParams): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string" && value.startsWith("term.") && isMessageKey(value)) out[name] = t(locale, value);
    else if (typeof value === "string" && isoDate.test(value)) out[name] = formatDate(locale, value);
    else out[name] = value;
  }
  return out;
}

/** The text of a message in a locale; an unknown key comes back as itself so that it shows. */
export function t(locale: Locale, key: string, params: MessageParams = {}): string {
  if (!isMessageKey(key)) return key;
  return formatMessage(locale, messages[locale][key], localParams(locale, params));
}

/** The text of a message reference ({ key, params }), such as a trace entry's message, remedy or doubt. */
export function translate(locale: Locale, ref: { readonly key: string; readonly params: MessageParams }): string {
  return t(locale, ref.key, ref.params);
}

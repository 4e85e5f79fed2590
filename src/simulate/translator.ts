/**
 * Text for the simulator in one locale, from two catalogs the page passes down: the simulator's own
 * strings and the engine's messages (rules, problems, terms). Parameters that are keys ("term.cloud.germany",
 * "action.placeOrder") are translated first and ISO dates are written the locale's way, as src/i18n/messages does.
 *
 *   const tr = createTranslator("pl", ui, messages);  tr.text("rule.R20.noMca", { partner: "DB1", customer: "C1" })
 */
import { formatDate } from "../i18n/dates.ts";
import { formatMessage, type Message, type MessageParams } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { SimKey } from "../i18n/simulate/en.ts";

/** Messages by key. */
export type Catalog = Readonly<Record<string, Message>>;

/** Text in one locale. */
export type Translator = {
  readonly locale: Locale;
  /** A simulator string. */
  ui(key: SimKey, params?: MessageParams): string;
  /** Any key of either catalog; an unknown key comes back as itself. */
  text(key: string, params?: MessageParams): string;
  /** Whether a key exists in either catalog. */
  has(key: string): boolean;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const keyLike = /^(term|action|opt|record)\./;

/** The translator for a locale and its two catalogs. */
export function createTranslator(locale: Locale, ui: Catalog, messages: Catalog): Translator {
  const find = (key: string): Message | undefined => (Object.hasOwn(ui, key) ? ui[key] : Object.hasOwn(messages, key) ? messages[key] : undefined);
  const text = (key: string, params: MessageParams = {}): string => {
    const message = find(key);
    if (message === undefined) return key;
    const local: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === "string" && keyLike.test(value) && find(value) !== undefined) local[name] = text(value);
      else if (typeof value === "string" && isoDate.test(value)) local[name] = formatDate(locale, value);
      else local[name] = value;
    }
    return formatMessage(locale, message, local);
  };
  return { locale, ui: (key, params) => text(key, params), text, has: (key) => find(key) !== undefined };
}

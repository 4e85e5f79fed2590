/**
 * The strings the search interface needs in the browser, built at build time for one locale and handed to
 * the browser as JSON in a data attribute, so that the page never ships the whole string table.
 *
 *   { locale: "pl", count: { one: "{count} wynik", few: "{count} wyniki", … }, none: "Brak wyników dla „{query}”",
 *     langs: { en: "Angielski", pl: "Polski", de: "Niemiecki" }, types: { guide: "Przewodnik", … }, roles: { … } }
 */
import { locales, uiStrings, useTranslations, type Locale, type Message, type UiKey } from "../../i18n/index.ts";
import { pageRoles } from "../../guides/schema.ts";
import { perLocale } from "../../i18n/per-locale.ts";

/** Page types the search can filter by; the decision tool's outcome pages add "outcome". */
export const pageTypes = ["guide", "glossary", "outcome", "reference"] as const;

/** What the search interface reads from its data-strings attribute. */
export type SearchStrings = {
  locale: Locale;
  count: Message;
  none: Message;
  loading: string;
  error: string;
  langs: Record<string, string>;
  types: Record<string, string>;
  roles: Record<string, string>;
};

function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * The search interface's strings in one locale; language names come from Intl, in the reader's language.
 * Every page carries them, so they are made once per locale.
 */
export const searchStrings = perLocale((locale): SearchStrings => {
  const t = useTranslations(locale);
  const raw = uiStrings[locale];
  const names = new Intl.DisplayNames([locale], { type: "language" });
  return {
    locale,
    count: raw["search.count"],
    none: raw["search.none"],
    loading: t("search.loading"),
    error: t("search.error"),
    langs: Object.fromEntries(locales.map((l) => [l.code, capitalise(names.of(l.lang) ?? l.label, locale)])),
    types: Object.fromEntries(pageTypes.map((type) => [type, t(`search.type.${type}` satisfies UiKey)])),
    roles: Object.fromEntries(pageRoles.map((role) => [role, t(`search.role.${role}` satisfies UiKey)])),
  };
});

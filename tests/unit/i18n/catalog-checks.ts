/**
 * The checks every locale's string table must pass, whichever table it is (page chrome, engine messages,
 * decision tool, simulator): the English keys and no others, no empty message or plural form, the English
 * placeholders, and a plural form for every category the language's plural rules pick.
 */
import { describe, expect, it } from "vitest";
import type { Message } from "../../../src/i18n/format.ts";
import { locales, type Locale } from "../../../src/i18n/locales.ts";

const forms = (m: Message): string[] => (typeof m === "string" ? [m] : Object.values(m).filter((v): v is string => typeof v === "string"));
const placeholders = (m: Message) => [...new Set(forms(m).flatMap((f) => f.match(/\{\w+\}/g) ?? []))].sort();

/** Runs the checks on one kind of string table, in every locale. */
export function checkCatalogs(name: string, tables: Readonly<Record<Locale, Readonly<Record<string, Message>>>>): void {
  const english = tables.en;
  describe.each(locales.map((l) => l.code))(`${name} in %s`, (code) => {
    const strings = tables[code];

    it("has every key the English strings have, and no other", () => {
      expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
    });

    it("has no empty message and no empty plural form", () => {
      for (const [key, value] of Object.entries(strings)) for (const form of forms(value)) expect(form.trim(), key).not.toBe("");
    });

    it("uses the same placeholders as English", () => {
      for (const [key, value] of Object.entries(strings)) expect(placeholders(value), key).toEqual(placeholders(english[key] ?? ""));
    });

    it("gives plural forms for every category the language's plural rules pick", () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories.filter((c) => c !== "other" && c !== "zero");
      for (const [key, value] of Object.entries(strings)) {
        if (typeof value !== "string") for (const category of categories) expect(value, `${key}: ${category}`).toHaveProperty([category]);
      }
    });
  });
}

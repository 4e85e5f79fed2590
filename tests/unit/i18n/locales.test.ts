import { describe, expect, it } from "vitest";
import { defaultLocale, isLocale, localeCodes, localeInfo, locales } from "../../../src/i18n/locales.ts";

describe("the locale table", () => {
  it("publishes English, Polish and German, with English as the source", () => {
    expect(localeCodes).toEqual(["en", "pl", "de"]);
    expect(defaultLocale).toBe("en");
  });

  it("uses one form per locale: the code is the lang attribute, no region variants", () => {
    for (const l of locales) {
      expect(l.lang).toBe(l.code);
      expect(l.code).toMatch(/^[a-z]{2}$/);
    }
  });

  it("labels each language in that language", () => {
    expect(locales.map((l) => l.label)).toEqual(["English", "Polski", "Deutsch"]);
  });

  it("gives each locale an OpenGraph locale of its own language", () => {
    for (const l of locales) expect(l.ogLocale.startsWith(`${l.code}_`)).toBe(true);
  });

  it("recognises only its own codes", () => {
    expect(isLocale("pl")).toBe(true);
    expect(isLocale("pl-PL")).toBe(false);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(localeInfo("de").label).toBe("Deutsch");
  });
});

import { describe, expect, it } from "vitest";
import { decideStrings } from "../../../src/i18n/decide/index.ts";
import type { Message } from "../../../src/i18n/format.ts";
import { locales } from "../../../src/i18n/locales.ts";

const english = decideStrings.en;
const placeholders = (message: Message) =>
  [...new Set(Object.values(typeof message === "string" ? { other: message } : message).join(" ").match(/\{\w+\}/g) ?? [])].sort();

describe.each(locales.map((l) => l.code))("decision-tool strings in %s", (code) => {
  const strings = decideStrings[code];

  it("has every key the English strings have, and no other", () => {
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
  });

  it("has no empty string", () => {
    for (const [key, value] of Object.entries(strings)) {
      for (const form of Object.values(typeof value === "string" ? { other: value } : value)) expect(form.trim(), key).not.toBe("");
    }
  });

  it("uses the same placeholders as English", () => {
    for (const [key, value] of Object.entries(strings)) {
      expect(placeholders(value), key).toEqual(placeholders(english[key as keyof typeof english]));
    }
  });

  it("gives plural forms for every category the language's plural rules pick", () => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const [key, value] of Object.entries(strings)) {
      if (typeof value === "string") continue;
      for (const category of categories.filter((c) => c !== "other" && c !== "zero")) expect(value, `${key}: ${category}`).toHaveProperty([category]);
    }
  });
});

describe("decision-tool translations", () => {
  it("are really translated: strings differ from English except formats and product names", () => {
    for (const { code } of locales.filter((l) => l.code !== "en")) {
      const same = Object.entries(decideStrings[code]).filter(([key, value]) => JSON.stringify(value) === JSON.stringify(english[key as keyof typeof english]));
      expect(same.map(([key]) => key)).toEqual(["step.title"]);
    }
  });

  it("use the terms of the localized Microsoft documentation for the three roles", () => {
    expect(decideStrings.pl["roleName.direct-bill"]).toBe("Partner z rozliczeniami bezpośrednimi");
    expect(decideStrings.pl["roleName.indirect-provider"]).toBe("Dostawca pośredni");
    expect(decideStrings.pl["roleName.indirect-reseller"]).toBe("Odsprzedawca pośredni");
    expect(decideStrings.de["roleName.direct-bill"]).toBe("Partner mit direkter Abrechnung");
    expect(decideStrings.de["roleName.indirect-provider"]).toBe("Indirekter Anbieter");
    expect(decideStrings.de["roleName.indirect-reseller"]).toBe("Indirekter Vertriebspartner");
  });
});

import { describe, expect, it } from "vitest";
import { uiStrings } from "../../../src/i18n/ui/index.ts";
import { locales } from "../../../src/i18n/locales.ts";
import type { Message } from "../../../src/i18n/format.ts";

const english = uiStrings.en;
const placeholders = (message: Message) =>
  [...new Set(Object.values(typeof message === "string" ? { other: message } : message).join(" ").match(/\{\w+\}/g) ?? [])].sort();

describe.each(locales.map((l) => l.code))("interface strings in %s", (code) => {
  const strings = uiStrings[code];

  it("has every key the English strings have, and no other", () => {
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
  });

  it("has no empty string", () => {
    for (const [key, value] of Object.entries(strings)) {
      expect(typeof value === "string" ? value.trim() : value.other.trim(), key).not.toBe("");
    }
  });

  it("uses the same placeholders as English", () => {
    for (const [key, value] of Object.entries(strings)) {
      expect(placeholders(value), key).toEqual(placeholders(english[key as keyof typeof english]));
    }
  });
});

describe("translations", () => {
  it("are really translated: most strings differ from English", () => {
    for (const { code } of locales.filter((l) => l.code !== "en")) {
      const same = Object.entries(uiStrings[code]).filter(([key, value]) => value === english[key as keyof typeof english]);
      // Brand names and product names may stay as they are; everything else must be in the locale's language.
      expect(same.map(([key]) => key)).toEqual(["site.name"]);
    }
  });
});

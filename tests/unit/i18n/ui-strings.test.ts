import { describe, expect, it } from "vitest";
import { checkCatalogs } from "./catalog-checks.ts";
import { uiStrings } from "../../../src/i18n/ui/index.ts";
import { locales } from "../../../src/i18n/locales.ts";

const english = uiStrings.en;

checkCatalogs("interface strings", uiStrings);

describe("translations", () => {
  it("are really translated: most strings differ from English", () => {
    for (const { code } of locales.filter((l) => l.code !== "en")) {
      const same = Object.entries(uiStrings[code]).filter(([key, value]) => value === english[key as keyof typeof english]);
      // Brand names and product names may stay as they are; everything else must be in the locale's language.
      expect(same.map(([key]) => key)).toEqual(["site.name"]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { decideStrings } from "../../../src/i18n/decide/index.ts";
import { checkCatalogs } from "../i18n/catalog-checks.ts";
import { locales } from "../../../src/i18n/locales.ts";

const english = decideStrings.en;
checkCatalogs("decision-tool strings", decideStrings);

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

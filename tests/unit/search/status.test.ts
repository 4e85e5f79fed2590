import { describe, expect, it } from "vitest";
import { statusText } from "../../../src/scripts/search/status.ts";
import { pageTypes, searchStrings } from "../../../src/components/search/search-strings.ts";
import { pageRoles } from "../../../src/guides/schema.ts";
import { locales } from "../../../src/i18n/locales.ts";

describe("the search's result count", () => {
  it("uses Polish plural forms: 1 wynik, 2 wyniki, 5 wyników, 22 wyniki, 112 wyników", () => {
    const pl = searchStrings("pl");
    expect([1, 2, 5, 22, 112].map((n) => statusText(pl, n, "gdap"))).toEqual([
      "1 wynik",
      "2 wyniki",
      "5 wyników",
      "22 wyniki",
      "112 wyników",
    ]);
  });

  it("uses singular and plural in English and German", () => {
    expect([1, 2].map((n) => statusText(searchStrings("en"), n, "gdap"))).toEqual(["1 result", "2 results"]);
    expect([1, 2].map((n) => statusText(searchStrings("de"), n, "gdap"))).toEqual(["1 Ergebnis", "2 Ergebnisse"]);
  });

  it("says that nothing was found, naming the query, in the reader's language", () => {
    expect(statusText(searchStrings("en"), 0, "qqzx")).toBe("No results for “qqzx”");
    expect(statusText(searchStrings("pl"), 0, "qqzx")).toBe("Brak wyników dla „qqzx”");
    expect(statusText(searchStrings("de"), 0, "qqzx")).toBe("Keine Ergebnisse für „qqzx“");
  });

  it("says nothing before the reader has typed", () => {
    expect(statusText(searchStrings("en"), 0, "")).toBe("");
  });
});

describe("the strings the search sends to the browser", () => {
  it("name every locale's language in the reader's language", () => {
    expect(searchStrings("en").langs).toEqual({ en: "English", pl: "Polish", de: "German" });
    expect(searchStrings("pl").langs).toEqual({ en: "Angielski", pl: "Polski", de: "Niemiecki" });
    expect(searchStrings("de").langs).toEqual({ en: "Englisch", pl: "Polnisch", de: "Deutsch" });
  });

  it.each(locales.map((l) => l.code))("label every page type and partner role in %s", (code) => {
    const strings = searchStrings(code);
    expect(Object.keys(strings.types)).toEqual([...pageTypes]);
    expect(Object.keys(strings.roles)).toEqual([...pageRoles]);
    for (const label of [...Object.values(strings.types), ...Object.values(strings.roles)]) expect(label).not.toMatch(/^search\./);
  });
});

import { describe, expect, it } from "vitest";
import { guidePath, localeOfPath, localePath, pathWithinLocale, switchLocale } from "../../../src/i18n/urls.ts";

describe("localized URLs", () => {
  it("puts every page under its locale with a trailing slash", () => {
    expect(localePath("pl")).toBe("/pl/");
    expect(localePath("de", "guides")).toBe("/de/guides/");
    expect(localePath("en", "/guides/glossary/")).toBe("/en/guides/glossary/");
  });

  it("links to a guide section by its heading id", () => {
    expect(guidePath("pl", "two-tier-model", "partnership")).toBe("/pl/guides/two-tier-model/#partnership");
    expect(guidePath("en", "glossary")).toBe("/en/guides/glossary/");
  });

  it("finds the locale of a path, and none for paths outside the locales", () => {
    expect(localeOfPath("/de/guides/multichannel/")).toBe("de");
    expect(localeOfPath("/")).toBeUndefined();
    expect(localeOfPath("/fr/guides/")).toBeUndefined();
  });

  it("switches a page to another locale keeping the rest of its path", () => {
    expect(switchLocale("/en/guides/two-tier-model/", "pl")).toBe("/pl/guides/two-tier-model/");
    expect(switchLocale("/pl/", "de")).toBe("/de/");
    expect(switchLocale("/de/decide", "en")).toBe("/en/decide/");
    expect(pathWithinLocale("/pl/simulate/")).toBe("simulate");
  });
});

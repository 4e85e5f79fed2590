import { describe, expect, it } from "vitest";
import { formatMessage } from "../../../src/i18n/format.ts";
import { formatDate } from "../../../src/i18n/dates.ts";
import { negotiateLocale } from "../../../src/i18n/negotiate.ts";

const results = { one: "{count} wynik", few: "{count} wyniki", many: "{count} wyników", other: "{count} wyniku" };

describe("message formatting", () => {
  it("fills placeholders", () => {
    expect(formatMessage("en", "Rules as of {date}", { date: "1 May" })).toBe("Rules as of 1 May");
  });

  it("picks Polish plural forms: 1 wynik, 2 wyniki, 5 wyników, 22 wyniki", () => {
    expect(formatMessage("pl", results, { count: 1 })).toBe("1 wynik");
    expect(formatMessage("pl", results, { count: 2 })).toBe("2 wyniki");
    expect(formatMessage("pl", results, { count: 5 })).toBe("5 wyników");
    expect(formatMessage("pl", results, { count: 22 })).toBe("22 wyniki");
  });

  it("formats numbers for the locale", () => {
    expect(formatMessage("de", "{count} Euro", { count: 300000 })).toBe("300.000 Euro");
  });

  it("leaves an unknown placeholder visible instead of hiding a mistake", () => {
    expect(formatMessage("en", "Hello {name}")).toBe("Hello {name}");
  });

  it("writes dates as a reader of the locale expects", () => {
    expect(formatDate("en", "2025-06-02")).toBe("June 2, 2025");
    expect(formatDate("pl", "2025-06-02")).toBe("2 czerwca 2025");
    expect(formatDate("de", "2025-06-02")).toBe("2. Juni 2025");
  });
});

describe("choosing a language for the home address", () => {
  it("prefers the reader's earlier choice", () => {
    expect(negotiateLocale("de", ["pl-PL", "en"])).toBe("de");
  });

  it("otherwise takes the first browser language the site has", () => {
    expect(negotiateLocale(null, ["fr-FR", "pl-PL", "en"])).toBe("pl");
    expect(negotiateLocale("xx", ["DE-at"])).toBe("de");
  });

  it("falls back to English", () => {
    expect(negotiateLocale(undefined, ["fr", "es"])).toBe("en");
    expect(negotiateLocale(undefined, [])).toBe("en");
  });
});

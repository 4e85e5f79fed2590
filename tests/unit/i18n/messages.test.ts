import { describe, expect, it } from "vitest";
import type { Message } from "../../../src/i18n/format.ts";
import { localeCodes } from "../../../src/i18n/locales.ts";
import { messages, t, translate } from "../../../src/i18n/messages/index.ts";

const forms = (m: Message): string[] => (typeof m === "string" ? [m] : Object.values(m).filter((v): v is string => typeof v === "string"));
const placeholders = (m: Message) => new Set(forms(m).flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((x) => x[1])));

describe("engine and rule messages", () => {
  const english = messages.en;

  it.each(localeCodes)("%s has exactly the English keys", (locale) => {
    expect(Object.keys(messages[locale]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(localeCodes)("%s has no empty message and no empty plural form", (locale) => {
    for (const [key, message] of Object.entries(messages[locale])) for (const f of forms(message)) expect(f.trim(), `${locale} ${key}`).not.toBe("");
  });

  it.each(["pl", "de"] as const)("%s uses the same placeholders as English in every message", (locale) => {
    for (const [key, message] of Object.entries(english)) {
      expect([...placeholders(messages[locale][key as keyof typeof english])].sort(), `${locale} ${key}`).toEqual([...placeholders(message)].sort());
    }
  });

  it("gives Polish plural messages the one, few and many forms", () => {
    for (const [key, message] of Object.entries(messages.pl)) {
      if (typeof message !== "string") expect(Object.keys(message).sort(), key).toEqual(["few", "many", "one", "other"]);
    }
  });

  it("picks the Polish plural form from the count", () => {
    const params = { subscription: "s1" };
    expect(t("pl", "rule.R30.activeSubscriptions", { ...params, count: 1 })).toContain("jedna subskrypcja");
    expect(t("pl", "rule.R30.activeSubscriptions", { ...params, count: 3 })).toContain("3 subskrypcje");
    expect(t("pl", "rule.R30.activeSubscriptions", { ...params, count: 5 })).toContain("5 subskrypcji");
  });

  it("translates term parameters and writes dates the locale's way", () => {
    const ref = { key: "rule.R55.separateClouds", params: { partner: "DB1", partnerCloud: "term.cloud.commercial", other: "GC1", otherCloud: "term.cloud.germany" } };
    expect(translate("de", ref)).toContain("Microsoft Cloud Deutschland");
    expect(translate("pl", ref)).toContain("chmura komercyjna");
    expect(t("de", "rule.R35.lapsed", { lapsedOn: "2023-05-31" })).toContain("31. Mai 2023");
    expect(t("pl", "rule.R35.lapsed", { lapsedOn: "2023-05-31" })).toContain("31 maja 2023");
  });

  it("formats numbers for the locale", () => {
    const params = { threshold: 1_000_000, revenue: 450_000 };
    expect(t("en", "rule.R5.reqRevenue", params)).toContain("USD 1,000,000");
    expect(t("de", "rule.R5.reqRevenue", params)).toContain("1.000.000 USD");
  });

  it("returns an unknown key as itself so that it shows", () => {
    expect(t("en", "rule.R99.nothing")).toBe("rule.R99.nothing");
  });
});

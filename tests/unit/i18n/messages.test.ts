import { describe, expect, it } from "vitest";
import { checkCatalogs } from "./catalog-checks.ts";
import { messages, t, translate } from "../../../src/i18n/messages/index.ts";

checkCatalogs("engine and rule messages", messages);

describe("engine and rule messages", () => {

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

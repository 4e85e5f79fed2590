import { describe, expect, it } from "vitest";
import { localeCodes } from "../../../src/i18n/locales.ts";
import { isMessageKey, translate } from "../../../src/i18n/messages/index.ts";
import { recommendRole, type PartnerProfile, type RoleAdvice } from "../../../src/rules/index.ts";

const ready: PartnerProfile = {
  newToCsp: false, monthsAsIndirectReseller: 14, trailingRevenueUsd: 450_000, firstLineSupport: true, supportPlan: true,
  creditCheckPassed: true, billingAndProvisioning: true, mpnLocationInCountry: true, signingAuthority: true, wantsEndToEnd: true,
};
const roleOf = (advice: RoleAdvice, role: string) => advice.roles.find((r) => r.role === role);
const refsOf = (advice: RoleAdvice) => [
  ...advice.roles.flatMap((r) => [...r.fits, ...r.blockers.flatMap((b) => [b.message, ...(b.change ? [b.change] : [])])]),
  ...(advice.notYet?.comeBackWhen ?? []),
  ...advice.notes.map((n) => n.message),
];

describe("recommendRole", () => {
  it("starts a newcomer as indirect reseller and says when to come back for direct bill", () => {
    const advice = recommendRole({ newToCsp: true, wantsEndToEnd: true }, "2021-10-01");
    expect(advice).toMatchObject({ recommended: "indirect-reseller", eligible: ["indirect-reseller"], notYet: { wanted: "direct-bill", startAs: "indirect-reseller", from: "newcomer" } });
    expect(advice.notYet?.comeBackWhen.map((m) => m.key)).toEqual(expect.arrayContaining(["advice.change.newcomer", "advice.change.reqMonths", "advice.change.reqRevenue"]));
    expect(roleOf(advice, "direct-bill")?.blockers.map((b) => b.rule)).toEqual(expect.arrayContaining(["R4", "R5"]));
  });

  it("recommends direct bill to a reseller that meets the 2020–21 requirements, and flags the date dependence", () => {
    const advice = recommendRole(ready, "2021-10-01");
    expect(advice).toMatchObject({ recommended: "direct-bill", dependsOnDate: true });
    expect(advice.eligible).toEqual(["direct-bill", "indirect-reseller"]);
  });

  it("rules the same reseller out under the USD 1M floor, naming what is missing", () => {
    const advice = recommendRole(ready, "2026-01-15");
    expect(advice.recommended).toBe("indirect-reseller");
    const missing = roleOf(advice, "direct-bill")?.blockers.map((b) => b.message.key);
    expect(missing).toEqual(["rule.R5.reqRevenue", "rule.R5.reqAssessment", "rule.R5.reqSecurityScore", "rule.R5.reqDesignation"]);
  });

  it("tells a partner that cannot have direct bill yet what to do from where it stands", () => {
    const wantsDirect = { wantsEndToEnd: true, monthsAsIndirectReseller: 12, trailingRevenueUsd: 0 } as const;
    expect(recommendRole({ ...wantsDirect, newToCsp: false }, "2026-01-15").notYet?.from).toBe("reseller");
    const restricted = recommendRole({ ...wantsDirect, newToCsp: false, directBillStatus: "restricted" }, "2026-01-15").notYet;
    expect(restricted?.from).toBe("restricted");
    expect(restricted?.comeBackWhen.map((m) => m.key)).toContain("advice.change.restricted");
    // Without a location ID even the reseller role is closed (R7): the advice must not tell it to keep selling.
    const noLocation = recommendRole({ ...ready, trailingRevenueUsd: 1_000_000, mpnLocationInCountry: false }, "2026-01-15");
    expect(noLocation.notYet?.from).toBe("noLocation");
    expect(noLocation.eligible).toEqual([]);
  });

  it("says the date matters when the revenue meets the older floor but not the newer one, even with questions left open", () => {
    const between = { newToCsp: false, wantsEndToEnd: true, monthsAsIndirectReseller: 12, trailingRevenueUsd: 300_000 } as const;
    expect(recommendRole(between, "2026-01-15").dependsOnDate).toBe(true);
    expect(recommendRole({ ...between, trailingRevenueUsd: 0 }, "2026-01-15").dependsOnDate).toBe(false);
    expect(recommendRole({ ...between, trailingRevenueUsd: 1_000_000 }, "2026-01-15").dependsOnDate).toBe(false);
  });

  it("marks questions the profile leaves open as unanswered", () => {
    const blockers = roleOf(recommendRole({ newToCsp: false }, "2021-10-01"), "direct-bill")?.blockers ?? [];
    expect(blockers.find((b) => b.message.key === "rule.R5.reqSupport")?.unanswered).toBe(true);
  });

  it("keeps the provider role for partners Microsoft approved, and otherwise explains it", () => {
    expect(recommendRole({ wantsToServeResellers: true, approvedAsProvider: true, newToCsp: false }, "2021-10-01").recommended).toBe("indirect-provider");
    const advice = recommendRole({ wantsToServeResellers: true }, "2021-10-01");
    expect(advice.notYet).toMatchObject({ wanted: "indirect-provider", comeBackWhen: [{ key: "advice.change.providerApproval" }] });
  });

  it("tells a partner that already holds direct bill that the application steps are not for it", () => {
    const advice = recommendRole({ newToCsp: false, directBillStatus: "active", wantsEndToEnd: true }, "2026-01-15");
    expect(advice.recommended).toBe("direct-bill");
    expect(advice.notes.map((n) => n.message.key)).toContain("advice.note.alreadyDirectBill");
  });

  it("prefers indirect reseller to a partner that wants to avoid up-front investment", () => {
    expect(recommendRole({ ...ready, wantsEndToEnd: false, avoidUpfrontInvestment: true }, "2021-10-01").recommended).toBe("indirect-reseller");
  });

  it("notes regions, sandbox, US Government, Restricted status and own use", () => {
    const advice = recommendRole({ regions: ["europe", "united-states"], needsSandbox: true, usGovernment: true, directBillStatus: "restricted", ownUse: true }, "2021-10-01");
    expect(advice.notes.map((n) => n.message.key)).toEqual(["advice.note.regions", "advice.note.sandbox", "advice.note.usGovNotEligible", "advice.note.restricted", "advice.note.ownUse"]);
    expect(roleOf(advice, "direct-bill")?.blockers.map((b) => b.rule)).toContain("R9");
  });

  it("speaks only in message keys that every locale can fill", () => {
    const advice = recommendRole({ regions: ["europe"], needsSandbox: true, usGovernment: true, servesUsGovernment: true, ownUse: true, managedService: true, apiIntegration: true, wantsToServeResellers: true, avoidUpfrontInvestment: true, mpnLocationInCountry: false }, "2026-01-15");
    for (const ref of refsOf(advice)) {
      expect(isMessageKey(ref.key), ref.key).toBe(true);
      for (const locale of localeCodes) expect(translate(locale, ref)).not.toMatch(/\{\w+\}/);
    }
  });
});

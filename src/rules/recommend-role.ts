/**
 * Which CSP role fits a partner, from its profile, under the rules in force on a date (csp-facts.md section 7).
 * The decision tool asks the profile's questions; this says which roles are open, which one to start with,
 * what rules out the others and what would change that.
 *
 *   recommendRole({ newToCsp: true, wantsEndToEnd: true }, "2026-01-01")
 *     → { recommended: "indirect-reseller", eligible: ["indirect-reseller"], notYet: { wanted: "direct-bill", comeBackWhen: [...] }, ... }
 */
import { calendar, inPeriod, type IsoDate, type MessageRef, type PartnerProfile, type PartnerRole } from "../engine/index.ts";
import { directBillChecks, directBillRuleSets } from "./direct-bill.ts";

/** Something that rules a role out, the rule behind it, and what would change it. */
export type Blocker = { readonly rule: string; readonly message: MessageRef; readonly change?: MessageRef; readonly unanswered: boolean };

/** How one role fits the profile. */
export type RoleAssessment = {
  readonly role: PartnerRole;
  readonly eligible: boolean;
  /** Reasons from the profile's preferences for choosing this role. */
  readonly fits: readonly MessageRef[];
  readonly blockers: readonly Blocker[];
  /** The rules that decided eligibility. */
  readonly rules: readonly string[];
};

/** Where a partner that cannot have the role it wants yet stands today. */
export type NotYetFrom = "newcomer" | "reseller" | "restricted" | "noLocation";

/** The advice for a profile on a date. */
export type RoleAdvice = {
  readonly asOf: IsoDate;
  readonly recommended: PartnerRole;
  readonly eligible: readonly PartnerRole[];
  /**
   * Present when the role the partner wants is not open yet: work as an indirect reseller and come back when these
   * hold. `from` is where the partner stands: new to CSP, already a reseller, a Restricted direct-bill partner, or
   * without the partner location ID that even a reseller needs (R7).
   */
  readonly notYet?: {
    readonly wanted: "direct-bill" | "indirect-provider";
    readonly startAs: "indirect-reseller";
    readonly from: NotYetFrom;
    readonly comeBackWhen: readonly MessageRef[];
  };
  readonly roles: readonly RoleAssessment[];
  readonly notes: readonly { readonly rules: readonly string[]; readonly message: MessageRef }[];
  /** Whether direct-bill eligibility would differ under the rules of another date (the revenue floor changed). */
  readonly dependsOnDate: boolean;
};

const msg = (key: string, params: MessageRef["params"] = {}): MessageRef => ({ key, params });

function directBill(profile: PartnerProfile, asOf: IsoDate) {
  const set = directBillRuleSets.find((s) => inPeriod(s, asOf)) ?? directBillRuleSets[0];
  const blockers: Blocker[] = [];
  if (profile.newToCsp !== false && asOf >= calendar.resellerFirst) {
    blockers.push({ rule: "R4", message: msg("advice.block.newcomer"), change: msg("advice.change.newcomer"), unanswered: profile.newToCsp === undefined });
  }
  if (profile.directBillStatus === "restricted") {
    blockers.push({ rule: "R9", message: msg("advice.block.restricted"), change: msg("advice.change.restricted"), unanswered: false });
  }
  const checks = directBillChecks(profile, set);
  for (const c of checks) {
    if (c.ok) continue;
    blockers.push({ rule: "R5", message: msg(`rule.R5.${c.code}`, c.params ?? {}), change: msg(`advice.change.${c.code}`, c.params ?? {}), unanswered: c.unanswered });
  }
  const other = directBillRuleSets.find((s) => s !== set);
  const otherChecks = other === undefined ? [] : directBillChecks(profile, other);
  const otherEligible = other !== undefined && otherChecks.every((c) => c.ok);
  const revenueMet = (list: readonly { code: string; ok: boolean }[]) => list.some((c) => c.code === "reqRevenue" && c.ok);
  // The date matters when the answers meet one version's revenue floor but not the other's (questions the tool did
  // not ask count as unmet in both), or when one version is met in full and the other is not.
  const revenueDiffers = other !== undefined && revenueMet(checks) !== revenueMet(otherChecks);
  const eligible = blockers.length === 0 || profile.directBillStatus === "active";
  const fits = [
    ...(profile.wantsEndToEnd ? [msg("advice.fit.endToEnd")] : []),
    ...(profile.needsSandbox ? [msg("advice.fit.sandbox")] : []),
    ...(profile.managedService ? [msg("advice.fit.managedService")] : []),
    ...(profile.apiIntegration ? [msg("advice.fit.apiIntegration")] : []),
  ];
  const assessment: RoleAssessment = { role: "direct-bill", eligible, fits, blockers: eligible ? [] : blockers, rules: ["R4", "R5", "R9", "R10"] };
  return { assessment, dependsOnDate: (otherEligible !== eligible || revenueDiffers) && profile.directBillStatus !== "active" };
}

function provider(profile: PartnerProfile): RoleAssessment {
  const eligible = profile.approvedAsProvider === true;
  return {
    role: "indirect-provider",
    eligible,
    fits: profile.wantsToServeResellers ? [msg("advice.fit.serveResellers")] : [],
    blockers: eligible ? [] : [{ rule: "R12", message: msg("advice.block.providerApproval"), change: msg("advice.change.providerApproval"), unanswered: profile.approvedAsProvider === undefined }],
    rules: ["R12"],
  };
}

function reseller(profile: PartnerProfile): RoleAssessment {
  const eligible = profile.mpnLocationInCountry !== false;
  return {
    role: "indirect-reseller",
    eligible,
    fits: [
      ...(profile.avoidUpfrontInvestment ? [msg("advice.fit.lowInvestment")] : []),
      ...(profile.newToCsp !== false ? [msg("advice.fit.newcomer")] : []),
    ],
    blockers: eligible ? [] : [{ rule: "R7", message: msg("advice.block.mpnLocation"), change: msg("advice.change.mpnLocation"), unanswered: false }],
    rules: ["R4", "R7", "R8"],
  };
}

function notes(profile: PartnerProfile): RoleAdvice["notes"] {
  const out: { rules: readonly string[]; message: MessageRef }[] = [];
  if (profile.regions && profile.regions.length > 0) out.push({ rules: ["R7", "R8", "R15", "R28"], message: msg("advice.note.regions", { count: profile.regions.length }) });
  if (profile.needsSandbox) out.push({ rules: ["R11"], message: msg("advice.note.sandbox") });
  if (profile.usGovernment) {
    out.push({ rules: ["R36", "R52"], message: msg(profile.servesUsGovernment ? "advice.note.usGov" : "advice.note.usGovNotEligible") });
  }
  if (profile.directBillStatus === "active") out.push({ rules: ["R5"], message: msg("advice.note.alreadyDirectBill") });
  if (profile.directBillStatus === "restricted") out.push({ rules: ["R9", "R10"], message: msg("advice.note.restricted") });
  if (profile.ownUse) out.push({ rules: ["R46", "R47", "R48", "R50"], message: msg("advice.note.ownUse") });
  return out;
}

/** Recommends a CSP role for a profile under the rules in force on a date. */
export function recommendRole(profile: PartnerProfile, asOf: IsoDate): RoleAdvice {
  const db = directBill(profile, asOf);
  const roles = [db.assessment, provider(profile), reseller(profile)];
  const [dbRole, providerRole, resellerRole] = roles as [RoleAssessment, RoleAssessment, RoleAssessment];
  const eligible = roles.filter((r) => r.eligible).map((r) => r.role);
  let recommended: PartnerRole = "indirect-reseller";
  if (profile.wantsToServeResellers && providerRole.eligible) recommended = "indirect-provider";
  else if (dbRole.eligible && profile.avoidUpfrontInvestment !== true) recommended = "direct-bill";
  else if (!resellerRole.eligible && dbRole.eligible) recommended = "direct-bill";
  const wantsDirect = profile.wantsEndToEnd === true || profile.needsSandbox === true;
  const from: NotYetFrom = !resellerRole.eligible
    ? "noLocation"
    : profile.directBillStatus === "restricted"
      ? "restricted"
      : profile.newToCsp === false
        ? "reseller"
        : "newcomer";
  let notYet: RoleAdvice["notYet"];
  if (profile.wantsToServeResellers && !providerRole.eligible) {
    notYet = { wanted: "indirect-provider", startAs: "indirect-reseller", from, comeBackWhen: providerRole.blockers.flatMap((b) => b.change ?? []) };
  } else if (wantsDirect && !dbRole.eligible) {
    notYet = { wanted: "direct-bill", startAs: "indirect-reseller", from, comeBackWhen: dbRole.blockers.flatMap((b) => b.change ?? []) };
  }
  return { asOf, recommended, eligible, ...(notYet ? { notYet } : {}), roles, notes: notes(profile), dependsOnDate: db.dependsOnDate };
}

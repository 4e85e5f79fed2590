/**
 * The decision tool's questions as data (csp-facts.md section 7). Each node is one question page; each answer
 * says which profile fields it sets and where it leads: the next node, or "result". The result itself is never
 * read from the tree: recommendRole judges the profile the answers along the path build.
 *
 *   { id: "months", question: "q.months", help: "q.months.help", topic: "q.months.topic", answers: [
 *       { id: "under-12", label: "a.months.under-12", sets: { monthsAsIndirectReseller: 0 }, next: "result" },
 *       { id: "12-or-more", label: "a.months.12-or-more", sets: { monthsAsIndirectReseller: 12 }, next: "revenue" } ] }
 *
 * Node and answer ids are stable: they appear in URLs (/en/decide/months/?months=12-or-more) and shared links.
 * Every node has one parent node, so a question page knows how far into the tool it is without JavaScript.
 * Questions that only add notes (regions, US Government, own use) come first, where every answer leads on
 * to the same question; after that a "no" to a requirement ends the path, so that without JavaScript each
 * answer link can go straight to the result that path leads to (tests/unit/decide checks both).
 * Answers given as ranges set the lower bound of the range (revenue "USD 300,000 to 1 million" sets 300000);
 * the tool's own wording (bucket.* strings) never repeats that number as if the reader had said it.
 */
import type { PartnerProfile } from "../engine/index.ts";
import type { DecideKey } from "../i18n/decide/en.ts";
import type { RoleAdvice } from "./recommend-role.ts";

/** Where an answer leads when it ends the path. */
export const resultStep = "result";

/** One answer to a question: its stable id, its label, the profile fields it sets and the next node (or "result"). */
export type DecisionAnswer = { readonly id: string; readonly label: DecideKey; readonly sets: PartnerProfile; readonly next: string };

/** One question of the tool; its topic names it in a few words, for the page title. */
export type DecisionNode = {
  readonly id: string;
  readonly question: DecideKey;
  readonly help: DecideKey;
  readonly topic: DecideKey;
  readonly answers: readonly DecisionAnswer[];
};

// Questions answered yes or no: the node ids whose "a.<node>.yes" and "a.<node>.no" strings exist.
type NodeWithYesNo<K> = K extends `a.${infer N}.yes` ? (`a.${N}.no` extends DecideKey ? N : never) : never;
type YesNoNode = NodeWithYesNo<DecideKey>;
const yes = <N extends YesNoNode>(node: N, sets: PartnerProfile, next: string): DecisionAnswer => ({ id: "yes", label: `a.${node}.yes`, sets, next });
const no = <N extends YesNoNode>(node: N, sets: PartnerProfile, next: string): DecisionAnswer => ({ id: "no", label: `a.${node}.no`, sets, next });

/** Every question, the first one first. */
export const decisionNodes: readonly DecisionNode[] = [
  {
    id: "customers",
    question: "q.customers",
    help: "q.customers.help",
    topic: "q.customers.topic",
    answers: [
      // The engine counts regions; the tool asks "one or several", and names them after the answer.
      { id: "one-region", label: "a.customers.one-region", sets: { regions: ["home"] }, next: "us-government" },
      { id: "several-regions", label: "a.customers.several-regions", sets: { regions: ["home", "elsewhere"] }, next: "us-government" },
    ],
  },
  {
    id: "us-government",
    question: "q.us-government",
    help: "q.us-government.help",
    topic: "q.us-government.topic",
    answers: [
      { id: "no", label: "a.us-government.no", sets: { usGovernment: false }, next: "own-use" },
      { id: "yes-us", label: "a.us-government.yes-us", sets: { usGovernment: true, servesUsGovernment: true }, next: "own-use" },
      { id: "yes-other", label: "a.us-government.yes-other", sets: { usGovernment: true, servesUsGovernment: false }, next: "own-use" },
    ],
  },
  {
    id: "own-use",
    question: "q.own-use",
    help: "q.own-use.help",
    topic: "q.own-use.topic",
    answers: [yes("own-use", { ownUse: true }, "goal"), no("own-use", { ownUse: false }, "goal")],
  },
  {
    id: "goal",
    question: "q.goal",
    help: "q.goal.help",
    topic: "q.goal.topic",
    answers: [
      { id: "resell", label: "a.goal.resell", sets: { avoidUpfrontInvestment: true, wantsEndToEnd: false, wantsToServeResellers: false }, next: resultStep },
      { id: "own-relationship", label: "a.goal.own-relationship", sets: { wantsEndToEnd: true, avoidUpfrontInvestment: false, wantsToServeResellers: false }, next: "enrolment" },
      { id: "supply-resellers", label: "a.goal.supply-resellers", sets: { wantsToServeResellers: true, wantsEndToEnd: false, avoidUpfrontInvestment: false }, next: "provider-approval" },
    ],
  },
  {
    id: "provider-approval",
    question: "q.provider-approval",
    help: "q.provider-approval.help",
    topic: "q.provider-approval.topic",
    answers: [yes("provider-approval", { approvedAsProvider: true }, resultStep), no("provider-approval", { approvedAsProvider: false }, resultStep)],
  },
  {
    id: "enrolment",
    question: "q.enrolment",
    help: "q.enrolment.help",
    topic: "q.enrolment.topic",
    answers: [
      { id: "not-enrolled", label: "a.enrolment.not-enrolled", sets: { newToCsp: true }, next: resultStep },
      { id: "indirect-reseller", label: "a.enrolment.indirect-reseller", sets: { newToCsp: false }, next: "months" },
      { id: "direct-bill", label: "a.enrolment.direct-bill", sets: { newToCsp: false, directBillStatus: "active" }, next: resultStep },
      { id: "restricted", label: "a.enrolment.restricted", sets: { newToCsp: false, directBillStatus: "restricted" }, next: resultStep },
    ],
  },
  {
    id: "months",
    question: "q.months",
    help: "q.months.help",
    topic: "q.months.topic",
    answers: [
      { id: "under-12", label: "a.months.under-12", sets: { monthsAsIndirectReseller: 0 }, next: resultStep },
      { id: "12-or-more", label: "a.months.12-or-more", sets: { monthsAsIndirectReseller: 12 }, next: "revenue" },
    ],
  },
  {
    id: "revenue",
    question: "q.revenue",
    help: "q.revenue.help",
    topic: "q.revenue.topic",
    answers: [
      { id: "under-300k", label: "a.revenue.under-300k", sets: { trailingRevenueUsd: 0 }, next: resultStep },
      { id: "300k-to-1m", label: "a.revenue.300k-to-1m", sets: { trailingRevenueUsd: 300_000 }, next: resultStep },
      { id: "1m-or-more", label: "a.revenue.1m-or-more", sets: { trailingRevenueUsd: 1_000_000 }, next: "support" },
    ],
  },
  {
    id: "support",
    question: "q.support",
    help: "q.support.help",
    topic: "q.support.topic",
    answers: [yes("support", { firstLineSupport: true }, "support-plan"), no("support", { firstLineSupport: false }, resultStep)],
  },
  {
    id: "support-plan",
    question: "q.support-plan",
    help: "q.support-plan.help",
    topic: "q.support-plan.topic",
    answers: [
      { id: "yes", label: "a.support-plan.yes", sets: { creditCheckPassed: true, supportPlan: true }, next: "billing" },
      { id: "no-plan", label: "a.support-plan.no-plan", sets: { creditCheckPassed: true, supportPlan: false }, next: resultStep },
      { id: "no-credit", label: "a.support-plan.no-credit", sets: { creditCheckPassed: false }, next: resultStep },
    ],
  },
  {
    id: "billing",
    question: "q.billing",
    help: "q.billing.help",
    topic: "q.billing.topic",
    answers: [
      { id: "yes-with-api", label: "a.billing.yes-with-api", sets: { billingAndProvisioning: true, apiIntegration: true }, next: "location-id" },
      { id: "yes", label: "a.billing.yes", sets: { billingAndProvisioning: true, apiIntegration: false }, next: "location-id" },
      { id: "no", label: "a.billing.no", sets: { billingAndProvisioning: false }, next: resultStep },
    ],
  },
  {
    id: "location-id",
    question: "q.location-id",
    help: "q.location-id.help",
    topic: "q.location-id.topic",
    answers: [yes("location-id", { mpnLocationInCountry: true }, "signing-authority"), no("location-id", { mpnLocationInCountry: false }, resultStep)],
  },
  {
    id: "signing-authority",
    question: "q.signing-authority",
    help: "q.signing-authority.help",
    topic: "q.signing-authority.topic",
    answers: [yes("signing-authority", { signingAuthority: true }, "assessment"), no("signing-authority", { signingAuthority: false }, resultStep)],
  },
  {
    id: "assessment",
    question: "q.assessment",
    help: "q.assessment.help",
    topic: "q.assessment.topic",
    answers: [
      { id: "yes", label: "a.assessment.yes", sets: { operationalAssessment: true, securityScore: true }, next: "designation" },
      { id: "no-assessment", label: "a.assessment.no-assessment", sets: { operationalAssessment: false }, next: resultStep },
      { id: "no-security", label: "a.assessment.no-security", sets: { securityScore: false }, next: resultStep },
      { id: "neither", label: "a.assessment.neither", sets: { operationalAssessment: false, securityScore: false }, next: resultStep },
    ],
  },
  {
    id: "designation",
    question: "q.designation",
    help: "q.designation.help",
    topic: "q.designation.topic",
    answers: [yes("designation", { solutionsPartnerDesignation: true }, resultStep), no("designation", { solutionsPartnerDesignation: false }, resultStep)],
  },
];

/** The id of the first question. */
export const rootNode = "customers";

/** The tool's four outcomes: the recommended role, or "not yet" when the role the reader wants is not open yet. */
export const outcomes = ["direct-bill", "indirect-provider", "indirect-reseller", "not-yet"] as const;

/** One of the tool's outcomes; also the last segment of its page (/en/decide/result/not-yet/). */
export type OutcomeId = (typeof outcomes)[number];

/** Whether a string is one of the outcomes. */
export function isOutcome(value: unknown): value is OutcomeId {
  return typeof value === "string" && (outcomes as readonly string[]).includes(value);
}

/** The outcome recommendRole's advice amounts to. */
export function outcomeOf(advice: RoleAdvice): OutcomeId {
  return advice.notYet ? "not-yet" : advice.recommended;
}

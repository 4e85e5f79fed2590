/**
 * A partner's profile: what a company says about itself when it applies for direct bill or asks which
 * CSP role fits it (csp-facts.md, section 7). Every field is optional: an unanswered question counts as
 * "not met" for a requirement and is reported as unanswered, so a decision tool can ask one question at a time.
 *
 *   { newToCsp: false, monthsAsIndirectReseller: 14, trailingRevenueUsd: 450000, firstLineSupport: true,
 *     supportPlan: true, creditCheckPassed: true, billingAndProvisioning: true, regions: ["europe"] }
 */
import { array, bool, int, num, object, oneOf, optional, region, type Infer } from "./schema.ts";

/** The profile schema; the field comments are the questions a decision tool asks. */
export const profileSchema = object(
  {
    /** Has the company never been enrolled in CSP, in any role? (R4, question 1) */
    newToCsp: optional(bool()),
    /** Months the company has transacted as an indirect reseller. (R5, question 2) */
    monthsAsIndirectReseller: optional(int(0)),
    /** CSP revenue over the trailing 12 months, in US dollars. (R5, question 3) */
    trailingRevenueUsd: optional(num(0)),
    /** Can it give customers first-level support itself? (R5, question 4) */
    firstLineSupport: optional(bool()),
    /** Will it buy an Advanced or Premier Support for Partners plan? (R5, question 5) */
    supportPlan: optional(bool()),
    /** Has it passed (or can it pass) Microsoft's credit check? (R5, question 5) */
    creditCheckPassed: optional(bool()),
    /** Does it run billing, accounts-receivable and provisioning systems? (R5, question 6) */
    billingAndProvisioning: optional(bool()),
    /** Can it integrate with Partner Center through the APIs? (S6, question 6) */
    apiIntegration: optional(bool()),
    /** Does it have a partner-programme location ID in the country of its CSP account? (R5, R7, question 12) */
    mpnLocationInCountry: optional(bool()),
    /** Can the applicant sign agreements for the company? (R5) */
    signingAuthority: optional(bool()),
    /** Does it run a managed service, its own IP or a customer solution? (recommended for direct bill, question 9) */
    managedService: optional(bool()),
    /** Has it passed Microsoft's operational capability assessment? (newer R5, question 11) */
    operationalAssessment: optional(bool()),
    /** Does it meet the Partner Center security-score requirements? (newer R5, question 11) */
    securityScore: optional(bool()),
    /** Does it hold at least one Solutions Partner designation? (newer R5, question 11) */
    solutionsPartnerDesignation: optional(bool()),
    /** Does it want to own pricing, invoicing and support end to end? (question 7) */
    wantsEndToEnd: optional(bool()),
    /** Does it want to avoid up-front investment in billing and support? (question 8) */
    avoidUpfrontInvestment: optional(bool()),
    /** Does it want to supply other resellers at scale? (R12, question 10) */
    wantsToServeResellers: optional(bool()),
    /** Has Microsoft approved it as an indirect provider? (R12, question 10) */
    approvedAsProvider: optional(bool()),
    /** The CSP regions its customers are in. (R7, R15, R28, question 12) */
    regions: optional(array(region())),
    /** Does it need a sandbox tenant for API testing? (R11, question 13) */
    needsSandbox: optional(bool()),
    /** Its current direct-bill status, if it is a direct-bill partner. (R9, R10, question 14) */
    directBillStatus: optional(oneOf(["active", "restricted"])),
    /** Does it want to sell in Microsoft Cloud for US Government? (R36, R52, question 15) */
    usGovernment: optional(bool()),
    /** Is it based in the United States and serving US government entities? (R52) */
    servesUsGovernment: optional(bool()),
    /** Does it want to buy Microsoft services for its own use? (R46–R50, question 16) */
    ownUse: optional(bool()),
  },
  "PartnerProfile",
);

/** What a partner says about itself; see profileSchema for each question. */
export type PartnerProfile = Infer<typeof profileSchema>;

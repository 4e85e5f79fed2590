/**
 * The public sources the rules and the guides rest on (csp-facts.md, section 0).
 *
 *   S1: { title: "Work with other partners", url: "https://learn.microsoft.com/…", date: "2020-11-29", kind: "article" }
 *
 * `date` is the article's ms.date where we could read it; newer pages seen only as excerpts have none.
 */

/** What kind of public text a source is; readers weigh a Q&A answer differently from an article. */
export type SourceKind = "article" | "faq" | "api" | "qa" | "third-party" | "marketing";

/** One public source. */
export type Source = {
  readonly title: string;
  readonly url: string;
  /** ISO date the source was last updated (ms.date), when known. */
  readonly date?: string;
  readonly kind: SourceKind;
};

const learn = "https://learn.microsoft.com/partner-center";

/** Every source, keyed by its stable id (S… for articles read in full, W… for newer pages read as excerpts). */
export const sources = {
  S1: { title: "Work with other partners in the CSP program", url: `${learn}/work-with-other-partners`, date: "2020-11-29", kind: "article" },
  S2: { title: "Indirect provider tasks in Partner Center", url: `${learn}/indirect-provider-tasks-in-partner-center`, date: "2021-03-23", kind: "article" },
  S3: { title: "Indirect reseller tasks in Partner Center", url: `${learn}/indirect-reseller-tasks-in-partner-center`, date: "2021-09-27", kind: "article" },
  S4: { title: "Multi-partner support", url: `${learn}/multipartner`, date: "2020-11-29", kind: "article" },
  S5: { title: "Multichannel support", url: `${learn}/multichannel`, date: "2020-06-17", kind: "article" },
  S6: { title: "Supported partner relationships in CSP", url: `${learn}/csp-supported-partner-relationships`, date: "2020-05-12", kind: "article" },
  S7: { title: "Request a reseller relationship with a customer", url: `${learn}/request-a-relationship-with-a-customer`, date: "2020-06-17", kind: "article" },
  S8: { title: "Remove a reseller relationship with a customer", url: `${learn}/remove-a-relationship`, date: "2020-06-05", kind: "article" },
  S9: { title: "Customers revoking admin privileges", url: `${learn}/customers-revoke-admin-privileges`, date: "2020-12-02", kind: "article" },
  S10: { title: "New requirements for direct-bill partners", url: `${learn}/direct-partner-new-requirements`, date: "2021-04-15", kind: "article" },
  S11: { title: "Enrolling in the CSP program", url: `${learn}/enrolling-in-the-csp-program`, date: "2021-08-18", kind: "article" },
  S12: { title: "Restricted direct-bill capabilities", url: `${learn}/restricted-direct-bill-capabilities`, date: "2021-09-27", kind: "article" },
  S13: { title: "Transition from direct bill to indirect reseller", url: `${learn}/transition-direct-to-indirect`, date: "2021-10-07", kind: "article" },
  S14: { title: "Microsoft Partner Agreement FAQ for indirect providers", url: `${learn}/mpa-indirect-provider-faq`, date: "2021-02-17", kind: "faq" },
  S15: { title: "CSP in national clouds", url: `${learn}/csp-national-clouds-overview`, date: "2020-05-05", kind: "article" },
  S16: { title: "Partner Center for Microsoft Cloud for US Government (overview and FAQ)", url: `${learn}/partner-center-for-microsoft-us-govt-cloud`, date: "2021-06-17", kind: "faq" },
  S17: { title: "Regional authorization overview", url: `${learn}/regional-authorization-overview`, date: "2021-04-15", kind: "article" },
  S18: { title: "Connect with your customers", url: `${learn}/connect-with-your-customers`, date: "2021-09-27", kind: "article" },
  S19: { title: "Add a new customer", url: `${learn}/add-a-new-customer`, date: "2021-09-27", kind: "article" },
  S20: { title: "Assign support contacts", url: `${learn}/assign-support-contacts`, date: "2021-09-27", kind: "article" },
  S21: { title: "Confirm customer acceptance of the Microsoft Customer Agreement", url: `${learn}/confirm-customer-agreement`, date: "2021-03-24", kind: "article" },
  S22: { title: "Switch Azure subscriptions to a different partner; transfer Azure plan subscriptions", url: `${learn}/switch-azure-subscriptions-to-a-different-partner`, date: "2021-07-21", kind: "article" },
  S23: { title: "Transition seat-based services", url: `${learn}/transition-seat-based-services`, date: "2020-06-30", kind: "article" },
  S24: { title: "Azure Partner Shared Services", url: `${learn}/shared-services`, date: "2020-11-11", kind: "article" },
  S25: { title: "21Vianet: multi-partner, multichannel and customer relationships (archived)", url: "https://github.com/MicrosoftDocs/partner-center-pr.de-de/tree/live/Archive", date: "2018-10-29", kind: "article" },
  S26: { title: "Revoke and reinstate admin privileges for Azure CSP", url: `${learn}/revoke-reinstate-csp`, date: "2021-05-27", kind: "article" },
  W1: { title: "Multi-partner (current version)", url: `${learn}/customers/multipartner`, kind: "article" },
  W2: { title: "Remove a reseller relationship (current version)", url: `${learn}/remove-a-relationship`, kind: "article" },
  W3: { title: "Request a relationship with a customer (current version)", url: `${learn}/customers/request-a-relationship-with-a-customer`, kind: "article" },
  W4: { title: "Direct-bill partner requirements (current version)", url: `${learn}/enroll/direct-partner-new-requirements`, kind: "article" },
  W5: { title: "Cloud Solution Provider program requirements", url: "https://partner.microsoft.com/partnership/cloud-solution-provider-requirements", kind: "marketing" },
  W6: { title: "Transition from direct bill to indirect reseller (current version)", url: `${learn}/transition-direct-to-indirect`, kind: "article" },
  W7: { title: "Distributor (indirect provider) tasks in Partner Center (current version)", url: `${learn}/customers/indirect-provider-tasks-in-partner-center`, kind: "article" },
  W8: { title: "Partner of record validation (Microsoft Q&A answer)", url: "https://learn.microsoft.com/answers/questions/5792224", kind: "qa" },
  W9: { title: "GDAP bulk migration tool FAQ", url: `${learn}/gdap-bulk-migration-tool-faq`, kind: "faq" },
  W10: { title: "Introduction to granular delegated admin privileges (GDAP)", url: `${learn}/gdap-introduction`, kind: "article" },
  W11: { title: "resellerDelegatedAdminRelationship (Microsoft Graph)", url: "https://learn.microsoft.com/graph/api/resources/resellerdelegatedadminrelationship", kind: "api" },
  W12: { title: "Multichannel (current version)", url: `${learn}/customers/multichannel`, kind: "article" },
  W13: { title: "Link a partner ID to your account that's used to manage customers", url: "https://learn.microsoft.com/azure/cost-management-billing/manage/link-partner-id", date: "2023-07-27", kind: "article" },
  W14: { title: "21Vianet partner center: multichannel and multi-partner", url: "https://msdn.microsoft.com/en-us/partner-china/multichannel", date: "2016-10-20", kind: "article" },
  W15: { title: "Distributor notices on partner-of-record validation", url: "https://www.dickerdata.com.au", kind: "third-party" },
  W16: { title: "Validate a reseller's partner of record (Partner Center API)", url: `${learn}/developer/validate-reseller-partner-of-record`, kind: "api" },
  W17: { title: "End a GDAP relationship (customer-led and partner-led)", url: `${learn}/customers/gdap-customer-terminate`, kind: "article" },
  W18: { title: "New indirect reseller requirements", url: `${learn}/enroll/new-indirect-reseller-requirement`, kind: "article" },
  W19: { title: "Transfer Azure subscriptions from EA to CSP (billing ownership)", url: "https://learn.microsoft.com/azure/cost-management-billing/manage/transfer-subscriptions-subscribers-csp", date: "2020-01-27", kind: "article" },
} as const satisfies Record<string, Source>;

/** A source id, such as "S4" or "W8". */
export type SourceId = keyof typeof sources;

/** Every source id. */
export const sourceIds = Object.keys(sources) as SourceId[];

/** Whether a string names a known source. */
export function isSourceId(value: string): value is SourceId {
  return Object.hasOwn(sources, value);
}

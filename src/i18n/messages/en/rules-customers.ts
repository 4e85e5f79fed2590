/** English messages of rules R23–R31: what resellers cannot do, partner of record, regions, ending relationships, support contact. */
import type { Message } from "../../format.ts";

/** Messages of rules R23–R31. */
export const enRulesCustomers = {
  "rule.R23.title": "An indirect reseller does not create tenants, attest the MCA or place orders itself",
  "rule.R23.cannotCreateCustomers": "{partner} is an indirect reseller and cannot create customer tenants.",
  "rule.R23.cannotAttest": "{partner} is an indirect reseller and cannot attest the customer's MCA acceptance.",
  "rule.R23.cannotOrder": "{partner} is an indirect reseller and cannot place orders itself.",
  "rule.R23.cannotReceive": "{partner} is an indirect reseller and cannot receive a subscription transfer.",
  "rule.R23.remedyProviderCreates": "Ask a provider of {partner} to create the tenant and name {partner} as its reseller.",
  "rule.R23.remedyAttest": "The provider attests the acceptance, or the customer accepts the MCA through the invitation link.",
  "rule.R23.remedyProviderOrders": "Ask a provider of {partner} to submit the order with {partner} as reseller.",
  "rule.R23.remedyReceive": "Name a provider of {partner} as the receiving partner.",
  "rule.R23.providerCreates": "{provider} creates the customer and names {reseller} as its reseller.",

  "rule.R24.title": "A reseller must accept the MPA before its ID goes on a subscription",
  "rule.R24.resellerMpa": "{reseller} has accepted the MPA.",
  "rule.R24.resellerNoMpa": "{reseller} has not accepted the MPA for the {region} region, so its ID cannot go on a new subscription.",
  "rule.R24.remedy": "A Global admin of {reseller} accepts the MPA for the {region} region.",

  "rule.R25.title": "The partner of record is validated, for new orders from June 2025 and for changes from December 2025",
  "rule.R25.compliant": "{reseller} is active and compliant, so it may be the partner of record.",
  "rule.R25.blockedNewOrder": "{reseller} is not active and compliant (status: {status}), so it cannot be the partner of record of a new order.",
  "rule.R25.blockedChange": "{reseller} is not active and compliant (status: {status}); this change ({change}) is blocked.",
  "rule.R25.remedy": "{reseller} restores its status (active enrolment, accepted MPA), or the order goes ahead without it as partner of record.",
  "rule.R25.autoRenewExcluded": "Automatic renewals are not validated, so the renewal goes ahead whatever the status of {reseller}.",
  "rule.R25.doubtStartDate": "One distributor notice gives {altDate} for validating new orders; the engine follows the date in Microsoft's answer, {from}.",

  "rule.R26.title": "A provider order without a reseller is the provider's own direct transaction",
  "rule.R26.directTransaction": "No reseller is named, so the order counts as a direct transaction of {provider}.",

  "rule.R27.title": "In the EU and EEA up to five additional resellers are declared",
  "rule.R27.declared": { one: "One additional reseller is declared; it is checked but earns no extra incentives.", other: "{count} additional resellers are declared; they are checked but earn no extra incentives." },
  "rule.R27.initialFirst": "Additional resellers can be declared only after the initial reseller is chosen.",
  "rule.R27.tooMany": "{count} additional resellers are declared; at most {max} are allowed.",
  "rule.R27.invalidAdditional": "The additional reseller {reseller} lacks an enrolment, a valid partner ID or an accepted MPA.",
  "rule.R27.remedyInitial": "Choose the initial reseller first, then add the others.",

  "rule.R28.title": "Partner and customer must be in the same CSP region",
  "rule.R28.sameRegion": "Partner and customer are both in the {region} region.",
  "rule.R28.differentRegion": "{partner} is in the {partnerRegion} region, but {customer} is in {customerRegion}.",
  "rule.R28.remedy": "Serve this customer from a CSP account in the {customerRegion} region.",

  "rule.R29.title": "Only a direct-bill partner or a provider removes a customer relationship",
  "rule.R29.mayRemove": "{partner} bills the customer directly or as a provider, so it may remove the relationship.",
  "rule.R29.resellerCannotRemove": "{partner} is an indirect reseller and cannot remove a customer relationship itself.",
  "rule.R29.remedy": "{partner} asks its provider to remove the relationship.",
  "rule.R29.doubtOlderDocs": "A 2020–21 page written for resellers shows a “remove relationship” step without saying who may use it; the ban comes from newer pages.",

  "rule.R30.title": "A relationship is removed only when nothing is active, and removal ends delegated admin",
  "rule.R30.clear": "Nothing of {partner} is active for {customer} any more, so the relationship can be removed.",
  "rule.R30.noRelationship": "{partner} has no active relationship with {customer} to remove.",
  "rule.R30.activeSubscriptions": { one: "One subscription still blocks the removal ({subscription}).", other: "{count} subscriptions still block the removal (first: {subscription})." },
  "rule.R30.remedySuspend": "Suspend the subscriptions and cancel reservations and software purchases first.",
  "rule.R30.remedyCancel": "Cancel new-commerce subscriptions (suspending them is not enough, they keep billing), suspend legacy ones, and cancel reservations, software and Marketplace items.",
  "rule.R30.adminRemovedWithRelationship": "The delegated admin rights of {partner} in {customer} ended when the reseller relationship was removed.",
  "rule.R30.doubtOld": "The 2020 page asked only for subscriptions to be suspended; it predates new-commerce subscriptions.",
  "rule.R30.doubtNceDate": "The newer page that requires cancelling new-commerce subscriptions is undated; the engine applies it from {switchDate}.",
  "rule.R30.doubtDapStays": "One 2020–21 page says delegated admin rights stay after the relationship is removed; the engine follows the pages that say they are removed.",

  "rule.R31.title": "The provider is the default support contact; a reseller needs delegated admin to take over",
  "rule.R31.defaultProvider": "{provider} becomes the support contact for the new subscription.",
  "rule.R31.provider": "{provider} is named as the support contact.",
  "rule.R31.delegated": "{reseller} holds delegated admin rights in {customer}, so it can be the support contact.",
  "rule.R31.noDelegatedAdmin": "{reseller} holds no delegated admin rights in {customer}, so it cannot be the support contact.",
  "rule.R31.remedy": "{reseller} first gets an admin relationship with {customer} approved.",
} as const satisfies Record<string, Message>;

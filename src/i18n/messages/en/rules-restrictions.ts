/** English messages of rules R46–R58: buying from other partners, national clouds, and the move from direct bill to indirect. */
import type { Message } from "../../format.ts";

/** Messages of rules R46–R58. */
export const enRulesRestrictions = {
  "rule.R46.title": "A CSP transacting tenant is never another CSP partner's customer",
  "rule.R46.cspTenantNotCustomer": "{customer} is the CSP tenant of a partner, so {partner} cannot sell to it.",
  "rule.R46.remedy": "Buy into a separate, customer-type tenant kept for internal use, not into {customer}.",

  "rule.R47.title": "A partner may buy from another partner into a separate internal tenant",
  "rule.R47.internalTenant": "{customer} is a partner's separate internal tenant, so it may buy from another CSP partner.",

  "rule.R48.title": "No sales to oneself or to companies of one's own group",
  "rule.R48.self": "{customer} belongs to the same company as {partner}; a partner does not sell to itself.",
  "rule.R48.affiliate": "{customer} belongs to a company of the same group as {partner}; a partner does not sell to its affiliates.",
  "rule.R48.remedyOtherPartner": "Buy for own use from another CSP partner into an internal tenant, or use Azure Partner Shared Services for Azure.",

  "rule.R49.title": "A reseller's linked tenant cannot be its own provider's customer",
  "rule.R49.linkedReseller": "{customer} is the tenant of a reseller linked to {provider}, so it cannot also be a customer of {provider}.",
  "rule.R49.remedy": "Set up a separate tenant for internal use instead of {customer}.",

  "rule.R50.title": "Azure for own use can be bought through Shared Services, only into a dedicated tenant",
  "rule.R50.sharedServices": "Azure Partner Shared Services are bought into the dedicated tenant {tenant}.",
  "rule.R50.ownUseOnly": "The shared-services offer ({product}) is only for the partner's own use, not for customers.",
  "rule.R50.azureOnly": "{tenant} is a shared-services tenant: it takes Azure for own use only, not {product}.",
  "rule.R50.ownTenant": "{tenant} must belong to the buying partner.",
  "rule.R50.dedicatedTenant": "{tenant} must be a dedicated shared-services tenant.",
  "rule.R50.remedyOwnUse": "Buy the shared-services offer for the partner's own shared-services tenant.",

  "rule.R51.title": "Multi-partner and multichannel also work in national clouds",
  "rule.R51.notYetInUsGov": "On this date the US Government Partner Center did not yet offer reseller-relationship requests for {customer}.",
  "rule.R51.available": "Multi-partner and multichannel are available in {cloud}.",
  "rule.R51.doubtUsGov": "A May 2020 US Government page listed these features as not yet available; the November 2020 pages say they are.",

  "rule.R52.title": "US Government needs its own enrolment, for US partners serving government",
  "rule.R52.eligible": "{partner} is a US partner serving US government entities and can enrol for US Government.",
  "rule.R52.approvalReused": "{partner} is already approved as a commercial indirect reseller; that approval is reused, but the enrolment is separate.",
  "rule.R52.notEligible": "{partner} does not qualify: only partners based in the United States that serve US government entities can enrol for US Government.",
  "rule.R52.remedy": "Serve US government customers from the United States and show it to Microsoft, for example with government contract numbers.",

  "rule.R53.title": "Microsoft Cloud Germany takes no new customers or services",
  "rule.R53.closed": "{customer} would be in Microsoft Cloud Germany, which accepts no new customers or services.",

  "rule.R54.title": "In 21Vianet, customers come in through the provider's invitation",
  "rule.R54.providerInvitesOnly": "{reseller} cannot send its own customer invitation in the 21Vianet Partner Center.",
  "rule.R54.remedy": "Use the invitation of the provider of {reseller}.",
  "rule.R54.doubtArchived": "These rules come from archived 21Vianet pages (2016–2018); their current status is not confirmed.",

  "rule.R55.title": "National-cloud and commercial tenants never share relationships",
  "rule.R55.separateClouds": "{partner} is in {partnerCloud} and {other} in {otherCloud}; nothing links tenants of different clouds.",
  "rule.R55.remedy": "Enrol separately in the partner programme for {otherCloud} and act from that tenant.",
  "rule.R55.doubtInferred": "This is inferred from how the national clouds are described, not stated as a rule.",

  "rule.R56.title": "Reseller-relationship extension copies a direct-bill customer to a provider",
  "rule.R56.extending": "The relationship with {customer} is extended to {provider}; the customer's billing details are shared, but no admin rights.",
  "rule.R56.notTransitioning": "{partner} must be moving from direct bill to indirect reseller on this tenant.",
  "rule.R56.notDirectCustomer": "{customer} must be an existing direct-bill customer of {partner}.",
  "rule.R56.noPartnership": "{partner} must have accepted a partnership with {provider}.",
  "rule.R56.noConsent": "{customer} must agree to the extension.",
  "rule.R56.alreadyExtended": "{provider} must not already have a relationship with {customer}.",
  "rule.R56.remedyConsent": "Get the consent of {customer} before extending the relationship.",

  "rule.R57.title": "Self-service transfer to the provider has strict conditions",
  "rule.R57.requestOk": { one: "One subscription can move to {provider}; it gets a new subscription ID once accepted.", other: "{count} subscriptions can move to {provider}; they get new subscription IDs once accepted." },
  "rule.R57.notTransitioning": "{partner} must be moving from direct bill to indirect reseller.",
  "rule.R57.noPartnership": "{partner} must have an accepted partnership with the provider {provider}.",
  "rule.R57.customerNotMoved": "{customer} must already have been moved to {provider}.",
  "rule.R57.noMcaWithProvider": "{customer} must have accepted the MCA through {provider}.",
  "rule.R57.notEligible": "Only Office 365 licence subscriptions and Azure pay-as-you-go (MS-AZR-0145P) can be transferred this way.",
  "rule.R57.notSeller": "{partner} must have sold every subscription in the request.",
  "rule.R57.addOnWithoutBase": "Add-ons move with their base subscription; request the base subscription.",
  "rule.R57.openRequest": "No subscription in this request may be in another open transfer request.",
  "rule.R57.accepting": "The provider accepts transfer request {request}; add-ons move with their base.",
  "rule.R57.notOpen": "Transfer request {request} is no longer open.",
  "rule.R57.notReceiver": "{partner} is not the provider that transfer request {request} is addressed to.",

  "rule.R58.title": "Direct bill is not used for customers won as an indirect reseller",
  "rule.R58.acquiredAsReseller": "{partner} won {customer} as an indirect reseller, so it cannot buy for it as a direct-bill partner.",
  "rule.R58.remedy": "Order for {customer} through the provider.",
} as const satisfies Record<string, Message>;

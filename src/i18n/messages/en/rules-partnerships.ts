/** English messages of rules R13–R22: the provider–reseller partnership, orders and customer relationships. */
import type { Message } from "../../format.ts";

/** Messages of rules R13–R22. */
export const enRulesPartnerships = {
  "rule.R13.title": "A partnership exists only once the reseller accepts the provider's request",
  "rule.R13.requesting": "{provider} asks {reseller} to authorise it as an indirect provider.",
  "rule.R13.alreadyRequested": "{provider} has already sent {reseller} a partnership request that is still waiting.",
  "rule.R13.alreadyPartners": "{provider} and {reseller} are already partners.",
  "rule.R13.accepting": "{reseller} accepts the partnership request from {provider}.",
  "rule.R13.noRequest": "There is no partnership request from {provider} for {reseller} to accept.",
  "rule.R13.remedyRequest": "{provider} first sends {reseller} a partnership request.",
  "rule.R13.alreadyAccepted": "{reseller} has already accepted {provider}.",
  "rule.R13.notGlobalAdmin": "Only the reseller's Global admin can authorise a provider; this user is a {userRole}.",
  "rule.R13.remedyGlobalAdmin": "Ask a Global admin of the reseller's tenant to accept the request.",
  "rule.R13.pending": "The request from {provider} is still waiting for {reseller}; a pending request grants nothing.",
  "rule.R13.remedyAuthorise": "The Global admin of {reseller} selects “Authorise indirect provider” for {provider}.",
  "rule.R13.accepted": "{reseller} has accepted the partnership with {provider}.",

  "rule.R14.title": "Only an enrolled indirect reseller can form a partnership",
  "rule.R14.enrolled": "{reseller} is enrolled as an indirect reseller.",
  "rule.R14.notEnrolled": "{reseller} is not enrolled as an indirect reseller in Partner Center.",
  "rule.R14.remedy": "{reseller} enrols as an indirect reseller before the partnership is formed.",

  "rule.R15.title": "Provider and reseller must be in the same CSP region",
  "rule.R15.sameRegion": "Provider and reseller are both in the {region} region.",
  "rule.R15.differentRegion": "{provider} is in the {providerRegion} region and {reseller} in {resellerRegion}; partnerships do not cross regions.",
  "rule.R15.remedy": "{reseller} opens a CSP account in the {providerRegion} region, with a partner location ID in a country of that region.",

  "rule.R16.title": "A reseller may work with several providers",
  "rule.R16.several": { one: "{reseller} already works with one other provider; several partnerships in the same region are allowed.", other: "{reseller} already works with {count} other providers; several partnerships in the same region are allowed." },

  "rule.R17.title": "A partnership does not share customers",
  "rule.R17.notShared": "{customer} has a relationship with {reseller}, not with {provider}; the partnership does not give {provider} the reseller's customers.",
  "rule.R17.remedy": "{customer} accepts an invitation from {reseller} that names {provider}, so both get a relationship.",

  "rule.R18.title": "Ending a partnership keeps customers and granted admin rights",
  "rule.R18.removing": "{provider} ends the partnership with {reseller}; customers and delegated admin rights already granted stay as they are.",
  "rule.R18.noPartnership": "{provider} and {reseller} have no partnership to end.",
  "rule.R18.removed": "{provider} ended the partnership with {reseller}, so it can no longer name {reseller} on new business.",
  "rule.R18.doubtProcess": "The 2020 page sends providers to Microsoft Support for this; the 2021 page describes a “Remove partnership” action.",
  "rule.R18.doubtInferred": "That a removed reseller cannot be named on new orders is inferred from the sources, not stated.",

  "rule.R19.title": "Authorising a provider gives it rights for the reseller's customers and tenant",
  "rule.R19.grants": "Once authorised, {provider} can submit orders for this reseller's customers and gets admin access to the reseller's own tenant.",
  "rule.R19.withdrawing": "The reseller removes the admin access of {provider} to its own tenant; the partnership stays.",
  "rule.R19.noPartnership": "{reseller} has no accepted partnership with {provider}.",
  "rule.R19.tenantAccess": "{provider} administers the tenant of {reseller} through their partnership.",
  "rule.R19.accessWithdrawn": "{reseller} has withdrawn the admin access of {provider} to its tenant.",

  "rule.R20.title": "No order without a reseller relationship and a recorded MCA acceptance",
  "rule.R20.ready": "{partner} has a reseller relationship with {customer}, and the customer's MCA acceptance is recorded.",
  "rule.R20.noRelationship": "{partner} has no reseller relationship with {customer}.",
  "rule.R20.remedyRelationship": "{partner} sends {customer} a reseller-relationship request and the customer's Global admin accepts it.",
  "rule.R20.noMca": "{customer} has not accepted the Microsoft Customer Agreement with {partner}.",
  "rule.R20.remedyMca": "{partner} records the customer's MCA acceptance, or {customer} accepts it through the invitation link.",
  "rule.R20.canRecordMca": "{partner} has a reseller relationship with {customer}, so the MCA acceptance can be recorded.",

  "rule.R21.title": "A reseller relationship starts when a tenant is created or an invitation is accepted",
  "rule.R21.automatic": "{partner} creates the tenant {customer}; the reseller relationship comes with it.",
  "rule.R21.awaitsAcceptance": "The relationship between {partner} and {customer} starts when the customer's Global admin accepts the invitation.",
  "rule.R21.alreadyActive": "{partner} already has a reseller relationship with {customer}.",
  "rule.R21.alreadyRequested": "{partner} has already invited {customer}; the invitation is waiting.",
  "rule.R21.accepting": "{customer} accepts the invitation from {partner}.",
  "rule.R21.noInvitation": "{customer} has no invitation from {partner} to accept.",
  "rule.R21.remedy": "{partner} sends {customer} an invitation first.",
  "rule.R21.notGlobalAdmin": "Only the customer's Global admin can accept the invitation; this user is a {userRole}.",
  "rule.R21.remedyGlobalAdmin": "Ask a Global admin of the customer's tenant to accept it.",

  "rule.R22.title": "In the two-tier model the provider orders and needs its own customer relationship",
  "rule.R22.providerRelated": "{provider}, which submits the order, has its own relationship with {customer}.",
  "rule.R22.providerUnrelated": "{provider} submits the order but has no reseller relationship with {customer}.",
  "rule.R22.remedy": "{customer} accepts the “Invite new customers” link from {reseller} naming {provider}, which creates both relationships.",
  "rule.R22.bothRelationships": "When the customer accepts, both {reseller} and {provider} get a reseller relationship with it.",
} as const satisfies Record<string, Message>;

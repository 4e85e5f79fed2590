import { describe } from "vitest";
import { find, order, partnership, rel } from "./cast.ts";
import { ruleCases } from "./rule-cases.ts";

const good = { newToCsp: false, monthsAsIndirectReseller: 14, trailingRevenueUsd: 450_000, firstLineSupport: true, supportPlan: true, creditCheckPassed: true, billingAndProvisioning: true, mpnLocationInCountry: true, signingAuthority: true };
const apply = (partner: string, profile: Record<string, unknown> = good) => ({ type: "applyForDirectBill", partner, profile });

describe("roles, enrolment and direct bill (R1–R12)", () => {
  ruleCases([
    { rule: "R1", name: "lets a direct-bill partner also enrol as indirect reseller", action: { type: "transitionToIndirect", partner: "DB1" }, expect: "passed", message: "dualStatus" },
    { rule: "R1", name: "refuses a role the tenant already holds", action: { type: "enrol", partner: "R1", role: "indirect-reseller" }, expect: "failed", message: "alreadyEnrolled" },
    { rule: "R2", name: "lets a direct-bill partner buy from Microsoft", action: order("DB1", "C1"), expect: "passed" },
    { rule: "R2", name: "denies an indirect reseller buying from Microsoft", action: order("R1", "C2"), expect: "failed", message: "resellerCannotBuy" },
    { rule: "R3", name: "lets a provider order for a reseller that authorised it", action: order("P1", "C2", { reseller: "R1" }), expect: "passed" },
    { rule: "R3", name: "denies an order through a provider the reseller has not authorised", action: order("P2", "C2", { reseller: "R1" }), expect: "failed", message: "notAuthorised" },
    { rule: "R3", name: "denies a reseller its own direct relationship request", action: { type: "requestResellerRelationship", partner: "R1", customer: "C5" }, expect: "failed", message: "onlyThroughProvider" },
    { rule: "R4", name: "denies a newcomer direct bill from October 2020", action: apply("N1"), asOf: "2020-10-01", expect: "failed", message: "newcomer" },
    { rule: "R4", name: "is not yet in force on 30 September 2020", action: apply("N1"), asOf: "2020-09-30", expect: "dormant" },
    { rule: "R4", name: "lets an enrolled reseller apply", action: apply("R1"), expect: "passed" },
    { rule: "R5", name: "accepts USD 450K under the 2020–21 floor", action: apply("R1"), asOf: "2025-09-30", expect: "passed", doubt: true },
    { rule: "R5", name: "denies USD 450K under the USD 1M floor from October 2025", action: apply("R1"), asOf: "2025-10-01", expect: "failed", message: "notEligible" },
    { rule: "R5", name: "denies an applicant with 11 months as reseller", action: apply("R1", { ...good, monthsAsIndirectReseller: 11 }), expect: "failed" },
    { rule: "R6", name: "denies a direct-bill partner selling outside its region", action: order("DB1", "C9"), expect: "failed", message: "otherRegion" },
    { rule: "R6", name: "says a second region is vetted on its own", world: (w) => { w.tenants.push({ id: "DB1-US", organisation: "DB1", kind: "csp", region: "united-states", country: "US", enrolments: [{ role: "indirect-reseller" }] }); }, action: apply("DB1-US"), expect: "passed", message: "vettedSeparately" },
    { rule: "R7", name: "accepts a reseller with a location ID in its country", action: { type: "acceptPartnership", provider: "P2", reseller: "R1" }, world: (w) => { w.partnerships.push(partnership("P2", "R1", "requested")); }, expect: "passed" },
    { rule: "R7", name: "denies a reseller without a location ID in its country", action: order("P1", "C2", { reseller: "R1" }), world: (w) => { find(w.organisations, "R1")["mpnLocations"] = ["DE"]; }, expect: "failed", message: "noLocation" },
    { rule: "R8", name: "lets a Global admin accept the MPA", action: { type: "acceptMpa", partner: "N1", userRole: "global-admin" }, expect: "passed" },
    { rule: "R8", name: "denies a Sales agent accepting the MPA", action: { type: "acceptMpa", partner: "N1", userRole: "sales-agent" }, expect: "failed", message: "notGlobalAdmin" },
    { rule: "R8", name: "denies an order without MPA from 1 February 2020", action: order("DB1", "C1"), world: (w) => { find(w.organisations, "DB1")["agreements"] = []; }, asOf: "2020-02-01", expect: "failed", message: "missing" },
    { rule: "R8", name: "is not yet in force on 31 January 2020", action: order("DB1", "C1"), world: (w) => { find(w.organisations, "DB1")["agreements"] = []; }, asOf: "2020-01-31", expect: "dormant" },
    { rule: "R9", name: "denies a Restricted partner a new subscription", action: order("DB3", "C5"), world: (w) => { w.resellerRelationships.push(rel("DB3", "C5")); }, expect: "failed", message: "noNewPurchases" },
    { rule: "R9", name: "lets a Restricted partner change seats of an existing subscription", action: { type: "changeSubscription", partner: "DB3", subscription: "s-db3", change: "seats", seats: 3 }, world: (w) => { w.subscriptions.push({ id: "s-db3", customer: "C5", product: "M365", kind: "licence", channel: "csp", seller: "DB3" }); }, expect: "passed", message: "existingManaged" },
    { rule: "R9", name: "denies a Restricted partner a direct relationship request", action: { type: "requestResellerRelationship", partner: "DB3", customer: "C8" }, expect: "failed", message: "noDirectRequests" },
    { rule: "R10", name: "lets an active direct-bill partner become a reseller under the 2021 page", action: { type: "transitionToIndirect", partner: "DB1" }, asOf: "2021-12-31", expect: "passed", message: "oneWay" },
    { rule: "R10", name: "requires Restricted status first from 2022", action: { type: "transitionToIndirect", partner: "DB1" }, asOf: "2022-01-01", expect: "failed", message: "notRestricted" },
    { rule: "R10", name: "denies a return to direct bill on a transitioned tenant", action: apply("DB3"), world: (w) => { (find(w.tenants, "DB3")["enrolments"] as Record<string, unknown>[]).push({ role: "indirect-reseller" }); }, expect: "failed", message: "noReturn" },
    { rule: "R11", name: "lets a direct-bill partner create its sandbox", action: { type: "createSandbox", partner: "DB1", sandbox: "DB1-sbx" }, expect: "passed" },
    { rule: "R11", name: "denies a sandbox to a provider", action: { type: "createSandbox", partner: "P1", sandbox: "P1-sbx" }, expect: "failed", message: "directBillOnly" },
    { rule: "R11", name: "denies a second sandbox", action: { type: "createSandbox", partner: "DB1", sandbox: "DB1-sbx2" }, world: (w) => { w.tenants.push({ id: "DB1-sbx", organisation: "DB1", kind: "sandbox", region: "europe", country: "FR", sandboxOf: "DB1" }); }, expect: "failed", message: "onePerTenant" },
    { rule: "R12", name: "lets an approved provider request a partnership", action: { type: "requestPartnership", provider: "P2", reseller: "R1" }, expect: "passed" },
    { rule: "R12", name: "denies a partnership request from a partner that is not a provider", action: { type: "requestPartnership", provider: "DB1", reseller: "R1" }, expect: "failed", message: "notProvider" },
    { rule: "R12", name: "denies provider enrolment without Microsoft's approval, with a doubt about the criteria", action: { type: "enrol", partner: "R2", role: "indirect-provider" }, expect: "failed", doubt: true },
  ]);
});

describe("provider–reseller partnerships (R13–R19)", () => {
  ruleCases([
    { rule: "R13", name: "denies an order while the partnership request is pending", action: order("P2", "C2", { reseller: "R1" }), world: (w) => { w.partnerships.push(partnership("P2", "R1", "requested")); }, expect: "failed", message: "pending" },
    { rule: "R13", name: "lets the reseller accept a pending request", action: { type: "acceptPartnership", provider: "P2", reseller: "R1", userRole: "global-admin" }, world: (w) => { w.partnerships.push(partnership("P2", "R1", "requested")); }, expect: "passed" },
    { rule: "R13", name: "denies accepting a request that was never sent", action: { type: "acceptPartnership", provider: "P2", reseller: "R1" }, expect: "failed", message: "noRequest" },
    { rule: "R13", name: "denies acceptance by a user who is not Global admin", action: { type: "acceptPartnership", provider: "P2", reseller: "R1", userRole: "admin-agent" }, world: (w) => { w.partnerships.push(partnership("P2", "R1", "requested")); }, expect: "failed", message: "notGlobalAdmin" },
    { rule: "R14", name: "lets a provider ask an enrolled reseller", action: { type: "requestPartnership", provider: "P2", reseller: "R1" }, expect: "passed" },
    { rule: "R14", name: "denies a partnership with a partner not enrolled as reseller", action: { type: "requestPartnership", provider: "P2", reseller: "N1" }, expect: "failed" },
    { rule: "R15", name: "allows a French reseller with a German provider", action: { type: "requestPartnership", provider: "P2", reseller: "R1" }, expect: "passed" },
    { rule: "R15", name: "denies a partnership across CSP regions", action: { type: "requestPartnership", provider: "P2", reseller: "R3" }, expect: "failed", message: "differentRegion" },
    { rule: "R16", name: "explains that a reseller may have several providers (it never denies)", action: { type: "acceptPartnership", provider: "P2", reseller: "R1" }, world: (w) => { w.partnerships.push(partnership("P2", "R1", "requested")); }, expect: "passed", message: "several" },
    { rule: "R17", name: "denies a provider ordering for a customer only its reseller knows", action: order("P1", "C5", { reseller: "R1" }), world: (w) => { w.resellerRelationships.push(rel("R1", "C5")); }, expect: "failed", message: "notShared" },
    { rule: "R17", name: "stays silent when the provider has its own relationship", action: order("P1", "C2", { reseller: "R1" }), expect: "absent" },
    { rule: "R18", name: "lets a provider end a partnership, keeping customers and admin rights", action: { type: "removePartnership", provider: "P1", reseller: "R1" }, expect: "passed", doubt: true },
    { rule: "R18", name: "denies ending a partnership that does not exist", action: { type: "removePartnership", provider: "P2", reseller: "R1" }, expect: "failed" },
    { rule: "R18", name: "denies naming a removed reseller on a new order", action: order("P1", "C2", { reseller: "R1" }), world: (w) => { w.partnerships[0] = partnership("P1", "R1", "removed"); }, expect: "failed", message: "removed" },
    { rule: "R19", name: "lets a provider administer its reseller's tenant", action: { type: "useAdminRights", partner: "P1", customer: "R1", task: "manage-tenant" }, expect: "passed" },
    { rule: "R19", name: "denies it once the reseller withdrew that access", action: { type: "useAdminRights", partner: "P1", customer: "R1", task: "manage-tenant" }, world: (w) => { w.partnerships[0] = { ...partnership("P1", "R1"), providerAdminAccess: false }; }, expect: "failed", message: "accessWithdrawn" },
    { rule: "R19", name: "lets the reseller withdraw the access and keep the partnership", action: { type: "withdrawProviderAdminAccess", reseller: "R1", provider: "P1" }, expect: "passed" },
  ]);
});

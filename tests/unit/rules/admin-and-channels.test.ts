import { describe } from "vitest";
import { find, rel, sub, type Input } from "./cast.ts";
import { ruleCases } from "./rule-cases.ts";

const use = (partner: string, customer: string, task = "reset-password", extra: Record<string, unknown> = {}) => ({ type: "useAdminRights", partner, customer, task, ...extra });
const gdap = (extra: Record<string, unknown> = {}) => ({ type: "requestAdminRelationship", id: "g-new", partner: "DB1", customer: "C1", adminType: "gdap", roles: ["User Administrator"], durationDays: 730, ...extra });
const admin = (w: Input, extra: Record<string, unknown>) => w.adminRelationships.push({ id: "g1", type: "gdap", partner: "DB1", customer: "C1", roles: ["Helpdesk Administrator"], state: "active", approvedOn: "2023-01-10", durationDays: 730, ...extra });
const transfer = (method: string, partner: string, to: string, subscriptions: string[]) => ({ type: "requestTransfer", id: "t-new", method, partner, to, subscriptions });

describe("admin rights (R32–R38)", () => {
  ruleCases([
    { rule: "R32", name: "still grants DAP requests on 31 December 2022", action: gdap({ adminType: "dap", roles: [] }), asOf: "2022-12-31", expect: "passed" },
    { rule: "R32", name: "denies new DAP from 2023, with a doubt about the dates", action: gdap({ adminType: "dap", roles: [] }), asOf: "2023-01-01", expect: "failed", message: "dapRetired", doubt: true },
    { rule: "R32", name: "denies leaving admin rights out in US Government", action: { type: "requestResellerRelationship", partner: "G2", customer: "GC1", includeAdmin: false }, expect: "failed", message: "adminRequired" },
    { rule: "R32", name: "allows leaving admin rights out in the commercial cloud", action: { type: "requestResellerRelationship", partner: "DB1", customer: "C5", includeAdmin: false }, expect: "passed", message: "withoutAdmin" },
    { rule: "R32", name: "denies administering with only a reseller relationship", action: use("DB1", "C1", "assign-licences"), asOf: "2024-03-01", expect: "failed", message: "relationshipIsNotAdmin" },
    { rule: "R32", name: "allows a task the active GDAP roles cover", action: use("DB1", "C1"), world: (w) => admin(w, {}), asOf: "2024-03-01", expect: "passed" },
    { rule: "R33", name: "lets the customer end GDAP and keep the reseller relationship", action: { type: "removeAdminRelationship", by: "C1", relationship: "g1" }, world: (w) => admin(w, {}), asOf: "2024-03-01", expect: "passed" },
    { rule: "R33", name: "denies a third party ending someone else's GDAP", action: { type: "removeAdminRelationship", by: "DB2", relationship: "g1" }, world: (w) => admin(w, {}), asOf: "2024-03-01", expect: "failed", message: "notParty" },
    { rule: "R33", name: "explains that the customer ended the partner's rights", action: use("DB1", "C1"), world: (w) => admin(w, { state: "removed", endedBy: "customer", endedOn: "2024-01-01" }), asOf: "2024-03-01", expect: "failed", message: "ended" },
    { rule: "R34", name: "lets a partner manage an Azure subscription it provisioned, without DAP", action: use("DB1", "C1", "manage-azure", { subscription: "az" }), world: (w) => { w.subscriptions.push(sub("az", "C1", "DB1", { kind: "azure-plan" })); }, expect: "passed", message: "ownerRole" },
    { rule: "R34", name: "denies access to a pre-existing Azure subscription, even with DAP", action: use("DB1", "C1", "manage-azure", { subscription: "az" }), world: (w) => { w.subscriptions.push(sub("az", "C1", "DB2", { kind: "azure-plan" })); w.adminRelationships.push({ id: "dap", type: "dap", partner: "DB1", customer: "C1", state: "active", approvedOn: "2021-01-01" }); }, expect: "failed", message: "notProvisioned" },
    { rule: "R34", name: "denies access once the customer removed the Owner role", action: use("DB1", "C1", "manage-azure", { subscription: "az" }), world: (w) => { w.subscriptions.push(sub("az", "C1", "DB1", { kind: "azure-plan", ownerRoleRemoved: true })); }, expect: "failed", message: "ownerRemoved" },
    { rule: "R35", name: "has no GDAP before 2022", action: gdap(), asOf: "2021-12-31", expect: "failed", message: "notAvailable", doubt: true },
    { rule: "R35", name: "accepts a 730-day GDAP request from 2022", action: gdap(), asOf: "2022-01-01", expect: "passed" },
    { rule: "R35", name: "denies a GDAP request longer than 730 days", action: gdap({ durationDays: 731 }), asOf: "2023-06-01", expect: "failed", message: "tooLong" },
    { rule: "R35", name: "lets the customer approve on the 90th day", action: { type: "approveAdminRelationship", customer: "C1", relationship: "g1" }, world: (w) => admin(w, { state: "requested", approvedOn: undefined, requestedOn: "2023-03-03" }), asOf: "2023-06-01", expect: "passed" },
    { rule: "R35", name: "denies approval after the request lapsed at 90 days", action: { type: "approveAdminRelationship", customer: "C1", relationship: "g1" }, world: (w) => admin(w, { state: "requested", approvedOn: undefined, requestedOn: "2023-03-02" }), asOf: "2023-06-01", expect: "failed", message: "lapsed" },
    { rule: "R35", name: "denies a task outside the approved roles", action: use("DB1", "C1", "assign-licences"), world: (w) => admin(w, {}), asOf: "2024-03-01", expect: "failed", message: "rolesMissing" },
    { rule: "R35", name: "denies use after the relationship expired", action: use("DB1", "C1"), world: (w) => admin(w, { approvedOn: "2021-01-01" }), asOf: "2024-03-01", expect: "failed", message: "expired" },
    { rule: "R36", name: "denies GDAP in US Government", action: gdap({ partner: "G1", customer: "GC1" }), asOf: "2023-06-01", expect: "failed" },
    { rule: "R36", name: "does not apply in the commercial cloud", action: gdap(), asOf: "2023-06-01", expect: "absent" },
    { rule: "R37", name: "lets a provider create GDAP for its reseller", action: gdap({ partner: "P1", customer: "C2", forReseller: "R1" }), asOf: "2023-06-01", expect: "passed" },
    { rule: "R37", name: "denies GDAP for a reseller the provider has no partnership with", action: gdap({ partner: "P2", customer: "C2", forReseller: "R1" }), asOf: "2023-06-01", expect: "failed", message: "noPartnership" },
    { rule: "R37", name: "denies the reseller using it before consenting", action: use("R1", "C2"), world: (w) => w.adminRelationships.push({ id: "g1", type: "gdap", partner: "P1", forReseller: "R1", customer: "C2", roles: ["Helpdesk Administrator"], state: "active", approvedOn: "2023-01-10" }), asOf: "2023-06-01", expect: "failed", message: "consentPending" },
    { rule: "R38", name: "denies a suspended reseller its GDAP", action: use("R1", "C2"), world: (w) => { find(w.tenants, "R1")["enrolments"] = [{ role: "indirect-reseller", status: "suspended" }]; }, asOf: "2025-07-01", expect: "failed", doubt: true },
    { rule: "R38", name: "explains that suspension revokes GDAP", action: { type: "changeEnrolmentStatus", partner: "R1", role: "indirect-reseller", status: "suspended" }, expect: "passed", message: "gdapRevoked" },
  ]);
});

describe("multi-partner, multichannel and transfers (R39–R45)", () => {
  const order = (partner: string, customer: string, extra: Record<string, unknown> = {}) => ({ type: "placeOrder", partner, customer, subscription: "s-new", product: "Azure plan", kind: "azure-plan", ...extra });
  ruleCases([
    { rule: "R39", name: "denies a second partner relying on the first partner's relationship", action: order("DB2", "C1"), expect: "failed", message: "ownRelationshipNeeded" },
    { rule: "R39", name: "lets a second partner with its own relationship sell", action: order("DB2", "C1"), world: (w) => { w.resellerRelationships.push(rel("DB2", "C1")); }, expect: "passed", message: "multiPartner" },
    { rule: "R40", name: "explains that the first partner's subscriptions stay as they are (it never denies)", action: order("DB2", "C1"), world: (w) => { w.resellerRelationships.push(rel("DB2", "C1")); }, expect: "passed", message: "untouched" },
    { rule: "R41", name: "lets the seller change its subscription", action: { type: "changeSubscription", partner: "DB1", subscription: "s-c1", change: "seats", seats: 5 }, expect: "passed", doubt: true },
    { rule: "R41", name: "denies another partner changing it", action: { type: "changeSubscription", partner: "DB2", subscription: "s-c1", change: "seats", seats: 5 }, expect: "failed", message: "notSeller" },
    { rule: "R42", name: "lets CSP subscriptions coexist with a direct purchase", action: order("DB1", "C1"), world: (w) => { w.subscriptions.push(sub("d1", "C1", undefined, { channel: "direct" })); }, expect: "passed", message: "coexist" },
    { rule: "R42", name: "denies moving a direct licence subscription into CSP", action: transfer("partner-to-partner", "DB1", "DB1", ["d1"]), world: (w) => { w.subscriptions.push(sub("d1", "C1", undefined, { channel: "direct" })); }, expect: "failed", message: "newSubscriptionNeeded" },
    { rule: "R43", name: "denies a mid-term switch under the 2020 pages", action: transfer("partner-to-partner", "DB1", "DB1", ["s-c3"]), world: (w) => { w.resellerRelationships.push(rel("DB1", "C3")); }, asOf: "2021-12-31", expect: "failed", message: "noMidTermSwitch" },
    { rule: "R43", name: "allows a partner-to-partner transfer under the newer pages", action: transfer("partner-to-partner", "DB1", "DB1", ["s-c3"]), world: (w) => { w.resellerRelationships.push(rel("DB1", "C3")); }, asOf: "2022-01-01", expect: "passed", doubt: true },
    { rule: "R43", name: "denies a takeover by any other route", action: transfer("azure-plan", "DB1", "DB1", ["s-c3"]), world: (w) => { w.resellerRelationships.push(rel("DB1", "C3")); }, asOf: "2024-01-01", expect: "failed", message: "onlyP2p" },
    { rule: "R44", name: "denies converting EA Azure into CSP by an ordinary transfer", action: transfer("azure-plan", "DB1", "DB1", ["ea1"]), world: (w) => { w.subscriptions.push(sub("ea1", "C1", undefined, { channel: "ea", kind: "azure-plan" })); }, expect: "failed", message: "noConversion" },
    { rule: "R44", name: "lets an Azure Expert MSP take over direct EA billing", action: transfer("ea-billing-ownership", "DB1", "DB1", ["ea1"]), world: (w) => { find(w.organisations, "DB1")["azureExpertMsp"] = true; w.subscriptions.push(sub("ea1", "C1", undefined, { channel: "ea", kind: "azure-plan", eaType: "direct" }), sub("plan", "C1", "DB1", { kind: "azure-plan" })); }, expect: "passed", doubt: true },
    { rule: "R44", name: "denies the EA takeover for an indirect EA", action: transfer("ea-billing-ownership", "DB1", "DB1", ["ea1"]), world: (w) => { find(w.organisations, "DB1")["azureExpertMsp"] = true; w.subscriptions.push(sub("ea1", "C1", undefined, { channel: "ea", kind: "azure-plan", eaType: "indirect" }), sub("plan", "C1", "DB1", { kind: "azure-plan" })); }, expect: "failed", message: "indirectEa" },
    { rule: "R45", name: "lets a provider receive a legacy Azure subscription", action: transfer("azure-legacy", "P1", "P1", ["az"]), world: (w) => { w.subscriptions.push(sub("az", "C4", "DB2", { kind: "azure-legacy" })); find(w.tenants, "P1")["country"] = "FR"; find(w.organisations, "P1")["mpnLocations"] = ["FR"]; }, expect: "passed" },
    { rule: "R45", name: "denies a reseller as receiving partner", action: transfer("azure-legacy", "R1", "R1", ["az"]), world: (w) => { w.subscriptions.push(sub("az", "C2", "DB2", { kind: "azure-legacy" })); }, expect: "failed", message: "receiverMustBill" },
    { rule: "R45", name: "denies the legacy process across countries", action: transfer("azure-legacy", "P1", "P1", ["az"]), world: (w) => { w.subscriptions.push(sub("az", "C4", "DB2", { kind: "azure-legacy" })); }, expect: "failed", message: "differentCountry" },
    { rule: "R45", name: "denies moving a reservation with the Azure plan", action: transfer("azure-plan", "P1", "P1", ["ri"]), world: (w) => { w.subscriptions.push(sub("ri", "C4", "DB2", { kind: "reservation" }), sub("plan", "C4", "P1", { kind: "azure-plan" })); }, expect: "failed", message: "reservationsStay" },
  ]);
});

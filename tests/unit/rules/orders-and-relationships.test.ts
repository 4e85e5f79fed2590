import { describe } from "vitest";
import { find, order, partnership, rel, sub } from "./cast.ts";
import { ruleCases } from "./rule-cases.ts";

const remove = (partner: string, customer: string) => ({ type: "removeResellerRelationship", partner, customer });
const suspendedR2 = (w: { tenants: Record<string, unknown>[] }) => {
  find(w.tenants, "R2")["enrolments"] = [{ role: "indirect-reseller", status: "suspended" }];
};
const r2Sub = sub("s-r2", "C2", "P1", { reseller: "R2" });

describe("orders (R20–R27)", () => {
  ruleCases([
    { rule: "R20", name: "lets a partner with a relationship and a recorded MCA order", action: order("DB1", "C1"), expect: "passed" },
    { rule: "R20", name: "denies an order without a reseller relationship", action: order("DB1", "C5"), expect: "failed", message: "noRelationship" },
    { rule: "R20", name: "denies an order before the customer accepted the MCA", action: order("DB1", "C1"), world: (w) => { w.resellerRelationships[0] = rel("DB1", "C1", { mcaAcceptedOn: undefined }); }, expect: "failed", message: "noMca" },
    { rule: "R20", name: "lets the customer accept the MCA once the relationship exists", action: { type: "acceptMca", customer: "C1", partner: "DB1" }, expect: "passed" },
    { rule: "R22", name: "lets the provider order when it has its own relationship", action: order("P1", "C2", { reseller: "R1" }), expect: "passed" },
    { rule: "R22", name: "denies a provider order without the provider's own relationship", action: order("P2", "C2", { reseller: "R1" }), world: (w) => { w.partnerships.push(partnership("P2", "R1")); }, expect: "failed", message: "providerUnrelated" },
    { rule: "R23", name: "denies a reseller creating a customer tenant", action: { type: "createCustomer", partner: "R1", customer: "C-new", organisation: "C-new", country: "FR", region: "europe" }, expect: "failed", message: "cannotCreateCustomers" },
    { rule: "R23", name: "denies a reseller attesting the MCA", action: { type: "attestMca", partner: "R1", customer: "C2" }, expect: "failed", message: "cannotAttest" },
    { rule: "R23", name: "lets the provider create the tenant and designate the reseller", action: { type: "createCustomer", partner: "P1", customer: "C-new", organisation: "C-new", country: "FR", region: "europe", reseller: "R1" }, expect: "passed", message: "providerCreates" },
    { rule: "R24", name: "lets a reseller that accepted the MPA be named", action: order("P1", "C2", { reseller: "R1" }), expect: "passed" },
    { rule: "R24", name: "denies naming a reseller that has not accepted the MPA", action: order("P1", "C2", { reseller: "R1" }), world: (w) => { find(w.organisations, "R1")["agreements"] = []; }, expect: "failed", message: "resellerNoMpa" },
    { rule: "R24", name: "is not in force before the MPA existed", action: order("P1", "C2", { reseller: "R1" }), world: (w) => { find(w.organisations, "R1")["agreements"] = []; }, asOf: "2020-01-31", expect: "dormant" },
    { rule: "R25", name: "does not yet validate new orders on 1 June 2025", action: order("P1", "C2", { reseller: "R2" }), world: suspendedR2, asOf: "2025-06-01", expect: "dormant" },
    { rule: "R25", name: "blocks a new order naming a suspended reseller from 2 June 2025", action: order("P1", "C2", { reseller: "R2" }), world: suspendedR2, asOf: "2025-06-02", expect: "failed", message: "blockedNewOrder", doubt: true },
    { rule: "R25", name: "drops the start-date doubt once the later notice date has passed", action: order("P1", "C2", { reseller: "R2" }), world: suspendedR2, asOf: "2025-09-01", expect: "failed", doubt: false },
    { rule: "R25", name: "lets a compliant reseller be partner of record", action: order("P1", "C2", { reseller: "R1" }), asOf: "2025-07-01", expect: "passed" },
    { rule: "R25", name: "does not yet validate seat changes on 30 November 2025", action: { type: "changeSubscription", partner: "P1", subscription: "s-r2", change: "seats", seats: 9 }, world: (w) => { suspendedR2(w); w.subscriptions.push(r2Sub); }, asOf: "2025-11-30", expect: "dormant" },
    { rule: "R25", name: "blocks a seat change for a suspended reseller from 1 December 2025", action: { type: "changeSubscription", partner: "P1", subscription: "s-r2", change: "seats", seats: 9 }, world: (w) => { suspendedR2(w); w.subscriptions.push(r2Sub); }, asOf: "2025-12-01", expect: "failed", message: "blockedChange" },
    { rule: "R25", name: "never blocks an automatic renewal", action: { type: "autoRenew", subscription: "s-r2" }, world: (w) => { suspendedR2(w); w.subscriptions.push(r2Sub); }, asOf: "2026-01-15", expect: "passed", message: "autoRenewExcluded" },
    { rule: "R26", name: "records a provider order without a reseller as the provider's own (it never denies)", action: order("P1", "C4"), expect: "passed", message: "directTransaction" },
    { rule: "R27", name: "accepts additional resellers after the initial one in the EU", action: order("P1", "C2", { reseller: "R1", additionalResellers: ["R2"] }), expect: "passed", message: "declared" },
    { rule: "R27", name: "denies additional resellers without an initial one", action: order("P1", "C2", { additionalResellers: ["R2"] }), expect: "failed", message: "initialFirst" },
    { rule: "R27", name: "denies more than five additional resellers", action: order("P1", "C2", { reseller: "R1", additionalResellers: ["R2", "R2", "R2", "R2", "R2", "R2"] }), expect: "failed", message: "tooMany" },
    { rule: "R27", name: "denies an additional reseller that is not enrolled", action: order("P1", "C2", { reseller: "R1", additionalResellers: ["N1"] }), expect: "failed", message: "invalidAdditional" },
    { rule: "R27", name: "does not apply outside the EU and EEA", action: order("P4", "C9", { reseller: "R3", additionalResellers: ["R3"] }), expect: "absent" },
  ]);
});

describe("customer relationships (R21, R28–R31)", () => {
  ruleCases([
    { rule: "R21", name: "creates the relationship with the tenant", action: { type: "createCustomer", partner: "DB1", customer: "C-new", organisation: "C-new", country: "FR", region: "europe" }, expect: "passed", message: "automatic" },
    { rule: "R21", name: "lets the customer's Global admin accept an invitation", action: { type: "acceptResellerRelationship", customer: "C5", partner: "DB1", userRole: "global-admin" }, world: (w) => { w.resellerRelationships.push({ partner: "DB1", customer: "C5", state: "requested" }); }, expect: "passed" },
    { rule: "R21", name: "denies accepting an invitation that was never sent", action: { type: "acceptResellerRelationship", customer: "C5", partner: "DB1" }, expect: "failed", message: "noInvitation" },
    { rule: "R21", name: "denies acceptance by a user who is not Global admin", action: { type: "acceptResellerRelationship", customer: "C5", partner: "DB1", userRole: "billing-admin" }, world: (w) => { w.resellerRelationships.push({ partner: "DB1", customer: "C5", state: "requested" }); }, expect: "failed", message: "notGlobalAdmin" },
    { rule: "R28", name: "lets a partner serve a customer of its region", action: { type: "requestResellerRelationship", partner: "DB1", customer: "C5" }, expect: "passed" },
    { rule: "R28", name: "denies a relationship with a customer in another region", action: { type: "requestResellerRelationship", partner: "DB1", customer: "C9" }, expect: "failed", message: "differentRegion" },
    { rule: "R29", name: "lets a direct-bill partner remove a relationship", action: remove("DB1", "C1"), world: (w) => { w.subscriptions = w.subscriptions.filter((s) => s["id"] !== "s-c1"); }, expect: "passed" },
    { rule: "R29", name: "denies a reseller removing a relationship, flagging the 2020–21 doubt", action: remove("R1", "C2"), expect: "failed", message: "resellerCannotRemove", doubt: true },
    { rule: "R29", name: "denies it without doubt under the newer pages", action: remove("R1", "C2"), asOf: "2022-03-01", expect: "failed", doubt: false },
    { rule: "R30", name: "accepts a suspended new-commerce subscription under the 2020 page", action: remove("DB1", "C1"), world: (w) => { find(w.subscriptions, "s-c1")["state"] = "suspended"; }, asOf: "2020-12-31", expect: "passed" },
    { rule: "R30", name: "requires new-commerce subscriptions to be cancelled from 2021", action: remove("DB1", "C1"), world: (w) => { find(w.subscriptions, "s-c1")["state"] = "suspended"; }, asOf: "2021-01-01", expect: "failed", message: "activeSubscriptions" },
    { rule: "R30", name: "denies removal while a reservation is only suspended", action: remove("DB1", "C1"), world: (w) => { find(w.subscriptions, "s-c1")["state"] = "cancelled"; w.subscriptions.push(sub("s-ri", "C1", "DB1", { kind: "reservation", state: "suspended" })); }, asOf: "2020-06-01", expect: "failed" },
    { rule: "R30", name: "allows removal once everything is cancelled", action: remove("DB1", "C1"), world: (w) => { find(w.subscriptions, "s-c1")["state"] = "cancelled"; }, expect: "passed", message: "clear" },
    { rule: "R31", name: "makes the provider the default support contact", action: order("P1", "C2", { reseller: "R1" }), expect: "passed", message: "defaultProvider" },
    { rule: "R31", name: "lets a reseller with delegated admin be the support contact", action: { type: "designateSupportContact", partner: "P1", subscription: "s-c2", contact: "R1" }, world: (w) => { w.subscriptions.push(sub("s-c2", "C2", "P1", { reseller: "R1" })); w.adminRelationships.push({ id: "dap-r1", type: "dap", partner: "R1", customer: "C2", state: "active", approvedOn: "2021-02-01" }); }, expect: "passed", message: "delegated" },
    { rule: "R31", name: "denies a reseller without delegated admin as support contact", action: { type: "designateSupportContact", partner: "P1", subscription: "s-c2", contact: "R1" }, world: (w) => { w.subscriptions.push(sub("s-c2", "C2", "P1", { reseller: "R1" })); }, expect: "failed", message: "noDelegatedAdmin" },
  ]);
});

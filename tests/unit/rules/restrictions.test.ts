import { describe } from "vitest";
import { find, order, partnership, rel, sub, type Input } from "./cast.ts";
import { ruleCases } from "./rule-cases.ts";

const internal = (w: Input) => { w.tenants.push({ id: "R1-corp", organisation: "R1", kind: "customer", region: "europe", country: "FR" }); };
const sharedServices = (w: Input) => { w.tenants.push({ id: "P1-SS", organisation: "P1", kind: "shared-services", region: "europe", country: "DE" }); };
// DB5 moves from direct bill to indirect reseller: Restricted, enrolled as reseller, partner of P2, with a direct customer C7.
const transitioning = (w: Input) => {
  w.organisations.push({ id: "DB5", kind: "partner", mpnLocations: ["FR"], agreements: [{ type: "mpa", region: "europe" }] });
  w.tenants.push({ id: "DB5", organisation: "DB5", kind: "csp", region: "europe", country: "FR", enrolments: [{ role: "direct-bill", status: "restricted" }, { role: "indirect-reseller" }] });
  w.partnerships.push(partnership("P2", "DB5"));
  w.resellerRelationships.push(rel("DB5", "C7", { origin: "created" }));
  w.subscriptions.push(sub("o365", "C7", "DB5"), sub("addon", "C7", "DB5", { baseSubscription: "o365" }), sub("ri", "C7", "DB5", { kind: "reservation" }));
};
const moved = (w: Input) => { transitioning(w); w.resellerRelationships.push(rel("P2", "C7", { origin: "extension", viaReseller: "DB5" })); };
const selfService = (subscriptions: string[]) => ({ type: "requestTransfer", id: "t-new", method: "self-service", partner: "DB5", to: "P2", subscriptions });

describe("buying from other partners and own use (R46–R50)", () => {
  ruleCases([
    { rule: "R46", name: "denies selling into another partner's CSP tenant", action: order("DB1", "R1"), world: (w) => { w.resellerRelationships.push(rel("DB1", "R1")); }, expect: "failed", message: "cspTenantNotCustomer" },
    { rule: "R46", name: "does not apply to a customer tenant", action: order("DB1", "C1"), expect: "absent" },
    { rule: "R47", name: "allows buying into a partner's separate internal tenant (it never denies)", action: order("DB1", "R1-corp"), world: (w) => { internal(w); w.resellerRelationships.push(rel("DB1", "R1-corp")); }, expect: "passed", message: "internalTenant" },
    { rule: "R48", name: "denies a partner selling to itself", action: order("DB1", "DB1-corp"), world: (w) => { w.tenants.push({ id: "DB1-corp", organisation: "DB1", kind: "customer", region: "europe", country: "FR" }); w.resellerRelationships.push(rel("DB1", "DB1-corp")); }, expect: "failed", message: "self" },
    { rule: "R48", name: "denies a partner selling to an affiliate", action: order("DB1", "SVC"), world: (w) => { w.organisations.push({ id: "SVC", kind: "customer", parent: "DB1" }); w.tenants.push({ id: "SVC", organisation: "SVC", kind: "customer", region: "europe", country: "DE" }); w.resellerRelationships.push(rel("DB1", "SVC")); }, expect: "failed", message: "affiliate" },
    { rule: "R48", name: "does not apply to an unrelated customer", action: order("DB1", "C1"), expect: "absent" },
    { rule: "R49", name: "denies a provider selling into its own reseller's tenant", action: order("P1", "R1"), expect: "failed", message: "linkedReseller" },
    { rule: "R49", name: "does not apply to the reseller's customers", action: order("P1", "C2", { reseller: "R1" }), expect: "absent" },
    { rule: "R50", name: "lets a partner buy Shared Services into its dedicated tenant", action: { type: "buyForOwnUse", partner: "P1", tenant: "P1-SS", subscription: "ss", product: "Azure shared services", kind: "shared-services-azure" }, world: sharedServices, expect: "passed" },
    { rule: "R50", name: "denies licences in the shared-services tenant", action: { type: "buyForOwnUse", partner: "P1", tenant: "P1-SS", subscription: "ss", product: "Office 365 E3", kind: "licence" }, world: sharedServices, expect: "failed", message: "azureOnly" },
    { rule: "R50", name: "denies selling the shared-services offer to a customer", action: order("DB1", "C1", { kind: "shared-services-azure", product: "Azure shared services" }), expect: "failed", message: "ownUseOnly" },
  ]);
});

describe("national clouds (R51–R55)", () => {
  const gov = { type: "requestResellerRelationship", partner: "G2", customer: "GC1" };
  ruleCases([
    { rule: "R51", name: "denies multi-partner requests in US Government before November 2020", action: gov, asOf: "2020-11-28", expect: "failed", message: "notYetInUsGov" },
    { rule: "R51", name: "allows them from 29 November 2020, with the conflict flagged", action: gov, asOf: "2020-11-29", expect: "passed", doubt: true },
    { rule: "R52", name: "denies US Government enrolment to a partner not serving US government", action: { type: "enrol", partner: "G2", role: "indirect-reseller" }, expect: "failed", message: "notEligible" },
    { rule: "R52", name: "lets a US partner serving government enrol", action: { type: "enrol", partner: "G2", role: "indirect-reseller", servesUsGovernment: true }, expect: "passed" },
    { rule: "R53", name: "denies new customers in Microsoft Cloud Germany", action: { type: "createCustomer", partner: "DB2", customer: "C-de", organisation: "C-de", country: "DE", region: "europe", cloud: "germany" }, expect: "failed", message: "closed" },
    { rule: "R53", name: "does not apply to the commercial cloud", action: { type: "createCustomer", partner: "DB2", customer: "C-de", organisation: "C-de", country: "DE", region: "europe" }, expect: "absent" },
    { rule: "R54", name: "denies a 21Vianet reseller its own invitation, with the archived-rules doubt", action: { type: "inviteCustomer", reseller: "R1", provider: "P1", customer: "C5" }, world: (w) => { for (const id of ["R1", "P1", "C5"]) find(w.tenants, id)["cloud"] = "china-21vianet"; }, expect: "failed", doubt: true },
    { rule: "R54", name: "does not apply outside 21Vianet", action: { type: "inviteCustomer", reseller: "R1", provider: "P1", customer: "C5" }, expect: "absent" },
    { rule: "R55", name: "denies a commercial partner a relationship with a US Government tenant", action: { type: "requestResellerRelationship", partner: "DB1", customer: "GC1" }, expect: "failed", message: "separateClouds" },
    { rule: "R55", name: "does not apply within one cloud", action: { type: "requestResellerRelationship", partner: "DB1", customer: "C5" }, expect: "absent" },
  ]);
});

describe("from direct bill to indirect (R56–R58)", () => {
  ruleCases([
    { rule: "R56", name: "extends a direct customer to the provider with consent", action: { type: "extendResellerRelationship", partner: "DB5", customer: "C7", provider: "P2", customerConsent: true }, world: transitioning, expect: "passed" },
    { rule: "R56", name: "denies the extension without the customer's consent", action: { type: "extendResellerRelationship", partner: "DB5", customer: "C7", provider: "P2" }, world: transitioning, expect: "failed", message: "noConsent" },
    { rule: "R56", name: "denies it to a partner that is not transitioning", action: { type: "extendResellerRelationship", partner: "DB1", customer: "C1", provider: "P2", customerConsent: true }, expect: "failed", message: "notTransitioning" },
    { rule: "R57", name: "lets the transitioning partner request a self-service transfer", action: selfService(["o365"]), world: moved, expect: "passed" },
    { rule: "R57", name: "denies a reservation", action: selfService(["ri"]), world: moved, expect: "failed", message: "notEligible" },
    { rule: "R57", name: "denies a second open request for the same subscription", action: selfService(["o365"]), world: (w) => { moved(w); w.transferRequests.push({ id: "t1", method: "self-service", partner: "DB5", to: "P2", subscriptions: ["o365"], state: "open" }); }, expect: "failed", message: "openRequest" },
    { rule: "R57", name: "denies a transfer before the customer moved to the provider", action: selfService(["o365"]), world: transitioning, expect: "failed", message: "customerNotMoved" },
    { rule: "R58", name: "denies direct-bill purchases for a customer won as reseller", action: order("DBR", "C8"), world: (w) => { w.organisations.push({ id: "DBR", kind: "partner", mpnLocations: ["FR"], agreements: [{ type: "mpa", region: "europe" }] }); w.tenants.push({ id: "DBR", organisation: "DBR", kind: "csp", region: "europe", country: "FR", enrolments: [{ role: "direct-bill" }, { role: "indirect-reseller" }] }); w.resellerRelationships.push(rel("DBR", "C8", { origin: "indirect-invitation", provider: "P1" })); }, expect: "failed", message: "acquiredAsReseller" },
    { rule: "R58", name: "does not apply to a customer the partner created", action: order("DB1", "C1"), expect: "absent" },
  ]);
});

/**
 * The world: everything the rules look at, as plain JSON. Entities point at each other by id;
 * organisations and tenants are separate id spaces, so a partner "DB1" may own a tenant "DB1".
 *
 *   {
 *     organisations: [{ id: "DB1", kind: "partner", mpnLocations: ["FR"], agreements: [{ type: "mpa", region: "europe", acceptedOn: "2020-03-01" }] }],
 *     tenants: [{ id: "DB1", organisation: "DB1", kind: "csp", cloud: "commercial", region: "europe", country: "FR",
 *                 enrolments: [{ role: "direct-bill", status: "active" }] }],
 *     partnerships: [{ provider: "P1", reseller: "R1", state: "accepted" }],
 *     resellerRelationships: [{ partner: "DB1", customer: "C1", state: "active", mcaAcceptedOn: "2021-09-01" }],
 *     adminRelationships: [{ id: "g1", type: "gdap", partner: "DB1", customer: "C1", roles: ["User Administrator"], state: "active" }],
 *     subscriptions: [{ id: "s1", customer: "C1", product: "Microsoft 365 E3", kind: "licence", channel: "csp", seller: "DB1", state: "active" }],
 *     transferRequests: []
 *   }
 */
import {
  array, bool, country, date, id, int, literal, object, oneOf, optional, ref, region, text, withDefault, type Infer,
} from "./schema.ts";

/** Clouds a tenant can live in; a relationship never crosses from one to another. */
export const clouds = ["commercial", "us-government", "germany", "china-21vianet"] as const;
/** What a tenant is used for: CSP transactions, a customer (or a partner's internal, customer-type) tenant, shared services, a sandbox. */
export const tenantKinds = ["csp", "customer", "shared-services", "sandbox"] as const;
/** What an organisation is. */
export const organisationKinds = ["microsoft", "partner", "customer"] as const;
/** The three CSP transacting roles (R1). */
export const partnerRoles = ["direct-bill", "indirect-provider", "indirect-reseller"] as const;
/** The status of an enrolment; "restricted" exists only for direct bill (R9). */
export const enrolmentStatuses = ["active", "restricted", "suspended", "non-compliant"] as const;
/** The life of a provider–reseller partnership (R13). */
export const partnershipStates = ["requested", "accepted", "removed"] as const;
/** The life of a reseller relationship between a partner and a customer tenant. */
export const relationshipStates = ["requested", "active", "removed"] as const;
/** How a reseller relationship came about (R21, R22, R56). */
export const relationshipOrigins = ["created", "request", "indirect-invitation", "extension"] as const;
/** Kinds of delegated admin. */
export const adminTypes = ["dap", "gdap"] as const;
/** The recorded state of an admin relationship; lapsing and expiry follow from its dates. */
export const adminStates = ["requested", "active", "removed"] as const;
/** Who or what ended an admin relationship. */
export const adminEnders = ["customer", "partner", "relationship-removal", "suspension"] as const;
/** Kinds of subscription the rules tell apart. */
export const subscriptionKinds = [
  "licence", "azure-plan", "azure-legacy", "reservation", "software", "marketplace", "shared-services-azure",
] as const;
/** Legacy commerce or the new commerce experience (NCE). */
export const commerceTypes = ["legacy", "nce"] as const;
/** Where a subscription was bought. */
export const channels = ["csp", "direct", "ea", "open", "advisor", "volume-licensing", "third-party"] as const;
/** The state of a subscription. */
export const subscriptionStates = ["active", "suspended", "cancelled", "expired"] as const;
/** How subscriptions move between partners (R43, R44, R45, R57). */
export const transferMethods = ["azure-legacy", "azure-plan", "self-service", "partner-to-partner", "ea-billing-ownership"] as const;
/** The state of a transfer request. */
export const transferStates = ["open", "accepted", "rejected"] as const;

const agreement = object({ type: literal("mpa"), region: region(), acceptedOn: optional(date()) }, "Agreement");

/** A company: Microsoft, a partner or a customer. Companies sharing a parent are affiliates (R48). */
export const organisationSchema = object(
  {
    id: id(),
    kind: oneOf(organisationKinds),
    name: optional(text()),
    parent: optional(ref("organisation")),
    mpnLocations: withDefault(array(country()), []),
    agreements: withDefault(array(agreement), []),
    azureExpertMsp: withDefault(bool(), false),
  },
  "Organisation",
);

const enrolment = object(
  { role: oneOf(partnerRoles), status: withDefault(oneOf(enrolmentStatuses), "active"), since: optional(date()) },
  "Enrolment",
);

/** A tenant (Entra ID directory) in one cloud and CSP region; CSP tenants carry the partner's enrolments. */
export const tenantSchema = object(
  {
    id: id(),
    organisation: ref("organisation"),
    kind: oneOf(tenantKinds),
    cloud: withDefault(oneOf(clouds), "commercial"),
    region: region(),
    country: country(),
    name: optional(text()),
    enrolments: withDefault(array(enrolment), []),
    sandboxOf: optional(ref("tenant", ["csp"])),
  },
  "Tenant",
);

/** A provider–reseller partnership (the indirect reseller relationship of the two-tier model). */
export const partnershipSchema = object(
  {
    provider: ref("tenant", ["csp"]),
    reseller: ref("tenant", ["csp"]),
    state: oneOf(partnershipStates),
    requestedOn: optional(date()),
    acceptedOn: optional(date()),
    removedOn: optional(date()),
    providerAdminAccess: withDefault(bool(), true),
  },
  "Partnership",
);

/** A reseller relationship between a CSP partner tenant and a customer tenant, with the customer's MCA acceptance. */
export const resellerRelationshipSchema = object(
  {
    partner: ref("tenant", ["csp"]),
    customer: ref("tenant"),
    state: oneOf(relationshipStates),
    origin: withDefault(oneOf(relationshipOrigins), "request"),
    provider: optional(ref("tenant", ["csp"])),
    viaReseller: optional(ref("tenant", ["csp"])),
    includeAdmin: withDefault(bool(), false),
    requestedOn: optional(date()),
    acceptedOn: optional(date()),
    removedOn: optional(date()),
    mcaAcceptedOn: optional(date()),
    mcaBy: optional(oneOf(["customer", "attestation"])),
  },
  "ResellerRelationship",
);

/** Delegated admin of a partner in a customer tenant: DAP, or GDAP with roles and a duration. */
export const adminRelationshipSchema = object(
  {
    id: id(),
    type: oneOf(adminTypes),
    partner: ref("tenant", ["csp"]),
    customer: ref("tenant"),
    roles: withDefault(array(text()), []),
    durationDays: optional(int(1)),
    autoExtend: withDefault(bool(), false),
    forReseller: optional(ref("tenant", ["csp"])),
    resellerConsent: withDefault(bool(), false),
    state: oneOf(adminStates),
    requestedOn: optional(date()),
    approvedOn: optional(date()),
    endedOn: optional(date()),
    endedBy: optional(oneOf(adminEnders)),
  },
  "AdminRelationship",
);

/** A subscription in a customer tenant, with the channel it came through and, for CSP, its seller and reseller of record. */
export const subscriptionSchema = object(
  {
    id: id(),
    customer: ref("tenant"),
    product: text(),
    kind: oneOf(subscriptionKinds),
    commerce: withDefault(oneOf(commerceTypes), "legacy"),
    channel: oneOf(channels),
    seller: optional(ref("tenant", ["csp"])),
    reseller: optional(ref("tenant", ["csp"])),
    additionalResellers: withDefault(array(ref("tenant", ["csp"])), []),
    state: withDefault(oneOf(subscriptionStates), "active"),
    termMonths: optional(int(1, 120)),
    startDate: optional(date()),
    seats: optional(int(0)),
    baseSubscription: optional(ref("subscription")),
    supportContact: optional(ref("tenant", ["csp"])),
    ownerRoleRemoved: withDefault(bool(), false),
    eaType: optional(oneOf(["direct", "indirect"])),
  },
  "Subscription",
);

/** A request to move subscriptions to another partner. */
export const transferRequestSchema = object(
  {
    id: id(),
    method: oneOf(transferMethods),
    partner: ref("tenant", ["csp"]),
    to: ref("tenant", ["csp"]),
    subscriptions: array(ref("subscription")),
    state: oneOf(transferStates),
    requestedOn: optional(date()),
  },
  "TransferRequest",
);

/** The whole world. Every list but organisations and tenants may be left out. */
export const worldSchema = object(
  {
    organisations: array(organisationSchema),
    tenants: array(tenantSchema),
    partnerships: withDefault(array(partnershipSchema), []),
    resellerRelationships: withDefault(array(resellerRelationshipSchema), []),
    adminRelationships: withDefault(array(adminRelationshipSchema), []),
    subscriptions: withDefault(array(subscriptionSchema), []),
    transferRequests: withDefault(array(transferRequestSchema), []),
  },
  "World",
);

/** The world, as the engine reads it. */
export type World = Infer<typeof worldSchema>;
/** A company. */
export type Organisation = Infer<typeof organisationSchema>;
/** A tenant. */
export type Tenant = Infer<typeof tenantSchema>;
/** An enrolment of a CSP tenant in one role. */
export type Enrolment = Infer<typeof enrolment>;
/** A provider–reseller partnership. */
export type Partnership = Infer<typeof partnershipSchema>;
/** A partner–customer reseller relationship. */
export type ResellerRelationship = Infer<typeof resellerRelationshipSchema>;
/** A DAP or GDAP relationship. */
export type AdminRelationship = Infer<typeof adminRelationshipSchema>;
/** A subscription. */
export type Subscription = Infer<typeof subscriptionSchema>;
/** A subscription transfer request. */
export type TransferRequest = Infer<typeof transferRequestSchema>;
/** One of the three CSP transacting roles. */
export type PartnerRole = (typeof partnerRoles)[number];
/** A cloud. */
export type Cloud = (typeof clouds)[number];
/** A kind of tenant. */
export type TenantKind = (typeof tenantKinds)[number];
/** A kind of subscription. */
export type SubscriptionKind = (typeof subscriptionKinds)[number];
/** A way of moving subscriptions between partners. */
export type TransferMethod = (typeof transferMethods)[number];

/**
 * Actions: what someone tries to do in the world, as data. Partners act through their CSP tenant
 * (`partner`), customers through their tenant (`customer`). Fields that create something name its new id.
 *
 *   { type: "placeOrder", partner: "P1", customer: "C1", subscription: "s9", product: "Microsoft 365 E3",
 *     kind: "licence", reseller: "R1" }
 */
import { profileSchema } from "./profile-schema.ts";
import {
  array, bool, country, id, int, newId, object, oneOf, optional, ref, region, text, union, withDefault, type Infer,
} from "./schema.ts";
import { clouds, commerceTypes, enrolmentStatuses, partnerRoles, subscriptionKinds, transferMethods } from "./world-schema.ts";

/** Roles of the person who acts, where a rule cares (Global admin accepts agreements and invitations; Admin agent requests GDAP). */
export const userRoles = ["global-admin", "admin-agent", "sales-agent", "helpdesk-agent", "billing-admin"] as const;
/** Things a partner may try to do with admin rights in a customer tenant. */
export const adminTasks = ["reset-password", "assign-licences", "manage-users", "open-service-request", "manage-azure", "manage-tenant"] as const;
/** Changes to an existing subscription. */
export const subscriptionChanges = [
  "seats", "add-on", "billing-plan", "term", "suspend", "reactivate", "cancel", "migrate-to-nce", "partner-of-record",
] as const;

const csp = ["csp"] as const;
const partner = () => ref("tenant", csp);
const tenant = () => ref("tenant");
const userRole = () => optional(oneOf(userRoles));
const note = () => optional(text());

/** Every action, keyed by its type. */
export const actionCases = {
  enrol: object({
    partner: partner(), role: oneOf(["indirect-reseller", "indirect-provider"]), userRole: userRole(),
    approvedByMicrosoft: withDefault(bool(), false), servesUsGovernment: withDefault(bool(), false), note: note(),
  }, "action.enrol"),
  acceptMpa: object({ partner: partner(), userRole: userRole(), note: note() }, "action.acceptMpa"),
  requestPartnership: object({ provider: partner(), reseller: partner(), note: note() }, "action.requestPartnership"),
  acceptPartnership: object({ provider: partner(), reseller: partner(), userRole: userRole(), note: note() }, "action.acceptPartnership"),
  removePartnership: object({ provider: partner(), reseller: partner(), note: note() }, "action.removePartnership"),
  withdrawProviderAdminAccess: object({ reseller: partner(), provider: partner(), note: note() }, "action.withdrawProviderAdminAccess"),
  createCustomer: object({
    partner: partner(), customer: newId("tenant"), organisation: id(), country: country(), region: region(),
    cloud: withDefault(oneOf(clouds), "commercial"), reseller: optional(partner()), note: note(),
  }, "action.createCustomer"),
  requestResellerRelationship: object({
    partner: partner(), customer: tenant(), includeAdmin: withDefault(bool(), true), note: note(),
  }, "action.requestResellerRelationship"),
  inviteCustomer: object({
    reseller: partner(), provider: partner(), customer: tenant(), includeAdmin: withDefault(bool(), true), note: note(),
  }, "action.inviteCustomer"),
  acceptResellerRelationship: object({
    customer: tenant(), partner: partner(), userRole: userRole(), acceptMca: withDefault(bool(), false), note: note(),
  }, "action.acceptResellerRelationship"),
  acceptMca: object({ customer: tenant(), partner: partner(), note: note() }, "action.acceptMca"),
  attestMca: object({ partner: partner(), customer: tenant(), note: note() }, "action.attestMca"),
  removeResellerRelationship: object({ partner: partner(), customer: tenant(), note: note() }, "action.removeResellerRelationship"),
  requestAdminRelationship: object({
    id: newId("adminRelationship"), partner: partner(), customer: tenant(), adminType: oneOf(["dap", "gdap"]),
    roles: withDefault(array(text()), []), durationDays: optional(int(1)), autoExtend: withDefault(bool(), false),
    forReseller: optional(partner()), userRole: userRole(), note: note(),
  }, "action.requestAdminRelationship"),
  approveAdminRelationship: object({
    customer: tenant(), relationship: ref("adminRelationship"), userRole: userRole(), note: note(),
  }, "action.approveAdminRelationship"),
  consentAdminRelationship: object({ reseller: partner(), relationship: ref("adminRelationship"), note: note() }, "action.consentAdminRelationship"),
  removeAdminRelationship: object({ by: tenant(), relationship: ref("adminRelationship"), note: note() }, "action.removeAdminRelationship"),
  useAdminRights: object({
    partner: partner(), customer: tenant(), task: oneOf(adminTasks), subscription: optional(ref("subscription")), note: note(),
  }, "action.useAdminRights"),
  removeAzureRoleAssignment: object({ customer: tenant(), subscription: ref("subscription"), note: note() }, "action.removeAzureRoleAssignment"),
  designateSupportContact: object({
    partner: partner(), subscription: ref("subscription"), contact: partner(), note: note(),
  }, "action.designateSupportContact"),
  placeOrder: object({
    partner: partner(), customer: tenant(), subscription: newId("subscription"), product: text(), kind: oneOf(subscriptionKinds),
    commerce: withDefault(oneOf(commerceTypes), "nce"), reseller: optional(partner()),
    additionalResellers: withDefault(array(partner()), []), seats: optional(int(0)), termMonths: optional(int(1, 120)), note: note(),
  }, "action.placeOrder"),
  buyForOwnUse: object({
    partner: partner(), tenant: tenant(), subscription: newId("subscription"), product: text(), kind: oneOf(subscriptionKinds), note: note(),
  }, "action.buyForOwnUse"),
  changeSubscription: object({
    partner: partner(), subscription: ref("subscription"), change: oneOf(subscriptionChanges), seats: optional(int(0)),
    termMonths: optional(int(1, 120)), reseller: optional(partner()), addOn: optional(newId("subscription")), product: optional(text()),
    note: note(),
  }, "action.changeSubscription"),
  autoRenew: object({ subscription: ref("subscription"), note: note() }, "action.autoRenew"),
  requestTransfer: object({
    id: newId("transferRequest"), method: oneOf(transferMethods), partner: partner(), to: partner(),
    subscriptions: array(ref("subscription")), note: note(),
  }, "action.requestTransfer"),
  acceptTransfer: object({ partner: partner(), request: ref("transferRequest"), note: note() }, "action.acceptTransfer"),
  applyForDirectBill: object({ partner: partner(), profile: profileSchema, note: note() }, "action.applyForDirectBill"),
  transitionToIndirect: object({ partner: partner(), note: note() }, "action.transitionToIndirect"),
  extendResellerRelationship: object({
    partner: partner(), customer: tenant(), provider: partner(), customerConsent: withDefault(bool(), false), note: note(),
  }, "action.extendResellerRelationship"),
  createSandbox: object({ partner: partner(), sandbox: newId("tenant"), note: note() }, "action.createSandbox"),
  changeEnrolmentStatus: object({
    partner: partner(), role: oneOf(partnerRoles), status: oneOf(enrolmentStatuses), note: note(),
  }, "action.changeEnrolmentStatus"),
};

/** The action schema: an object whose `type` picks one of actionCases. */
export const actionSchema = union("type", actionCases, "problem.unknownActionType", "Action");

/** Any action. */
export type Action = Infer<typeof actionSchema>;
/** The name of an action, such as "placeOrder". */
export type ActionType = Action["type"];
/** The action of one type. */
export type ActionOf<T extends ActionType> = Extract<Action, { readonly type: T }>;
/** Every action type, in catalog order. */
export const actionTypes = Object.keys(actionCases) as ActionType[];
/** A task done with admin rights. */
export type AdminTask = (typeof adminTasks)[number];
/** A role of the person acting. */
export type UserRole = (typeof userRoles)[number];
/** A change to an existing subscription. */
export type SubscriptionChange = (typeof subscriptionChanges)[number];

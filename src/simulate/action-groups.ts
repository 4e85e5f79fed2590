/**
 * The simulator's action picker groups the engine's action types by what they are about; every type
 * appears in exactly one group (a test checks it against the engine's list).
 */
import type { ActionType } from "../engine/index.ts";

/** Groups of action types, in the order the picker shows them. */
export const actionGroups: readonly { readonly id: string; readonly types: readonly ActionType[] }[] = [
  { id: "orders", types: ["placeOrder", "buyForOwnUse", "changeSubscription", "autoRenew", "designateSupportContact"] },
  {
    id: "customers",
    types: [
      "createCustomer", "requestResellerRelationship", "inviteCustomer", "acceptResellerRelationship", "acceptMca", "attestMca",
      "removeResellerRelationship", "extendResellerRelationship",
    ],
  },
  { id: "partnerships", types: ["requestPartnership", "acceptPartnership", "removePartnership", "withdrawProviderAdminAccess"] },
  {
    id: "admin",
    types: ["requestAdminRelationship", "approveAdminRelationship", "consentAdminRelationship", "removeAdminRelationship", "useAdminRights", "removeAzureRoleAssignment"],
  },
  { id: "transfers", types: ["requestTransfer", "acceptTransfer"] },
  { id: "enrolment", types: ["enrol", "acceptMpa", "applyForDirectBill", "transitionToIndirect", "createSandbox", "changeEnrolmentStatus"] },
];

/**
 * One-click starting worlds: the situations of the guides and one for each outcome of the decision tool
 * (which links to /<lang>/simulate/?preset=<id>). Each is a scenario file beside this one, plus an action
 * to try first, so that a verdict shows as soon as the preset opens.
 *
 *   presets.find((p) => p.id === "decide-indirect-reseller") → { id, scenario: {...}, suggestion: { type: "inviteCustomer", ... } }
 */
import type { Action, Scenario } from "../../engine/index.ts";
import boughtDirect from "./bought-direct.json" with { type: "json" };
import decideDirectBill from "./decide-direct-bill.json" with { type: "json" };
import decideIndirectProvider from "./decide-indirect-provider.json" with { type: "json" };
import decideIndirectReseller from "./decide-indirect-reseller.json" with { type: "json" };
import decideNotYet from "./decide-not-yet.json" with { type: "json" };
import empty from "./empty.json" with { type: "json" };
import multiPartner from "./multi-partner.json" with { type: "json" };
import ownUse from "./own-use.json" with { type: "json" };
import resellerTwoProviders from "./reseller-two-providers.json" with { type: "json" };
import twoTierOrder from "./two-tier-order.json" with { type: "json" };

/** Every preset id, in the order the picker lists them. */
export const presetIds = [
  "two-tier-order", "reseller-two-providers", "multi-partner", "bought-direct", "own-use",
  "decide-direct-bill", "decide-indirect-provider", "decide-indirect-reseller", "decide-not-yet", "empty",
] as const;

/** The id of a preset. */
export type PresetId = (typeof presetIds)[number];

/** A preset: its scenario file (unchecked JSON; a test validates every one) and the action to try first. */
export type Preset = { readonly id: PresetId; readonly scenario: unknown; readonly suggestion?: Action };

/** The preset shown before the reader chooses, and to readers without JavaScript. */
export const defaultPresetId: PresetId = "two-tier-order";

/** Every preset, in presetIds order. */
export const presets: readonly Preset[] = [
  {
    id: "two-tier-order",
    scenario: twoTierOrder,
    suggestion: { type: "placeOrder", partner: "Fabrikam", customer: "Northwind", subscription: "s1", product: "Microsoft 365 E3", kind: "licence", commerce: "nce", reseller: "Contoso", additionalResellers: [], seats: 20 },
  },
  {
    id: "reseller-two-providers",
    scenario: resellerTwoProviders,
    suggestion: { type: "placeOrder", partner: "Litware", customer: "Northwind", subscription: "s2", product: "Microsoft 365 E3", kind: "licence", commerce: "nce", reseller: "Contoso", additionalResellers: [] },
  },
  {
    id: "multi-partner",
    scenario: multiPartner,
    suggestion: { type: "useAdminRights", partner: "Proseware", customer: "Northwind", task: "assign-licences" },
  },
  {
    id: "bought-direct",
    scenario: boughtDirect,
    suggestion: { type: "placeOrder", partner: "Adatum", customer: "Tailspin", subscription: "s1", product: "Microsoft 365 E3", kind: "licence", commerce: "nce", additionalResellers: [], seats: 25 },
  },
  {
    id: "own-use",
    scenario: ownUse,
    suggestion: { type: "placeOrder", partner: "Adatum", customer: "Contoso", subscription: "s1", product: "Microsoft 365 Business Premium", kind: "licence", commerce: "nce", additionalResellers: [], seats: 10 },
  },
  {
    id: "decide-direct-bill",
    scenario: decideDirectBill,
    suggestion: { type: "placeOrder", partner: "Adatum", customer: "Northwind", subscription: "s1", product: "Microsoft 365 Business Premium", kind: "licence", commerce: "nce", additionalResellers: [], seats: 20 },
  },
  {
    id: "decide-indirect-provider",
    scenario: decideIndirectProvider,
    suggestion: { type: "acceptPartnership", provider: "Fabrikam", reseller: "Wingtip", userRole: "global-admin" },
  },
  {
    id: "decide-indirect-reseller",
    scenario: decideIndirectReseller,
    suggestion: { type: "inviteCustomer", reseller: "Contoso", provider: "Fabrikam", customer: "Tailspin", includeAdmin: false },
  },
  {
    id: "decide-not-yet",
    scenario: decideNotYet,
    suggestion: {
      type: "applyForDirectBill",
      partner: "Contoso",
      profile: { newToCsp: false, monthsAsIndirectReseller: 5, trailingRevenueUsd: 180000, firstLineSupport: true, supportPlan: false, creditCheckPassed: true, billingAndProvisioning: false, mpnLocationInCountry: true, signingAuthority: true },
    },
  },
  { id: "empty", scenario: empty },
];

/** Whether a string is a preset id. */
export function isPresetId(value: unknown): value is PresetId {
  return typeof value === "string" && (presetIds as readonly string[]).includes(value);
}

/** The preset with an id. */
export function presetById(id: PresetId): Preset {
  return presets.find((p) => p.id === id) ?? (presets[0] as Preset);
}

/** The type a preset's scenario has once validated. */
export type PresetScenario = Scenario;

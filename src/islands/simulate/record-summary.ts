/**
 * One line that says what a record of the world is, in the reader's language, for the world editor's lists,
 * and the selection key that links it to the diagram.
 *
 *   recordSummary(tr, world, "partnerships", p) → "Fabrikam → Contoso: accepted"
 */
import type { World } from "../../engine/index.ts";
import { partyKindOf } from "../../simulate/party.ts";
import type { Collection } from "../../simulate/world-edit.ts";
import type { Translator } from "../../simulate/translator.ts";
import { optionLabel } from "./labels.ts";

type Any = Readonly<Record<string, unknown>>;
const str = (value: unknown) => (typeof value === "string" ? value : "");

/** A one-line description of a record. */
export function recordSummary(tr: Translator, world: World, collection: Collection, r: Any): string {
  const o = (domain: string, field: string) => optionLabel(tr, domain, str(r[field]));
  switch (collection) {
    case "organisations": {
      const org = world.organisations.find((x) => x.id === r["id"]);
      const kind = org ? partyKindOf(world, org) : "partner";
      return tr.ui("summary.organisation", { id: str(r["id"]), name: str(r["name"]) || str(r["id"]), kind: optionLabel(tr, "party", kind) });
    }
    case "tenants": {
      const enrolments = Array.isArray(r["enrolments"]) ? (r["enrolments"] as Any[]) : [];
      const roles = enrolments.map((e) => `${optionLabel(tr, "role", str(e["role"]))} (${optionLabel(tr, "status", str(e["status"]))})`).join(", ");
      return tr.ui("summary.tenant", {
        id: str(r["id"]), kind: `term.tenantKind.${str(r["kind"])}`, organisation: str(r["organisation"]), region: str(r["region"]), country: str(r["country"]), cloud: o("cloud", "cloud"),
      }) + (roles ? ` · ${roles}` : "");
    }
    case "partnerships":
      return tr.ui("summary.partnership", { provider: str(r["provider"]), reseller: str(r["reseller"]), state: o("partnershipState", "state") });
    case "resellerRelationships":
      return tr.ui(r["mcaAcceptedOn"] || r["mcaBy"] ? "summary.relationshipMca" : "summary.relationship", {
        partner: str(r["partner"]), customer: str(r["customer"]), state: o("relationshipState", "state"),
      });
    case "adminRelationships":
      return tr.ui("summary.admin", {
        id: str(r["id"]), type: o("adminType", "type"), partner: str(r["partner"]), customer: str(r["customer"]), state: o("adminState", "state"),
      });
    case "subscriptions":
      return tr.ui(r["seller"] ? "summary.subscriptionSeller" : "summary.subscription", {
        id: str(r["id"]), product: str(r["product"]), customer: str(r["customer"]), channel: o("channel", "channel"), seller: str(r["seller"]), state: o("subscriptionState", "state"),
      });
    case "transferRequests":
      return tr.ui("summary.transfer", { id: str(r["id"]), method: o("method", "method"), partner: str(r["partner"]), to: str(r["to"]), state: o("transferState", "state") });
  }
}

/** The selection key of a record: the item the diagram highlights for it. */
export function recordKey(collection: Collection, r: Any): string {
  switch (collection) {
    case "organisations":
      return `o:${str(r["id"])}`;
    case "tenants":
      return `t:${str(r["id"])}`;
    case "partnerships":
      return edgeKey(str(r["provider"]), str(r["reseller"]));
    case "resellerRelationships":
    case "adminRelationships":
      return edgeKey(str(r["partner"]), str(r["customer"]));
    case "subscriptions":
      return `t:${str(r["customer"])}`;
    case "transferRequests":
      return edgeKey(str(r["partner"]), str(r["to"]));
  }
}

/** The key of the diagram edge between two tenants (in either direction). */
export function edgeKey(a: string, b: string): string {
  return a < b ? `e:${a}|${b}` : `e:${b}|${a}`;
}

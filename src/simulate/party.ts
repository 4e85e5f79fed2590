/**
 * Parties: the simpler view of organisations the forms and the diagram use. A party is an organisation
 * with its main tenant: a partner in one CSP role, a customer, or Microsoft.
 *
 *   partyRecords({ kind: "indirect-reseller", id: "Contoso", country: "FR", region: "europe", mpa: true, ... })
 *     → { organisation: { id: "Contoso", kind: "partner", mpnLocations: ["FR"], agreements: [mpa europe] }, tenant: { id: "Contoso", kind: "csp", enrolments: [reseller] } }
 */
import type { Cloud, IsoDate, Organisation, Tenant, World } from "../engine/index.ts";

/** What a party can be. */
export const partyKinds = ["direct-bill", "indirect-provider", "indirect-reseller", "customer", "microsoft"] as const;

/** One kind of party; "partner" is a partner organisation not enrolled in any role. */
export type PartyKind = (typeof partyKinds)[number] | "partner";

/** The quick form for a new party. */
export type PartyInput = {
  readonly kind: (typeof partyKinds)[number];
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly region: string;
  readonly cloud: Cloud;
  readonly status: "active" | "restricted" | "suspended" | "non-compliant";
  readonly mpa: boolean;
};

/** The organisation and tenant a new party is made of (Microsoft has no tenant here). */
export function partyRecords(input: PartyInput, asOf: IsoDate): { organisation: Organisation; tenant?: Tenant } {
  const partner = input.kind !== "customer" && input.kind !== "microsoft";
  const name = input.name.trim();
  const organisation: Organisation = {
    id: input.id,
    kind: partner ? "partner" : input.kind === "customer" ? "customer" : "microsoft",
    ...(name ? { name } : {}),
    mpnLocations: partner ? [input.country] : [],
    agreements: partner && input.mpa ? [{ type: "mpa", region: input.region, acceptedOn: asOf }] : [],
    azureExpertMsp: false,
  };
  if (input.kind === "microsoft") return { organisation };
  const tenant: Tenant = {
    id: input.id,
    organisation: input.id,
    kind: partner ? "csp" : "customer",
    cloud: input.cloud,
    region: input.region,
    country: input.country,
    enrolments: partner ? [{ role: input.kind as Exclude<PartyInput["kind"], "customer" | "microsoft">, status: input.status }] : [],
  };
  return { organisation, tenant };
}

const rank: readonly PartyKind[] = ["direct-bill", "indirect-provider", "indirect-reseller"];

/** What an organisation is, by its kind and the enrolments of its tenants (direct bill first). */
export function partyKindOf(world: World, organisation: Organisation): PartyKind {
  if (organisation.kind !== "partner") return organisation.kind;
  const roles = new Set(world.tenants.filter((t) => t.organisation === organisation.id).flatMap((t) => t.enrolments.map((e) => e.role)));
  return rank.find((r) => roles.has(r as never)) ?? "partner";
}

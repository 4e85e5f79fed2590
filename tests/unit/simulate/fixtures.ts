/** The sample scenarios of tests/fixtures/scenarios, validated, and a generated world of any size for the simulator's tests. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateScenario, type Scenario, type World } from "../../../src/rules/index.ts";

const dir = fileURLToPath(new URL("../../fixtures/scenarios/", import.meta.url));

/** Every sample scenario file, by name. */
export const samples: readonly { readonly name: string; readonly scenario: Scenario }[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const checked = validateScenario(JSON.parse(readFileSync(`${dir}${f}`, "utf8")));
    if (!checked.ok) throw new Error(`${f} is not valid`);
    return { name: f.replace(/\.json$/, ""), scenario: checked.value };
  });

/** A sample scenario by name. */
export function sample(name: string): Scenario {
  const found = samples.find((s) => s.name === name);
  if (!found) throw new Error(`no sample ${name}`);
  return found.scenario;
}

/** A two-tier world of `n` organisations: a provider per five, resellers and customers with relationships, named with readable names. */
export function bigWorld(n: number): World {
  const organisations: World["organisations"][number][] = [];
  const tenants: World["tenants"][number][] = [];
  const partnerships: World["partnerships"][number][] = [];
  const resellerRelationships: World["resellerRelationships"][number][] = [];
  const subscriptions: World["subscriptions"][number][] = [];
  const mpa = [{ type: "mpa" as const, region: "europe", acceptedOn: "2020-03-01" }];
  for (let i = 0; i < n; i++) {
    const role = i % 5 === 0 ? "indirect-provider" : i % 5 === 1 || i % 5 === 2 ? "indirect-reseller" : "customer";
    const id = `${role === "customer" ? "Customer" : role === "indirect-provider" ? "Provider" : "Reseller"}-${i}`;
    const partner = role !== "customer";
    organisations.push({ id, kind: partner ? "partner" : "customer", name: `${id} Company Ltd`, mpnLocations: partner ? ["FR"] : [], agreements: partner ? mpa : [], azureExpertMsp: false });
    tenants.push({
      id, organisation: id, kind: partner ? "csp" : "customer", cloud: "commercial", region: "europe", country: "FR",
      enrolments: partner ? [{ role, status: "active" }] : [],
    });
  }
  const ids = organisations.map((o) => o.id);
  ids.forEach((id, i) => {
    const provider = ids[i - (i % 5)]!;
    if (id.startsWith("Reseller")) partnerships.push({ provider, reseller: id, state: "accepted", providerAdminAccess: true });
    if (id.startsWith("Customer")) {
      const reseller = ids[i - (i % 5) + 1]!;
      for (const [partner, extra] of [[reseller, { provider }], [provider, { viaReseller: reseller }]] as const) {
        resellerRelationships.push({ partner, customer: id, state: "active", origin: "indirect-invitation", includeAdmin: false, mcaAcceptedOn: "2021-09-01", ...extra });
      }
      subscriptions.push({ id: `s-${i}`, customer: id, product: "Microsoft 365 E3", kind: "licence", commerce: "nce", channel: "csp", seller: provider, reseller, additionalResellers: [], state: "active", ownerRoleRemoved: false });
    }
  });
  return { organisations, tenants, partnerships, resellerRelationships, adminRelationships: [], subscriptions, transferRequests: [] };
}

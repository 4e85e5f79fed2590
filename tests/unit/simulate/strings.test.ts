import { describe, expect, it } from "vitest";
import {
  actionCases, actionTypes, adminRelationshipSchema, organisationSchema, partnershipSchema, resellerRelationshipSchema, subscriptionSchema,
  tenantSchema, transferRequestSchema, type Schema,
} from "../../../src/rules/index.ts";
import { checkCatalogs } from "../i18n/catalog-checks.ts";
import { locales } from "../../../src/i18n/locales.ts";
import { simStrings } from "../../../src/i18n/simulate/index.ts";
import { actionGroups } from "../../../src/simulate/action-groups.ts";
import { domainOf, optionKey } from "../../../src/simulate/form-model.ts";
import { partyKinds } from "../../../src/simulate/party.ts";
import { collections } from "../../../src/simulate/world-edit.ts";

const english = simStrings.en;
checkCatalogs("simulator strings", simStrings);

describe("translations of the simulator", () => {
  // Names of products, programmes and protocols stay as they are; so do templates made only of placeholders.
  const names = /^(opt\.(adminType\.|orgKind\.microsoft|party\.microsoft|channel\.csp|kind\.shared-services-azure|cloud\.(us-government|germany))|diagram\.g?dap)/;
  const templates = ["world.listCount", "summary.organisation"];
  // Words that are spelt the same in the language.
  const sameWord: Readonly<Record<string, readonly string[]>> = {
    pl: ["jump.start", "jump.diagram", "start.heading", "diagram.heading", "field.status", "field.partner", "opt.orgKind.partner"],
    de: [
      "jump.start", "start.heading", "form.optional", "field.name", "field.organisation", "field.cloud", "field.status", "field.partner",
      "field.commerce", "opt.orgKind.partner", "opt.kind.software", "opt.channel.ea",
    ],
  };

  it.each(locales.filter((l) => l.code !== "en").map((l) => l.code))("are really translated into %s: only names, templates and words spelt alike stay as in English", (code) => {
    const same = Object.entries(simStrings[code])
      .filter(([key, value]) => value === english[key as keyof typeof english] && !names.test(key) && !templates.includes(key))
      .map(([key]) => key);
    expect(same.sort()).toEqual([...(sameWord[code] ?? [])].sort());
  });
});

const records: readonly Schema<unknown>[] = [
  organisationSchema, tenantSchema, partnershipSchema, resellerRelationshipSchema, adminRelationshipSchema, subscriptionSchema, transferRequestSchema,
];

function walk(node: Schema<unknown>, visit: (object: string | undefined, field: string, node: Schema<unknown>) => void) {
  if (node.k !== "object") return;
  for (const [name, field] of Object.entries(node.fields)) {
    const inner = field.node.k === "array" ? field.node.item : field.node;
    visit(node.name?.replace(/^action\./, ""), name, inner);
    walk(inner, visit);
  }
}

describe("labels for the forms generated from the engine's schemas", () => {
  it("exist for every field and every choice of every record and action", () => {
    const missing: string[] = [];
    for (const schema of [...records, ...Object.values(actionCases)]) {
      walk(schema, (object, field, node) => {
        if (!(`field.${field}` in english)) missing.push(`field.${field}`);
        if (node.k === "enum") for (const value of node.values) if (!(optionKey(domainOf(object, field), value) in english)) missing.push(optionKey(domainOf(object, field), value));
      });
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it("exist for every action type, group, list of the world and kind of party", () => {
    const keys = [
      ...actionTypes.map((t) => `action.${t}`),
      ...actionGroups.map((g) => `action.group.${g.id}`),
      ...collections.flatMap((c) => [`record.${c}`, `world.add.${c}`]),
      ...[...partyKinds, "partner"].map((k) => `opt.party.${k}`),
    ];
    expect(keys.filter((k) => !(k in english))).toEqual([]);
  });

  it("group every action type of the engine exactly once", () => {
    expect(actionGroups.flatMap((g) => g.types).sort()).toEqual([...actionTypes].sort());
  });
});

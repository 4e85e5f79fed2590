import { describe, expect, it } from "vitest";
import { validateWorld, type World } from "../../../src/rules/index.ts";
import { docOf } from "../../../src/simulate/doc.ts";
import { renameId } from "../../../src/simulate/rename.ts";
import { collections, removeRecord } from "../../../src/simulate/world-edit.ts";
import { sample, samples } from "./fixtures.ts";

describe("removing a record of the world", () => {
  it("always leaves a valid world, whatever record of whichever sample is removed", () => {
    let removals = 0;
    for (const { name, scenario } of samples) {
      for (const collection of collections) {
        (scenario.world[collection] as readonly unknown[]).forEach((_, i) => {
          const checked = validateWorld(removeRecord(scenario.world, collection, i));
          expect(checked.ok ? [] : checked.problems, `${name}: ${collection}[${i}]`).toEqual([]);
          removals++;
        });
      }
    }
    expect(removals).toBeGreaterThan(250);
  });

  it("takes an organisation's tenants and everything tied to them along", () => {
    const world = sample("SC-02").world;
    const next = removeRecord(world, "organisations", world.organisations.findIndex((o) => o.id === "R1"));
    expect(next.tenants.map((t) => t.id)).toEqual(["P1", "C1"]);
    expect(next.partnerships).toEqual([]);
    expect(next.resellerRelationships.map((r) => [r.partner, r.customer, r.viaReseller])).toEqual([["P1", "C1", undefined]]);
  });
});

describe("renaming an id", () => {
  it("follows every reference in the world and the history, and nothing else", () => {
    const doc = docOf(sample("SC-02"));
    const renamed = renameId(doc, "tenant", "C1", "Northwind");
    expect(renamed.world.resellerRelationships.map((r) => r.customer)).toEqual(["Northwind", "Northwind"]);
    // The organisation C1 is another id space, and the tenant's own id is the form's to change.
    expect(renamed.world.organisations.map((o) => o.id)).toEqual(["P1", "R1", "C1"]);
    expect(renamed.world.tenants.map((t) => [t.id, t.organisation])).toEqual([["P1", "P1"], ["R1", "R1"], ["C1", "C1"]]);
    expect(renamed.actions[0]).toMatchObject({ customer: "Northwind" });
    const world: World = { ...renamed.world, tenants: renamed.world.tenants.map((t) => (t.id === "C1" ? { ...t, id: "Northwind" } : t)) };
    expect(validateWorld(world).ok).toBe(true);
  });
});

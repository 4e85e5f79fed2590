import { describe, expect, it } from "vitest";
import { indexWorld } from "../../../src/rules/index.ts";
import { partnership, scene } from "../rules/cast.ts";

describe("the world index", () => {
  it("is built once per world object", () => {
    const w = scene();
    expect(indexWorld(w)).toBe(indexWorld(w));
    expect(indexWorld(scene())).not.toBe(indexWorld(w));
  });

  it("answers pair lookups with the latest record", () => {
    const w = scene((x) => { x.partnerships.push(partnership("P1", "R1", "removed"), partnership("P1", "R1", "requested")); });
    expect(indexWorld(w).partnership("P1", "R1")?.state).toBe("requested");
  });

  it("finds one party's relationships without scanning others", () => {
    const ix = indexWorld(scene());
    expect(ix.relsOfCustomer("C2").map((r) => r.partner)).toEqual(["R1", "P1"]);
    expect(ix.subsOfCustomer("C9")).toEqual([]);
    expect(ix.tenantsOf("DB1").map((t) => t.id)).toEqual(["DB1"]);
  });
});

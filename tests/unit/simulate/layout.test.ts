import { describe, expect, it } from "vitest";
import { layoutWorld, sizes } from "../../../src/simulate/layout.ts";
import { bigWorld, sample } from "./fixtures.ts";

describe("the diagram's layout", () => {
  it("puts providers, then partners that sell to customers, then customers in columns", () => {
    const diagram = layoutWorld(sample("SC-02").world);
    expect(diagram.nodes.map((n) => [n.id, n.column])).toEqual([["P1", 0], ["R1", 1], ["C1", 2]]);
    expect(diagram.edges.map((e) => [e.from, e.to, e.parts.map((p) => p.kind)])).toEqual([
      ["P1", "C1", ["reseller"]],
      ["R1", "C1", ["reseller"]],
      ["P1", "R1", ["partnership"]],
    ]);
  });

  it("is the same every time for the same world", () => {
    expect(layoutWorld(bigWorld(20))).toEqual(layoutWorld(bigWorld(20)));
  });

  it("stays readable with 20 organisations: no boxes overlap and no two edge labels overlap", () => {
    const diagram = layoutWorld(bigWorld(20));
    expect(diagram.nodes).toHaveLength(20);
    for (const a of diagram.nodes) {
      for (const b of diagram.nodes) {
        if (a === b || a.column !== b.column) continue;
        expect(a.y + a.height <= b.y || b.y + b.height <= a.y, `${a.id} and ${b.id}`).toBe(true);
      }
    }
    const labels = diagram.edges.map((e) => ({ x: e.labelX, top: e.labelY - (e.labelLines * sizes.line + 6) / 2, bottom: e.labelY + (e.labelLines * sizes.line + 6) / 2 }));
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) if (a.x === b.x) expect(a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    }
    for (const e of diagram.edges) expect(e.labelY).toBeLessThanOrEqual(diagram.height);
  });

  it("draws a removed or requested relationship with its state on the label", () => {
    const world = sample("SC-04").world;
    const edge = layoutWorld(world).edges.find((e) => e.from === "P2" && e.to === "R1");
    expect(edge?.parts).toEqual([{ kind: "partnership", state: "requested" }]);
    expect(edge?.labelLines).toBe(2);
  });
});

/**
 * The diagram's layout, deterministic and pure: organisations in three columns by role (providers and
 * Microsoft, then direct-bill partners and resellers, then customers), each box listing its tenants when it
 * has more than one; one edge per pair of tenants with every relationship between them, its label placed
 * in the gap beside the target column and pushed apart from its neighbours so labels never overlap.
 *
 *   layoutWorld(world) → { width: 840, height: 312, nodes: [{ id: "Fabrikam", column: 0, x, y, ... }], edges: [...] }
 */
import type { World } from "../engine/index.ts";
import { partyKindOf, type PartyKind } from "./party.ts";

/** Sizes of the layout, in SVG units. */
export const sizes = { nodeWidth: 200, gap: 160, labelWidth: 144, margin: 10, header: 44, row: 18, padding: 6, spacing: 16, line: 13 } as const;

/** A tenant row in a box. */
export type DiagramTenant = { readonly id: string; readonly kind: string; readonly y: number };

/** An organisation's box. */
export type DiagramNode = {
  readonly id: string;
  readonly name: string;
  readonly kind: PartyKind;
  readonly column: number;
  readonly x: number;
  readonly y: number;
  readonly height: number;
  /** Shown as rows when the organisation has several tenants or one named differently. */
  readonly tenants: readonly DiagramTenant[];
};

/** One relationship on an edge. */
export type EdgePart = { readonly kind: "partnership" | "reseller" | "gdap" | "dap"; readonly state: string };

/** Every relationship between two tenants, drawn as one labelled edge. */
export type DiagramEdge = {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly parts: readonly EdgePart[];
  readonly path: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly labelLines: number;
};

/** The whole diagram. */
export type Diagram = { readonly width: number; readonly height: number; readonly nodes: readonly DiagramNode[]; readonly edges: readonly DiagramEdge[] };

const columnOf: Readonly<Record<PartyKind, number>> = {
  microsoft: 0, "indirect-provider": 0, "direct-bill": 1, "indirect-reseller": 1, partner: 1, customer: 2,
};

/** The key of the edge between two tenants, whichever way round. */
export const pairKey = (a: string, b: string) => (a < b ? `e:${a}|${b}` : `e:${b}|${a}`);

/** Whether a relationship in this state is still in force or asked for (removed ones are drawn as such). */
const normal = new Set(["accepted", "active"]);

/** How many label lines an edge needs: kinds, and states that are not the usual one. */
export function labelLinesOf(parts: readonly EdgePart[]): number {
  return parts.some((p) => !normal.has(p.state)) ? 2 : 1;
}

function collectEdges(world: World): Map<string, { from: string; to: string; parts: EdgePart[] }> {
  const edges = new Map<string, { from: string; to: string; parts: EdgePart[] }>();
  const add = (from: string, to: string, part: EdgePart) => {
    const key = pairKey(from, to);
    const edge = edges.get(key) ?? edges.set(key, { from, to, parts: [] }).get(key)!;
    // Later records of a pair replace earlier ones, as in the engine.
    edge.parts = [...edge.parts.filter((p) => p.kind !== part.kind), part];
  };
  for (const p of world.partnerships) add(p.provider, p.reseller, { kind: "partnership", state: p.state });
  for (const r of world.resellerRelationships) add(r.partner, r.customer, { kind: "reseller", state: r.state });
  for (const a of world.adminRelationships) add(a.partner, a.customer, { kind: a.type, state: a.state });
  return edges;
}

/** Lays out a world. */
export function layoutWorld(world: World): Diagram {
  const { nodeWidth, gap, margin, header, row, padding, spacing, line } = sizes;
  const edges = collectEdges(world);
  const tenantsOf = new Map<string, DiagramTenant[]>();
  for (const t of world.tenants) tenantsOf.set(t.organisation, [...(tenantsOf.get(t.organisation) ?? []), { id: t.id, kind: t.kind, y: 0 }]);
  const columns: { id: string; name: string; kind: PartyKind; tenants: DiagramTenant[] }[][] = [[], [], []];
  for (const org of [...world.organisations].sort((a, b) => a.id.localeCompare(b.id))) {
    const kind = partyKindOf(world, org);
    columns[columnOf[kind]]!.push({ id: org.id, name: org.name ?? org.id, kind, tenants: tenantsOf.get(org.id) ?? [] });
  }
  const orgOfTenant = new Map(world.tenants.map((t) => [t.id, t.organisation]));
  const centre = new Map<string, number>();
  const nodes: DiagramNode[] = [];
  const anchor = new Map<string, { node: DiagramNode; y: number }>();
  columns.forEach((column, c) => {
    // Order a column by where its organisations' partners sit in the columns before it, to cut crossings.
    if (c > 0) {
      const weight = (id: string) => {
        const ys: number[] = [];
        for (const e of edges.values()) {
          const [a, b] = [orgOfTenant.get(e.from), orgOfTenant.get(e.to)];
          const other = a === id ? b : b === id ? a : undefined;
          const y = other === undefined ? undefined : centre.get(other);
          if (y !== undefined) ys.push(y);
        }
        return ys.length > 0 ? ys.reduce((s, y) => s + y, 0) / ys.length : Number.POSITIVE_INFINITY;
      };
      const weights = new Map(column.map((o) => [o.id, weight(o.id)]));
      column.sort((a, b) => weights.get(a.id)! - weights.get(b.id)! || a.id.localeCompare(b.id));
    }
    let y = margin;
    const x = margin + c * (nodeWidth + gap);
    for (const org of column) {
      const rows = org.tenants.length === 1 && org.tenants[0]!.id === org.id ? [] : org.tenants;
      const height = header + rows.length * row + (rows.length > 0 ? padding : 0);
      const node: DiagramNode = { id: org.id, name: org.name, kind: org.kind, column: c, x, y, height, tenants: rows.map((t, i) => ({ ...t, y: y + header + i * row + row / 2 })) };
      nodes.push(node);
      centre.set(org.id, y + height / 2);
      for (const t of org.tenants) anchor.set(t.id, { node, y: node.tenants.find((r) => r.id === t.id)?.y ?? y + height / 2 });
      y += height + spacing;
    }
  });
  const placed: { edge: DiagramEdge; gapX: number; want: number; sx: number; sy: number; ex: number; ey: number }[] = [];
  for (const [key, e] of edges) {
    const from = anchor.get(e.from);
    const to = anchor.get(e.to);
    if (!from || !to) continue;
    const f = from.node;
    const t = to.node;
    const right = (n: DiagramNode) => n.x + nodeWidth;
    let sx: number, ex: number, gapX: number;
    if (f.column < t.column) [sx, ex, gapX] = [right(f), t.x, t.x - gap / 2];
    else if (f.column > t.column) [sx, ex, gapX] = [f.x, right(t), right(t) + gap / 2];
    else if (f.column < 2) [sx, ex, gapX] = [right(f), right(t), right(t) + gap / 2];
    else [sx, ex, gapX] = [f.x, t.x, t.x - gap / 2];
    const want = f.column === t.column ? (from.y + to.y) / 2 : to.y;
    placed.push({ edge: { key, from: e.from, to: e.to, parts: e.parts, path: "", labelX: gapX, labelY: want, labelLines: labelLinesOf(e.parts) }, gapX, want, sx, sy: from.y, ex, ey: to.y });
  }
  // Where several edges meet one tenant on one side, spread their ends so each line can be followed.
  const ends = new Map<string, { p: (typeof placed)[number]; start: boolean; other: number }[]>();
  for (const p of placed) {
    for (const [id, x, start, other] of [[p.edge.from, p.sx, true, p.ey], [p.edge.to, p.ex, false, p.sy]] as const) {
      const key = `${id}@${x}`;
      ends.set(key, [...(ends.get(key) ?? []), { p, start, other }]);
    }
  }
  for (const [key, group] of ends) {
    if (group.length < 2) continue;
    const at = anchor.get(key.slice(0, key.lastIndexOf("@")))!;
    const rowAnchor = at.node.tenants.length > 0;
    const room = rowAnchor ? row / 2 - 2 : at.node.height / 2 - 6;
    const step = Math.min(8, (2 * room) / (group.length - 1));
    group.sort((a, b) => a.other - b.other || a.p.edge.key.localeCompare(b.p.edge.key));
    group.forEach((end, i) => {
      const y = at.y + (i - (group.length - 1) / 2) * step;
      if (end.start) end.p.sy = y;
      else {
        end.p.ey = y;
        end.p.want = end.p.want === at.y ? y : end.p.want;
      }
    });
  }
  // Push labels in the same gap apart, top to bottom.
  const byGap = new Map<number, typeof placed>();
  for (const p of placed) byGap.set(p.gapX, [...(byGap.get(p.gapX) ?? []), p]);
  let bottom = Math.max(margin, ...nodes.map((n) => n.y + n.height));
  const out: DiagramEdge[] = [];
  for (const group of byGap.values()) {
    group.sort((a, b) => a.want - b.want || a.edge.key.localeCompare(b.edge.key));
    let floor = Number.NEGATIVE_INFINITY;
    for (const p of group) {
      const half = (p.edge.labelLines * line + 6) / 2;
      const ly = Math.max(p.want, floor + half + 3);
      floor = ly + half;
      bottom = Math.max(bottom, floor);
      const m1 = (p.sx + p.gapX) / 2;
      const m2 = (p.gapX + p.ex) / 2;
      const path = `M${p.sx} ${p.sy}C${m1} ${p.sy} ${m1} ${ly} ${p.gapX} ${ly}C${m2} ${ly} ${m2} ${p.ey} ${p.ex} ${p.ey}`;
      out.push({ ...p.edge, path, labelY: ly });
    }
  }
  out.sort((a, b) => a.key.localeCompare(b.key));
  return { width: 2 * margin + 3 * nodeWidth + 2 * gap, height: Math.ceil(bottom + margin), nodes, edges: out };
}

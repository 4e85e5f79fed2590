/**
 * The live diagram of the world now: organisations as boxes in columns by role, relationships as labelled
 * edges (dashed while requested, dotted once removed, and said in words on the label). Pointing at a box or an
 * edge highlights it here and in the editor's lists; at narrow widths the diagram scrolls inside its frame.
 */
import { useStore } from "@nanostores/preact";
import { useMemo } from "preact/hooks";
import { layoutWorld, sizes, type DiagramEdge } from "../../simulate/layout.ts";
import { $selection, $world, select, unselect } from "../../stores/index.ts";
import { useSim } from "./context.ts";
import { optionLabel } from "./labels.ts";

const normal = new Set(["accepted", "active"]);

// How many characters fit in a box or label at the font sizes of simulate.css (about 0.55 em a character,
// 0.6 em in bold); longer text is cut with an ellipsis, and the box's tooltip gives it in full.
const fits = {
  name: Math.floor((sizes.nodeWidth - 20) / (15 * 0.6)),
  detail: Math.floor((sizes.nodeWidth - 20) / (12.5 * 0.55)),
  tenant: Math.floor((sizes.nodeWidth - 26) / (12.5 * 0.55)),
  label: Math.floor((sizes.labelWidth - 12) / (12 * 0.55)),
};

/** The diagram, with its title and a summary for screen readers. */
export function Diagram() {
  const { tr } = useSim();
  const world = useStore($world);
  const selection = useStore($selection);
  const diagram = useMemo(() => layoutWorld(world), [world]);
  const { nodeWidth, labelWidth, line } = sizes;
  const orgOf = useMemo(() => new Map(world.tenants.map((t) => [t.id, t.organisation])), [world]);
  const selectedOrg = selection?.startsWith("o:") ? selection.slice(2) : selection?.startsWith("t:") ? orgOf.get(selection.slice(2)) : undefined;
  const touches = (e: DiagramEdge) => selectedOrg !== undefined && (orgOf.get(e.from) === selectedOrg || orgOf.get(e.to) === selectedOrg);
  // Where several edges reach one tenant, each label also names where its edge comes from.
  const fanIn = useMemo(() => {
    const count = new Map<string, number>();
    for (const e of diagram.edges) count.set(e.to, (count.get(e.to) ?? 0) + 1);
    return count;
  }, [diagram]);
  const labelOf = (e: DiagramEdge) => {
    const kinds = e.parts.map((p) => tr.text(`diagram.${p.kind}`)).join(" + ") + ((fanIn.get(e.to) ?? 0) > 1 ? ` · ${e.from}` : "");
    const states = e.parts.filter((p) => !normal.has(p.state)).map((p) => optionLabel(tr, p.kind === "partnership" ? "partnershipState" : p.kind === "reseller" ? "relationshipState" : "adminState", p.state));
    return [kinds, ...(states.length > 0 ? [states.join(", ")] : [])];
  };
  const hover = (key: string) => ({ onMouseEnter: () => select(key), onMouseLeave: () => unselect(key) });
  const styleOf = (e: DiagramEdge) => (e.parts.every((p) => p.state === "removed") ? " is-removed" : e.parts.some((p) => p.state === "requested") ? " is-requested" : "");
  return (
    <section class="sim-panel sim-diagram" aria-labelledby="sim-diagram-heading" id="sim-diagram">
      <h2 id="sim-diagram-heading">{tr.ui("diagram.heading")}</h2>
      <p class="sim-muted" id="sim-diagram-summary">
        {tr.ui("diagram.summary", { count: diagram.edges.length, organisations: world.organisations.length, relationships: diagram.edges.length })}
      </p>
      <figure class="sim-diagram__frame" tabindex={0} aria-labelledby="sim-diagram-summary">
        <svg
          class="sim-diagram__svg"
          viewBox={`0 0 ${diagram.width} ${diagram.height}`}
          width={diagram.width}
          height={diagram.height}
          role="img"
          aria-labelledby="sim-diagram-summary"
        >
          {diagram.edges.map((e) => (
            <g class={`sim-edge${styleOf(e)}${selection === e.key || touches(e) ? " is-selected" : ""}`} {...hover(e.key)}>
              <path d={e.path} class="sim-edge__line" />
              <path d={e.path} class="sim-edge__hit" />
            </g>
          ))}
          {diagram.nodes.map((n) => (
            <g class={`sim-node sim-node--${n.kind}${selectedOrg === n.id ? " is-selected" : ""}`} {...hover(`o:${n.id}`)}>
              <rect x={n.x} y={n.y} width={nodeWidth} height={n.height} rx={6} class="sim-node__box" />
              <title>{`${n.name}\n${n.id} · ${optionLabel(tr, "party", n.kind)}`}</title>
              <text x={n.x + 10} y={n.y + 18} class="sim-node__name">{clip(n.name, fits.name)}</text>
              <text x={n.x + 10} y={n.y + 35} class="sim-node__kind">{clip(`${n.id} · ${optionLabel(tr, "party", n.kind)}`, fits.detail)}</text>
              {n.tenants.map((t) => (
                <text x={n.x + 16} y={t.y + 4} class={`sim-node__tenant${selection === `t:${t.id}` ? " is-selected" : ""}`}>
                  {clip(`${t.id} · ${optionLabel(tr, "tenantKind", t.kind)}`, fits.tenant)}
                </text>
              ))}
            </g>
          ))}
          {diagram.edges.map((e) => {
            const lines = labelOf(e);
            const height = lines.length * line + 6;
            return (
              <g class={`sim-edge-label${selection === e.key || touches(e) ? " is-selected" : ""}`} {...hover(e.key)}>
                <title>{lines.join("\n")}</title>
                <rect x={e.labelX - labelWidth / 2} y={e.labelY - height / 2} width={labelWidth} height={height} rx={4} />
                {lines.map((text, i) => (
                  <text x={e.labelX} y={e.labelY - height / 2 + 3 + line * (i + 1) - 3} text-anchor="middle">{clip(text, fits.label)}</text>
                ))}
              </g>
            );
          })}
        </svg>
      </figure>
    </section>
  );
}

/** Text cut to fit a box, with an ellipsis. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

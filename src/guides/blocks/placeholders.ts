/**
 * How a guide's blocks travel from its Markdown to its page. Reading a guide (content sync) turns each block into
 * a placeholder element in the guide's HTML, and a callout's tags (written in the Markdown as they are here) pass
 * through as they are; the page splits that HTML back into Markdown stretches, blocks and callouts, and renders
 * each with its component.
 *
 *   <p>…</p><guide-block name="engine-example" props="{&quot;name&quot;:…}"></guide-block><callout kind="warning" title="…"><p>…</p></callout>
 *   → [{ html: "<p>…</p>" }, { block: "engine-example", props: {…} }, { callout: { kind: "warning", title: "…" }, children: [{ html: "<p>…</p>" }] }]
 *
 * Pure: no Astro, no file system.
 */
import { calloutKinds, isBlockName, type BlockName, type BlockProps, type CalloutKind } from "./schemas.ts";

/** A block with its validated props; the union over every block name, so a component gets its own props. */
export type BlockSegment = { [N in BlockName]: { block: N; props: BlockProps<N> } }[BlockName];

/** A stretch of a guide's page: HTML from Markdown, a block, or a callout holding stretches of its own. */
export type Segment =
  | { html: string }
  | BlockSegment
  | { callout: { kind: CalloutKind; title?: string }; children: Segment[] };

const escapeAttribute = (value: string) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

const namedEntities: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" };
const decodeAttribute = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return namedEntities[entity.toLowerCase()] ?? whole;
  });

/** The placeholder element of a block whose props have been validated. */
export function blockPlaceholder(name: BlockName, props: unknown): string {
  return `<guide-block name="${name}" props="${escapeAttribute(JSON.stringify(props))}"></guide-block>`;
}

const attribute = /\s+([a-z-]+)="([^"]*)"/g;
/** `<callout kind="warning" title="…">`, its attributes captured. */
const opening = String.raw`<callout((?:${attribute.source})*)\s*>`;
const tag = new RegExp(String.raw`<guide-block name="([a-z-]+)" props="([^"]*)"><\/guide-block>|${opening}|<\/callout>`, "g");

/** An opening callout tag as a guide writes it, alone: `<callout kind="warning" title="…">`, kind and title optional. */
export const calloutOpening = new RegExp(`^${opening}$`);

function parseBlock(name: string, props: string): BlockSegment {
  if (!isBlockName(name)) throw new Error(`Unknown guide block "${name}"`);
  const block = name;
  // Checked against the block's schema when the guide was read (markdown-plugin.ts), which also refuses a placeholder
  // written by hand: checking again for every page rendered would do the same work twice.
  return { block, props: JSON.parse(decodeAttribute(props)) } as BlockSegment;
}

/** Reads a callout's attributes (` kind="warning" title="…"`); throws naming what is wrong. */
export function parseCallout(attributes: string): { kind: CalloutKind; title?: string } {
  const { kind = "note", title, ...rest } = Object.fromEntries([...attributes.matchAll(attribute)].map((m) => [m[1]!, decodeAttribute(m[2]!)]));
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new Error(`callout: unknown attribute "${unknown[0]}" (it takes kind and title)`);
  if (!calloutKinds.includes(kind as CalloutKind)) throw new Error(`callout: field "kind" is "${kind}", not one of ${calloutKinds.join(", ")}`);
  return { kind: kind as CalloutKind, ...(title ? { title } : {}) };
}

/** Splits a guide's HTML into Markdown stretches, blocks and callouts, in page order. */
export function splitGuideHtml(html: string): Segment[] {
  const root: Segment[] = [];
  const open: { segments: Segment[] }[] = [{ segments: root }];
  let last = 0;
  const push = (segment: Segment) => open.at(-1)!.segments.push(segment);
  for (const match of html.matchAll(tag)) {
    if (match.index > last) push({ html: html.slice(last, match.index) });
    last = match.index + match[0].length;
    if (match[1] !== undefined) push(parseBlock(match[1], match[2]!));
    else if (match[0].startsWith("</")) {
      if (open.length === 1) throw new Error("A callout closes that was never opened");
      open.pop();
    } else {
      const callout: Segment = { callout: parseCallout(match[3] ?? ""), children: [] };
      push(callout);
      open.push({ segments: callout.children });
    }
  }
  if (open.length > 1) throw new Error("A callout is never closed");
  if (last < html.length) push({ html: html.slice(last) });
  return root;
}

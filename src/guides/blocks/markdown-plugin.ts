/**
 * The Markdown side of guide blocks, run by Astro's Markdown processor when a guide is read (content sync):
 * a fenced code block named after a block (```engine-example, ```two-tier-flow, …) has its YAML props checked
 * against the block's schema and becomes a placeholder; a callout's opening tag (`<callout kind="…" title="…">`)
 * is checked. The page puts the components in (placeholders.ts).
 *
 * It works on the HTML tree, visiting only <code> elements and raw HTML, because the processor hands a
 * Markdown-tree plugin every node in JavaScript: reading the synthetic site's 4,000 guides took 13 s with the
 * same checks on the Markdown tree, 11 s on the HTML tree, and 8 s with no plugin. For the same reason it reads
 * YAML with js-yaml (six times faster than the yaml package on our blocks) and works out a line number only
 * for an error; that brought it to 9.6 s.
 *
 * A bad block stops the build with the file, the line, the block and the field:
 *   content/guides/en/two-tier-model.md:192: block "engine-example": field "steps": is required
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { defineHastPlugin, type HastPluginDefinition } from "satteri";
import { load as parseYaml } from "js-yaml";
import { blockSchemas, isBlockName } from "./schemas.ts";
import { blockPlaceholder, calloutOpening, parseCallout } from "./placeholders.ts";

/** A guide block that cannot be read; the build stops with its message. */
export class GuideBlockError extends Error {
  override name = "GuideBlockError";
}

type Where = { fileURL: URL | undefined };
type Positioned = { position?: { start: { line: number } } | undefined };

/** Lines of the file before its body: the processor counts from the body's first line, after the frontmatter. */
function linesBeforeBody(path: string): number {
  const lines = readFileSync(path, "utf8").split("\n");
  if (lines[0]?.trim() !== "---") return 0;
  let body = lines.findIndex((line, i) => i > 0 && line.trim() === "---") + 1;
  while (body > 0 && body < lines.length && lines[body]!.trim() === "") body++;
  return body;
}

/** "content/guides/en/two-tier-model.md:192", for a message about a node (only built when there is a problem). */
function place(ctx: Where, node: Positioned): string {
  if (!ctx.fileURL) return "a guide";
  const path = fileURLToPath(ctx.fileURL);
  const line = node.position?.start.line;
  return line ? `${relative(process.cwd(), path)}:${line + linesBeforeBody(path)}` : relative(process.cwd(), path);
}

/** Reads and checks one block's YAML; returns its props or throws naming what is wrong (`where` says where). */
export function readBlockProps(name: keyof typeof blockSchemas, yaml: string, where: () => string): unknown {
  let raw: unknown;
  try {
    raw = parseYaml(yaml);
  } catch (error) {
    throw new GuideBlockError(`${where()}: block "${name}" is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const result = blockSchemas[name].safeParse(raw ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join(".");
    const unknown = issue.code === "unrecognized_keys" ? ` ${issue.keys.map((k) => `"${k}"`).join(", ")}` : "";
    const message = issue.code === "invalid_type" && issue.message.endsWith("received undefined") ? "is required" : issue.message;
    return `${field ? `field "${field}": ` : ""}${message}${unknown}`;
  });
  throw new GuideBlockError(`${where()}: block "${name}": ${problems.join("; ")}`);
}

/** The language a fenced block's <code> names in its class ("language-engine-example"), if any. */
function fenceLanguage(code: { properties?: { className?: unknown } }): string | undefined {
  const classes = code.properties?.className;
  const list = Array.isArray(classes) ? classes : typeof classes === "string" ? classes.split(" ") : [];
  const language = list.find((c): c is string => typeof c === "string" && c.startsWith("language-"));
  return language?.slice("language-".length);
}

/** Where the plugin counts the callouts opened and not yet closed in the guide being read. */
const openCallouts = "partner-paths:open-callouts";

/** The HTML-tree plugin that turns guide blocks into placeholders and checks callouts. */
export const guideBlocksPlugin: HastPluginDefinition = defineHastPlugin({
  name: "partner-paths:guide-blocks",
  options: { position: true },
  element: {
    // <code> rather than <pre>: its class names the language, so a block is known without reading its children.
    filter: ["code"],
    visit(node, ctx) {
      const name = fenceLanguage(node);
      if (!isBlockName(name)) return;
      const pre = ctx.parent(node) as typeof node | undefined;
      if (pre?.tagName !== "pre") return;
      const props = readBlockProps(name, ctx.textContent(node), () => place(ctx, pre));
      ctx.replaceNode(pre, { type: "raw", value: blockPlaceholder(name, props) });
    },
  },
  before(_root, ctx) {
    ctx.data[openCallouts] = 0;
  },
  raw(node, ctx) {
    const tag = node.value.trim();
    // Placeholders come only from blocks checked above, so the page can trust their props without checking again.
    if (/<\/?guide-block\b/.test(tag)) throw new GuideBlockError(`${place(ctx, node)}: <guide-block> is written by the build; write a fenced block (\`\`\`engine-example)`);
    if (!/^<\/?callout\b/.test(tag)) return;
    // Inside a paragraph, the callout would end up inside a <p>; on its own line with blank lines around it,
    // the Markdown between the tags stays Markdown.
    const parent = ctx.parent(node) as { tagName?: string } | undefined;
    const opening = calloutOpening.exec(tag);
    if (parent?.tagName === "p" || (!opening && tag !== "</callout>")) {
      throw new GuideBlockError(`${place(ctx, node)}: a callout's tags stand alone: <callout kind="…" title="…">, a blank line, its Markdown, a blank line, </callout>`);
    }
    const open = (ctx.data[openCallouts] as number) + (opening ? 1 : -1);
    if (open < 0) throw new GuideBlockError(`${place(ctx, node)}: </callout> closes a callout that was never opened`);
    ctx.data[openCallouts] = open;
    if (!opening) return;
    try {
      parseCallout(opening[1] ?? "");
    } catch (error) {
      throw new GuideBlockError(`${place(ctx, node)}: ${(error as Error).message}`);
    }
  },
  after(_root, ctx) {
    if ((ctx.data[openCallouts] as number) > 0) throw new GuideBlockError(`${place(ctx, {})}: a callout is never closed with </callout>`);
  },
});

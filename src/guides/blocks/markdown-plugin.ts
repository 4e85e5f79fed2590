/**
 * The Markdown side of guide blocks, run by Astro's Markdown processor when a guide is read (content sync):
 * a fenced code block named after a block (```engine-example, ```two-tier-flow, …) has its YAML props checked
 * against the block's schema and becomes a placeholder; `:::callout{kind="…" title="…"}` … `:::` becomes a
 * callout element around its Markdown. The page puts the components in (placeholders.ts).
 *
 * A bad block stops the build with the file, the line, the block and the field:
 *   content/guides/en/two-tier-model.md:192: block "engine-example": field "steps": Required
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { defineMdastPlugin, type MdastPluginDefinition } from "satteri";
import { parse as parseYaml } from "yaml";
import { blockSchemas, calloutKinds, isBlockName, type CalloutKind } from "./schemas.ts";
import { blockPlaceholder, calloutElement } from "./placeholders.ts";

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

/** Reads and checks one block's YAML; returns its props or throws naming what is wrong. */
export function readBlockProps(name: keyof typeof blockSchemas, yaml: string, where: string): unknown {
  let raw: unknown;
  try {
    raw = parseYaml(yaml);
  } catch (error) {
    throw new GuideBlockError(`${where}: block "${name}" is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const result = blockSchemas[name].safeParse(raw ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join(".");
    const unknown = issue.code === "unrecognized_keys" ? ` ${issue.keys.map((k) => `"${k}"`).join(", ")}` : "";
    const message = issue.code === "invalid_type" && issue.message.endsWith("received undefined") ? "is required" : issue.message;
    return `${field ? `field "${field}": ` : ""}${message}${unknown}`;
  });
  throw new GuideBlockError(`${where}: block "${name}": ${problems.join("; ")}`);
}

/** The mdast plugin that turns guide blocks and callouts into what the page renders. */
export const guideBlocksPlugin: MdastPluginDefinition = defineMdastPlugin({
  name: "partner-paths:guide-blocks",
  options: { position: true },
  code(node, ctx) {
    if (!isBlockName(node.lang)) return;
    if (node.meta) throw new GuideBlockError(`${place(ctx, node)}: block "${node.lang}" takes its props in YAML below the fence, not "${node.meta}" beside it`);
    const props = readBlockProps(node.lang, node.value, place(ctx, node));
    ctx.replaceNode(node, { type: "html", value: blockPlaceholder(node.lang, props) });
  },
  containerDirective(node, ctx) {
    if (node.name !== "callout") throw new GuideBlockError(`${place(ctx, node)}: ":::${node.name}" is not a guide block; the only container is ":::callout"`);
    const { kind = "note", title, ...rest } = node.attributes ?? {};
    const unknown = Object.keys(rest);
    if (unknown.length > 0) throw new GuideBlockError(`${place(ctx, node)}: callout: unknown attribute "${unknown[0]}" (it takes kind and title)`);
    if (!calloutKinds.includes(kind as CalloutKind)) {
      throw new GuideBlockError(`${place(ctx, node)}: callout: field "kind" is "${kind}", not one of ${calloutKinds.join(", ")}`);
    }
    ctx.setProperty(node, "data", { hName: calloutElement, hProperties: { kind, ...(title ? { title } : {}) } });
  },
  leafDirective(node, ctx) {
    throw new GuideBlockError(`${place(ctx, node)}: "::${node.name}" is not a guide block; blocks are fenced code blocks (\`\`\`engine-example)`);
  },
  // With directives on, ":name" inside a sentence would silently vanish from the page; say where instead.
  textDirective(node, ctx) {
    throw new GuideBlockError(`${place(ctx, node)}: ":${node.name}" reads as a directive and would disappear; write "\\:${node.name}"`);
  },
});

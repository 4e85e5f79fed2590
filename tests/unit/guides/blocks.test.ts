/** Guide blocks: fenced YAML and callouts in a guide's Markdown become the components its page renders. */
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { guideBlocksPlugin } from "../../../src/guides/blocks/markdown-plugin.ts";
import { blockPlaceholder, splitGuideHtml } from "../../../src/guides/blocks/placeholders.ts";

/** What a guide's page gets from this Markdown: the same processor settings as astro.config.mjs. */
async function segmentsOf(markdown: string) {
  const { html } = await markdownToHtml(markdown, { features: { headingAttributes: true }, hastPlugins: [guideBlocksPlugin] });
  return splitGuideHtml(html);
}

const example = `\`\`\`engine-example
name: two-tier-order
title: "Fabrikam orders for Contoso's customer"
situation: Fabrikam & Contoso have an "accepted" <partnership>.
steps:
  - Fabrikam places the order.
\`\`\``;

describe("guide blocks", () => {
  it("turns a worked example written in YAML into the example with its props, quotes and ampersands intact", async () => {
    expect(await segmentsOf(`Before.\n\n${example}\n\nAfter.`)).toEqual([
      { html: "<p>Before.</p>\n" },
      {
        block: "engine-example",
        props: {
          name: "two-tier-order",
          title: "Fabrikam orders for Contoso's customer",
          situation: 'Fabrikam & Contoso have an "accepted" <partnership>.',
          steps: ["Fabrikam places the order."],
        },
      },
      { html: "\n<p>After.</p>\n" },
    ]);
  });

  it("keeps the Markdown inside a callout, and blocks inside it, as the callout's own content", async () => {
    const segments = await segmentsOf(`<callout kind="warning" title="Partner's &quot;pending&quot; request">\n\nSee **this**.\n\n${example}\n\n</callout>\n\nAfter.`);
    expect(segments[0]).toMatchObject({
      callout: { kind: "warning", title: 'Partner\'s "pending" request' },
      children: [{ html: "\n<p>See <strong>this</strong>.</p>\n" }, { block: "engine-example" }, { html: "\n" }],
    });
    expect(segments.at(-1)).toEqual({ html: "\n<p>After.</p>\n" });
  });

  it("makes a callout without a kind a note", async () => {
    expect((await segmentsOf("<callout>\n\nText.\n\n</callout>"))[0]).toEqual({ callout: { kind: "note" }, children: [{ html: "\n<p>Text.</p>\n" }] });
  });

  it("leaves code blocks in other languages as code", async () => {
    expect(await segmentsOf("```yaml\nname: two-tier-order\n```")).toEqual([
      { html: '<pre><code class="language-yaml">name: two-tier-order\n</code></pre>\n' },
    ]);
  });

  it.each([
    ["a missing field", example.replace(/^situation: .*\n/m, ""), 'block "engine-example": field "situation": is required'],
    ["an unknown field", example.replace("steps:", "colour: blue\nsteps:"), 'block "engine-example": Unrecognized key: "colour"'],
    ["a misspelt diagram label", "```step-flow\nid: fig-x\nsteps: [a, b]\ncaption: c\ndescrption: d\n```", 'block "step-flow": field "description": is required'],
    ["YAML that does not parse", '```engine-example\nname: "open\n```', 'block "engine-example" is not valid YAML'],
    ["a callout of an unknown kind", '<callout kind="danger">\n\nText.\n\n</callout>', 'callout: field "kind" is "danger"'],
    ["a callout with an unknown attribute", '<callout kind="note" tilte="A">\n\nText.\n\n</callout>', 'callout: unknown attribute "tilte"'],
    ["a placeholder written by hand", '<guide-block name="engine-example" props="{}"></guide-block>', "<guide-block> is written by the build"],
    ["a callout that is never closed", '<callout kind="note">\n\nText.', "a callout is never closed"],
    ["a callout closed twice", '<callout kind="note">\n\nText.\n\n</callout>\n\n</callout>', "closes a callout that was never opened"],
    ["a callout whose tag shares its line", '<callout kind="note">Text.</callout>', "a callout's tags stand alone"],
  ])("refuses %s, saying which block and field", async (_, markdown, message) => {
    await expect(segmentsOf(markdown)).rejects.toThrow(message);
  });
});

describe("splitting a guide's HTML", () => {
  it("reads back exactly the props a placeholder was written with", () => {
    const props = { name: "x-1", title: `"A" & <B> 'c'`, situation: "d", steps: ["e"] };
    expect(splitGuideHtml(`<p>a</p>${blockPlaceholder("engine-example", props)}`)).toEqual([{ html: "<p>a</p>" }, { block: "engine-example", props }]);
  });

  it("refuses a callout that is never closed, or closed twice", () => {
    expect(() => splitGuideHtml('<callout kind="note"><p>a</p>')).toThrow("never closed");
    expect(() => splitGuideHtml("<p>a</p></callout>")).toThrow("never opened");
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { appendExcerpt, parseExcerpt } from "../../../src/scripts/search/excerpt.ts";

/** A stand-in for document and an element that records what rendering creates, without a DOM. */
function fakeDom() {
  const created: string[] = [];
  const appended: (string | { tag: string; textContent: string | null })[] = [];
  const doc = {
    createElement(tag: "mark") {
      created.push(tag);
      return { tag, textContent: null as string | null };
    },
  };
  const parent = { append: (...nodes: (string | object)[]) => appended.push(...(nodes as typeof appended)) };
  const text = () => appended.map((node) => (typeof node === "string" ? node : node.textContent ?? "")).join("");
  const marked = () => appended.filter((node) => typeof node !== "string").map((node) => node.textContent);
  return { doc, parent, created, text, marked };
}

describe("search excerpts", () => {
  it("highlights the words Pagefind marked and keeps the rest as text", () => {
    const dom = fakeDom();
    appendExcerpt(dom.parent, "the <mark>two-tier</mark> model and a <mark>reseller</mark>", dom.doc);
    expect(dom.text()).toBe("the two-tier model and a reseller");
    expect(dom.marked()).toEqual(["two-tier", "reseller"]);
  });

  it("shows markup from a page as the characters the reader wrote, never as elements", () => {
    const dom = fakeDom();
    appendExcerpt(dom.parent, 'use &lt;img src=x onerror="alert(1)"&gt; and <script>alert(2)</script> <mark>here</mark>', dom.doc);
    expect(dom.created).toEqual(["mark"]);
    expect(dom.text()).toBe('use <img src=x onerror="alert(1)"> and <script>alert(2)</script> here');
  });

  it("treats anything but an exact <mark> tag as text", () => {
    expect(parseExcerpt('<mark onclick="x">a</mark> <MARK>b</MARK>')).toEqual([
      { text: '<mark onclick="x">a <MARK>b</MARK>', mark: false },
    ]);
  });

  it("never creates an element other than <mark>, whatever the excerpt holds", () => {
    const piece = fc.constantFrom("<mark>", "</mark>", "<script>", "<img src=x onerror=alert(1)>", "&lt;", "&gt;", "<b>", "a", " ", "ź");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 20 }), (pieces) => {
        const excerpt = pieces.join("");
        const dom = fakeDom();
        appendExcerpt(dom.parent, excerpt, dom.doc);
        expect(dom.created.every((tag) => tag === "mark")).toBe(true);
        // Every character of the excerpt reaches the reader except the <mark> tags themselves.
        expect(dom.text()).toBe(excerpt.replace(/<\/?mark>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
      }),
    );
  });
});

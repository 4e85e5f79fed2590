/**
 * Pagefind excerpts are page text in which the only markup is `<mark>` and `</mark>` around matched words;
 * `<` and `>` from the page text arrive escaped as `&lt;` and `&gt;`. These helpers turn an excerpt into DOM
 * without ever parsing it as HTML, so nothing in an indexed page can become an element or a script:
 *
 *   "the <mark>two-tier</mark> model" → [{ text: "the ", mark: false }, { text: "two-tier", mark: true }, …]
 */

/** A run of excerpt text, highlighted or not. */
export type ExcerptPart = { text: string; mark: boolean };

/** The minimal DOM an excerpt is rendered with (document in the browser, a fake one in tests). */
export type ExcerptDocument = { createElement(tag: "mark"): { textContent: string | null } };

/** Where rendered parts go: strings become text nodes, never markup. */
export type ExcerptParent = { append(...nodes: (string | object)[]): void };

const decode = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/** Splits an excerpt into plain and highlighted runs; anything that is not exactly <mark> or </mark> stays text. */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === "<mark>" || token === "</mark>") {
      mark = token === "<mark>";
    } else if (token) {
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += decode(token);
      else parts.push({ text: decode(token), mark });
    }
  }
  return parts;
}

/** Appends an excerpt to an element: plain runs as text, matched words in <mark> elements. */
export function appendExcerpt(parent: ExcerptParent, excerpt: string, doc: ExcerptDocument = document): void {
  for (const { text, mark } of parseExcerpt(excerpt)) {
    if (!mark) {
      parent.append(text);
      continue;
    }
    const element = doc.createElement("mark");
    element.textContent = text;
    parent.append(element);
  }
}

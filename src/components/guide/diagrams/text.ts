/**
 * Text layout for the guide diagrams. SVG does not wrap text, so labels are broken into lines here, at
 * build time, from an estimate of the average glyph width. Labels come from the page in its own language,
 * so every box and gap is sized from the lines it must hold rather than from fixed English lengths.
 *
 *   wrap("Provider submits the order", 150, 14) → ["Provider submits", "the order"]
 */

/** Average glyph width as a share of the font size, on the generous side for wide system fonts; bold runs wider. */
const glyph = { regular: 0.56, bold: 0.6 };

/** Splits a label into lines no wider than `width` user units; a "\n" in the label forces a break. */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const max = Math.max(6, Math.floor(width / (size * (bold ? glyph.bold : glyph.regular))));
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line === "") line = word;
      else if (line.length + 1 + word.length <= max) line = `${line} ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Line height for a font size. */
export function lineHeight(size: number): number {
  return Math.round(size * 1.3);
}

/** Height a block of `count` lines takes. */
export function blockHeight(count: number, size: number): number {
  return count * lineHeight(size);
}

/** A label already broken into lines, with its font size and the height it needs. */
export type Block = { readonly lines: readonly string[]; readonly size: number; readonly height: number };

/** Smallest font size a label shrinks to when one of its words is too long for the width. */
const minSize = 12;

/**
 * Wraps a label and measures it. A single word longer than the width (a German compound, say) cannot be
 * broken, so the label's font size shrinks until it fits, down to a floor.
 */
export function block(text: string, width: number, size: number, bold = false): Block {
  let fitted = size;
  let lines = wrap(text, width, fitted, bold);
  const perChar = bold ? glyph.bold : glyph.regular;
  while (fitted > minSize && Math.max(...lines.map((l) => l.length)) * fitted * perChar > width) {
    fitted -= 1;
    lines = wrap(text, width, fitted, bold);
  }
  return { lines, size: fitted, height: blockHeight(lines.length, fitted) };
}

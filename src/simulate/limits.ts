/**
 * Limits on untrusted scenario input (shared links and imported files), so that a hostile or broken
 * input is refused quickly instead of freezing the page.
 */

/** The largest inputs the simulator reads. */
export const limits = {
  /** Characters of scenario JSON, after decompressing a link or reading a file. */
  jsonChars: 1_000_000,
  /** Characters of the encoded part of a shared link. */
  encodedChars: 200_000,
  /** Bytes of an imported file, checked before it is read. */
  fileBytes: 1_000_000,
  /** Nesting of arrays and objects; a valid scenario needs six levels. */
  depth: 20,
} as const;

/** How deeply arrays and objects nest in JSON text (strings are skipped); stops counting once past `max`. */
export function jsonDepth(text: string, max: number = limits.depth): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > deepest && (deepest = depth) > max) return deepest;
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/**
 * Suggested ids for new things: the first free "<prefix><n>", so forms start with a valid, unused id.
 *
 *   freeId(["s1", "s2"], "s") → "s3"
 */

/** The first id "<prefix>1", "<prefix>2", ... not among `taken`. */
export function freeId(taken: Iterable<string>, prefix: string): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

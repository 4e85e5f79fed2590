/**
 * Pagefind 1.5 matches without accents by decomposing letters (ź → z + ´, ó → o + ´), but a letter that is a
 * letter of its own does not decompose: Polish ł. A reader who types "zrodlo" means "źródło", which Pagefind
 * only finds as "zrodło". So a query is also searched with ł in place of l, and the answers are merged:
 *
 *   letterVariants("zrodlo") → ["zrodło", "zrodlo"]
 *   letterVariants("lokal")  → ["łokał", "lokał", "łokal", "lokal"]
 */

const most = 8;

/** The query with every combination of ł for l (ł first), or just the query when it has no l. */
export function letterVariants(query: string): string[] {
  const positions = [...query].flatMap((char, i) => (char === "l" || char === "L" ? [i] : []));
  if (positions.length === 0) return [query];
  const chars = [...query];
  const swap = (mask: number) =>
    chars.map((char, i) => {
      const bit = positions.indexOf(i);
      return bit >= 0 && mask & (1 << bit) ? (char === "l" ? "ł" : "Ł") : char;
    }).join("");
  // Every combination while there are few; with many l's, only all or none of them.
  if (2 ** positions.length > most) return [swap(2 ** positions.length - 1), query];
  const variants: string[] = [];
  for (let mask = 2 ** positions.length - 1; mask >= 0; mask--) variants.push(swap(mask));
  return variants;
}

/**
 * One result list from the answers to several variants: each page once, taken from the first variant that
 * found it (so its highlights show the word the reader meant), best score first.
 */
export function mergeVariantResults<T extends { id: string; score: number }>(answers: readonly (readonly T[])[]): T[] {
  const seen = new Map<string, T>();
  for (const results of answers) for (const result of results) if (!seen.has(result.id)) seen.set(result.id, result);
  return [...seen.values()].sort((a, b) => b.score - a.score);
}

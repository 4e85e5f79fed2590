/**
 * Orders results from several locales' indexes. Pagefind scores are not comparable across indexes (each has
 * its own word statistics), so when every language is searched the results take turns by language, each
 * language in its own order, starting with the reader's:
 *
 *   [en1, en2, pl1, de1, de2] with "pl" first → [pl1, en1, de1, en2, de2]
 *
 * A result's language is the prefix of its Pagefind id ("pl_5a9d16d").
 */

/** The locale of a Pagefind result id, such as "pl" for "pl_5a9d16d". */
export function languageOfId(id: string): string {
  return id.split("_")[0] ?? "";
}

/** Results in turns by language, starting with `first`; within a language the order is kept. */
export function interleaveByLanguage<T extends { id: string }>(results: readonly T[], first: string): T[] {
  const groups = new Map<string, T[]>([[first, []]]);
  for (const result of results) {
    const language = languageOfId(result.id);
    const group = groups.get(language);
    if (group) group.push(result);
    else groups.set(language, [result]);
  }
  const queues = [...groups.values()];
  const ordered: T[] = [];
  for (let round = 0; ordered.length < results.length; round++) {
    for (const queue of queues) {
      const next = queue[round];
      if (next) ordered.push(next);
    }
  }
  return ordered;
}

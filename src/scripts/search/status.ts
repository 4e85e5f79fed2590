/** What the search's live region says after a search, in the reader's language and with its plural rules. */
import { formatMessage } from "../../i18n/format.ts";
import type { SearchStrings } from "../../components/search/search-strings.ts";

/** "5 results" (with the locale's plural form) or "No results for “query”"; nothing for an empty query. */
export function statusText(strings: Pick<SearchStrings, "locale" | "count" | "none">, total: number, query: string): string {
  if (!query) return "";
  if (total === 0) return formatMessage(strings.locale, strings.none, { query });
  return formatMessage(strings.locale, strings.count, { count: total });
}

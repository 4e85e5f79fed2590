/**
 * The inline script of a question page that puts the reader's answers into its links before the island has
 * loaded. A pre-rendered question page cannot know the answers in its address, so its links lead to the next
 * page without them; a reader who clicks before the island hydrates (a slow connection) would lose every earlier
 * answer. Run as the page is parsed, before the links can be seen, this script gives each link marked
 * `data-carry` the page's own query with the link's answer set on top (`data-carry="customers=one-region"`; empty
 * on Back), and the ruleset version when the address had none. Without JavaScript the links stay as rendered.
 * Astro's CSP does not hash inline scripts, so astro.config.mjs hashes this text and allows exactly it.
 */
import { versionParam } from "../../islands/decide/answers-url.ts";
import { ruleset } from "../../rules/ruleset.ts";

/** The attribute that marks a link to carry the answers, holding the answer it gives as query parameters. */
export const carryAttribute = "data-carry";

/** The script's text. */
export const carryAnswersScript =
  `for(const a of document.querySelectorAll("a[${carryAttribute}]")){` +
  `const q=new URLSearchParams(location.search);` +
  `if(!q.has(${JSON.stringify(versionParam)}))q.set(${JSON.stringify(versionParam)},${JSON.stringify(String(ruleset.version))});` +
  `for(const[k,v]of new URLSearchParams(a.getAttribute("${carryAttribute}")))q.set(k,v);` +
  `a.href=a.pathname+"?"+q}`;

/**
 * Runs after `astro build` in `npm run build`: builds the search index, one Pagefind run per locale, into one
 * bundle in dist/pagefind. Pagefind already splits its index by language (every index, fragment and filter file
 * is named after its language, and pagefind-entry.json lists the languages), and it adds to an output folder
 * without clearing it, so the runs write side by side and only the language lists need joining.
 *
 * Why not one run: Pagefind holds every page it indexes in memory until it writes, so one run over a
 * 4,000-guide site peaked at 1.5 GB; a run per locale needs a quarter of that, in about the same total time
 * (Pagefind already uses every core, so two runs side by side were slower).
 *
 *   node bin/index-search.ts [dist]
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { locales } from "../src/i18n/locales.ts";

/** What Pagefind writes in pagefind-entry.json (version 1.5). */
type Entry = { version: string; languages: Record<string, unknown>; [key: string]: unknown };

const dist = process.argv[2] ?? "dist";
const pagefind = fileURLToPath(new URL("../node_modules/.bin/pagefind", import.meta.url));
const bundle = join(dist, "pagefind");
const entryFile = join(bundle, "pagefind-entry.json");

console.log(`Running Pagefind, one locale at a time: ${locales.map((l) => l.code).join(", ")}`);
rmSync(bundle, { recursive: true, force: true });
let merged: Entry | undefined;
for (const { code } of locales) {
  // Pagefind's own output (a dozen lines per locale) is left out; its errors still show.
  execFileSync(pagefind, ["--site", dist, "--glob", `${code}/**/*.html`, "--output-path", bundle], { stdio: ["ignore", "pipe", "inherit"] });
  const entry = JSON.parse(readFileSync(entryFile, "utf8")) as Entry;
  if (Object.keys(entry.languages).length !== 1 || !(code in entry.languages)) {
    // A page whose <html lang> is not its folder's locale would land in another language's index.
    throw new Error(`Pagefind indexed ${dist}/${code}/ as ${Object.keys(entry.languages).join(", ") || "nothing"}, not as "${code}" alone`);
  }
  if (merged && merged.version !== entry.version) throw new Error(`Pagefind wrote version ${entry.version} after ${merged.version}`);
  merged = merged ? { ...merged, languages: { ...merged.languages, ...entry.languages } } : entry;
  console.log(`  ${code}: ${JSON.stringify(entry.languages[code])}`);
}
writeFileSync(entryFile, JSON.stringify(merged));
console.log(`Wrote ${bundle} for ${Object.keys(merged?.languages ?? {}).join(", ")}`);

/**
 * Runs after bin/index-search.ts in `npm run build`: minifies the Pagefind search library the search
 * dialog loads (dist/pagefind/pagefind.js). Pagefind ships it only lightly compressed; esbuild's minifier
 * takes about 1.8 KB gzipped off it, which keeps a guide with search opened within its 15 KB JS budget.
 *
 *   node bin/minify-pagefind.ts [dist]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { transform } from "esbuild";

const file = join(process.argv[2] ?? "dist", "pagefind", "pagefind.js");
const source = readFileSync(file, "utf8");
const { code } = await transform(source, { minify: true, format: "esm", legalComments: "inline" });
writeFileSync(file, code);
const kb = (text: string) => (gzipSync(text, { level: 9 }).length / 1024).toFixed(1);
console.log(`Minified ${file}: ${kb(source)} KB → ${kb(code)} KB gzipped`);

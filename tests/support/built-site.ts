/**
 * Reads the built site in dist/: every HTML page with its URL path, the ids it defines and the links it holds.
 * The HTML is Astro's own output (double-quoted attributes), so attribute scanning is reliable here.
 */
import { existsSync, globSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The directory `npm run build` writes to. */
export const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));

/** One built HTML page. */
export type BuiltPage = { file: string; path: string; html: string };

/** Text as a browser reads it from Astro's HTML, which escapes with these five entities (&amp; last, so it is undone once). */
export const decodeHtml = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** Every HTML page of the build, with the URL path it is served at. */
export function builtPages(): BuiltPage[] {
  return globSync("**/*.html", { cwd: distDir })
    .sort()
    .map((file) => ({
      file,
      path: `/${file}`.replace(/index\.html$/, ""),
      html: readFileSync(join(distDir, file), "utf8"),
    }));
}

/** The values of one attribute on every element that has it. */
export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, "g");
  return [...html.matchAll(pattern)].map((m) => decodeHtml(m[1]!));
}

/** Whether a site-relative path is served by the build (a page, a directory index or a file). */
export function servesPath(path: string): boolean {
  const local = join(distDir, decodeURIComponent(path));
  if (path.endsWith("/")) return existsSync(join(local, "index.html"));
  return existsSync(local) && statSync(local).isFile();
}

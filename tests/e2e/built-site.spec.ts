/** Checks on the built HTML itself, page by page: valid HTML, unique ids, and links that resolve. */
import { test, expect } from "@playwright/test";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { attributeValues, builtPages, distDir, servesPath } from "../support/built-site.ts";
import { decodeShare } from "../../src/simulate/share.ts";

const pages = builtPages();
// void-style is a matter of style, not validity: Preact's server renderer writes the simulator's fields as
// "<input/>", which HTML allows. html-validate's own preset for formatter output turns it off too.
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "void-style": "off" } });

test("the build has every page", () => {
  expect(pages.length).toBeGreaterThan(40);
});

test("robots.txt lets crawlers in and points them to the sitemap, which lists the pages of every language", () => {
  // The address the site was built for, as its pages state it.
  const siteUrl = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(distDir, "en/index.html"), "utf8"))![1]!).origin;
  const robots = readFileSync(join(distDir, "robots.txt"), "utf8");
  expect(robots).toMatch(/^User-agent: \*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap).toBe(new URL("/sitemap-index.xml", siteUrl).href);
  expect(servesPath(new URL(sitemap!).pathname)).toBe(true);
  const urls = readFileSync(join(distDir, "sitemap-0.xml"), "utf8").match(/<loc>[^<]+<\/loc>/g) ?? [];
  for (const locale of ["en", "pl", "de"]) expect(urls).toContain(`<loc>${new URL(`/${locale}/guides/two-tier-model/`, siteUrl).href}</loc>`);
});

test("every built page is valid HTML with no duplicate ids", async () => {
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test("every internal link and #anchor on every page resolves, and every simulator link opens a valid scenario", async () => {
  const shareLinks: { from: string; text: string }[] = [];
  const idsByPath = new Map(pages.map((p) => [p.path, new Set(attributeValues(p.html, "id"))]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of [...attributeValues(page.html, "href"), ...attributeValues(page.html, "src")]) {
      if (/^(https?:|mailto:|data:)/.test(href)) continue;
      const url = new URL(href, `http://site${page.path}`);
      const target = url.pathname;
      if (!servesPath(target)) {
        broken.push(`${page.path} → ${href} (no such page or file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      // A simulator link carries its scenario in the fragment; it must decode to a valid scenario.
      if (/\/simulate\/$/.test(target) && anchor.startsWith("s=")) {
        shareLinks.push({ from: page.path, text: anchor.slice(2) });
        continue;
      }
      if (anchor && !idsByPath.get(target)?.has(anchor)) broken.push(`${page.path} → ${href} (no element with id "${anchor}")`);
    }
  }
  for (const link of shareLinks) {
    const decoded = await decodeShare(link.text);
    if (!decoded.ok) broken.push(`${link.from} → simulator link that does not decode: ${JSON.stringify(decoded.problems)}`);
  }
  expect(broken).toEqual([]);
});

test("external links are listed in a report, not fetched", async ({}, testInfo) => {
  const external = new Map<string, string[]>();
  for (const page of pages) {
    for (const href of attributeValues(page.html, "href").filter((h) => /^https?:/.test(h))) {
      // Links to the site's own address (canonical, hreflang) are not external.
      if (page.html.includes(`rel="canonical" href="${href}"`) || href.includes("//localhost")) continue;
      external.set(href, [...(external.get(href) ?? []), page.path]);
    }
  }
  const lines = [...external].sort(([a], [b]) => a.localeCompare(b)).map(([href, on]) => `${href}  (${on.length} pages)`);
  const report = `${external.size} external links\n\n${lines.join("\n")}\n`;
  const file = testInfo.outputPath("external-links.txt");
  writeFileSync(file, report);
  await testInfo.attach("external-links.txt", { path: file, contentType: "text/plain" });
  console.log(`external links: ${external.size} distinct, listed in ${file}`);
  for (const href of external.keys()) expect(() => new URL(href)).not.toThrow();
});

test("no page shows placeholder text or an unfilled {placeholder}", () => {
  const placeholder = /\b(TODO|TBD|FIXME|lorem ipsum|coming soon|wkrótce dostępne|demnächst verfügbar)\b|\{[a-zA-Z]+\}/i;
  const found: string[] = [];
  for (const page of pages) {
    const text = page.html
      .replace(/<script[\s\S]*?<\/script>/g, " ")
      .replace(/<style[\s\S]*?<\/style>/g, " ")
      .replace(/<[^>]+>/g, " ");
    const match = placeholder.exec(text);
    if (match) found.push(`${page.path}: “${text.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, " ")}”`);
  }
  expect(found).toEqual([]);
});

test("every inline script on every page is allowed by the page's Content Security Policy hashes", () => {
  // A policy given in a <meta> element does not cover what comes before it, so a script placed ahead of the meta
  // would run here and be blocked when the same policy is sent as a header. Each one must be hashed.
  const unhashed: string[] = [];
  for (const page of pages) {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page.html)?.[1] ?? "";
    const allowed = new Set(/script-src([^;]*)/.exec(policy)?.[1]?.match(/'sha256-[^']+'/g) ?? []);
    for (const [, text] of page.html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = `'sha256-${createHash("sha256").update(text!).digest("base64")}'`;
      if (!allowed.has(hash)) unhashed.push(`${page.path}: ${text!.trim().slice(0, 60)}…`);
    }
  }
  expect(unhashed).toEqual([]);
});

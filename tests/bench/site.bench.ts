/**
 * `npm run bench:site`: builds the site and prints what each page type costs on first load (HTML, CSS and JS
 * gzipped, request count), the build time, Lighthouse's four scores, and the build time and peak memory of a
 * synthetic site of 1,000 guides in each of 4 locales (the median of three builds). Exits 1 when a budget is
 * exceeded. Never part of npm test.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "../support/browser.ts";
import { runMeasured } from "./lib/run-measured.ts";
import { buildStages, stageLines } from "./lib/build-stages.ts";
import { kb, recordWeight, type Weight } from "./lib/page-weight.ts";
import { lighthouseScores } from "./lib/lighthouse.ts";
import { buildSyntheticSite, medianBuild } from "./lib/synthetic-site.ts";
import { serveStatic } from "../support/static-server.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const port = 4411;
const base = `http://localhost:${port}`;
const skipSynthetic = process.argv.includes("--no-synthetic");
const skipLighthouse = process.argv.includes("--no-lighthouse");
// The synthetic build is timed this many times and judged by its median (--synthetic-runs=N to change it).
const syntheticRuns = Number(process.argv.find((a) => a.startsWith("--synthetic-runs="))?.split("=")[1] ?? 3);

type Budget = { label: string; actual: number; limit: number; unit: string };
const budgets: Budget[] = [];
const check = (label: string, actual: number, limit: number, unit: string) => budgets.push({ label, actual, limit, unit });

console.log("Building the site…");
const realBuild = await runMeasured("npm", ["run", "build"], root, { stages: buildStages });
if (realBuild.exitCode !== 0) {
  console.error(realBuild.output);
  process.exit(2);
}
console.log(`build: ${realBuild.seconds.toFixed(1)} s wall, peak ${(realBuild.peakBytes / 2 ** 20).toFixed(0)} MB`);
console.log(`${stageLines(realBuild, "  ").join("\n")}\n`);

const server = await serveStatic(join(root, "dist"), port);
try {

  /** Page types and the URL that stands for each. */
  const pageTypes = [
    { type: "home", path: "/en/" },
    { type: "guide", path: "/en/guides/two-tier-model/" },
    { type: "decision step", path: "/en/decide/customers/" },
    { type: "simulator", path: "/en/simulate/" },
  ];

  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  console.log("First load, gzipped (KB):");
  console.log(["page type".padEnd(14), "HTML", " CSS", "  JS", "requests", "  path"].join("  "));
  for (const { type, path } of pageTypes) {
    const page = await browser.newPage();
    const read = recordWeight(page);
    await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
    const weight = await read();
    console.log(row(type, weight, path));
    if (type === "guide") {
      check("guide page: JS before search is opened", weight.js, 2 * 1024, "B");
      const readSearch = recordWeight(page);
      await page.keyboard.press("Control+k");
      await page.waitForTimeout(300);
      await page.keyboard.type("reseller");
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500);
      const afterSearch = await readSearch();
      console.log(row("  + search", afterSearch, "(opened and used once)"));
      check("guide page: JS in all, search included", weight.js + afterSearch.js, 15 * 1024, "B");
    }
    if (type === "decision step") check("decision step: JS", weight.js, 20 * 1024, "B");
    if (type === "simulator") check("simulator: JS (island, Preact, stores and engine)", weight.js, 60 * 1024, "B");
    await page.close();
  }
  await browser.close();

  if (!skipLighthouse) {
    console.log("\nLighthouse (performance, accessibility, best practices, SEO; target 100 each):");
    for (const { type, path } of pageTypes.filter((p) => p.type !== "home")) {
      const scores = await lighthouseScores(`${base}${path}`);
      console.log(`  ${type.padEnd(14)} ${Object.values(scores).join(" / ")}`);
    }
  }
} finally {
  server.close();
}

if (!skipSynthetic) {
  console.log(`\nSynthetic site: 1,000 guides in each of 4 locales, generated from the real guides, built ${syntheticRuns} times…`);
  const builds = [];
  for (let run = 1; run <= syntheticRuns; run++) {
    const build = await buildSyntheticSite(root, { guidesPerLocale: 1000 });
    console.log(`  run ${run}: ${build.seconds.toFixed(1)} s wall, peak memory ${(build.peakBytes / 2 ** 20).toFixed(0)} MB`);
    builds.push(build);
  }
  const synthetic = medianBuild(builds);
  const [fastest, slowest] = synthetic.range.seconds;
  console.log(`  median: ${synthetic.pages} pages built in ${synthetic.seconds.toFixed(1)} s wall (${fastest.toFixed(1)}–${slowest.toFixed(1)} s), peak memory ${(synthetic.peakBytes / 2 ** 20).toFixed(0)} MB`);
  console.log(stageLines(synthetic, "    ").join("\n"));
  check("synthetic 4,000-guide build: wall time (median)", synthetic.seconds, 55, "s");
  check("synthetic 4,000-guide build: peak memory (median)", synthetic.peakBytes / 2 ** 20, 1536, "MB");
}

console.log("\nBudgets:");
let exceeded = 0;
for (const b of budgets) {
  const ok = b.actual <= b.limit;
  if (!ok) exceeded++;
  const show = (n: number) => (b.unit === "B" ? `${kb(n)} KB` : `${n.toFixed(1)} ${b.unit}`);
  console.log(`  ${ok ? "met     " : "EXCEEDED"}  ${b.label}: ${show(b.actual)} (budget ${show(b.limit)})`);
}
process.exit(exceeded > 0 ? 1 : 0);

function row(type: string, w: Weight, path: string): string {
  return [type.padEnd(14), kb(w.html).padStart(4), kb(w.css).padStart(4), kb(w.js).padStart(4), String(w.requests).padStart(8), " ", path].join("  ");
}

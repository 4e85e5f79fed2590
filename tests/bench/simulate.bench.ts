/**
 * Benchmark of the relationship simulator (npm run bench:simulate; never part of npm test). It prints:
 * - how long the verdict takes after a change of the action form, through the same nanostores the island uses,
 *   in worlds of 20, 50 and 100 organisations (target: within one frame, 16 ms, at 50);
 * - how long a shared link of those worlds is (the #s= fragment), so a 20-organisation world stays shareable;
 * - the island's JavaScript as the built page loads it (the component, the Preact renderer and every module
 *   they import), gzipped (target: under 60 KB). Needs a build: run `npm run build` first.
 */
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import type { Scenario } from "../../src/engine/index.ts";
import { encodeShare } from "../../src/simulate/share.ts";
import { $verdict, openScenario, setDraft } from "../../src/stores/index.ts";
import { bigWorld } from "../unit/simulate/fixtures.ts";

const frame = 16;
const jsTarget = 60 * 1024;
const changes = 400;
const mark = (ok: boolean) => (ok ? "met" : "MISSED");
const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function verdictTimes(organisations: number): Promise<boolean> {
  const world = bigWorld(organisations);
  const scenario: Scenario = { version: 1, asOf: "2026-11-24", world, actions: [] };
  openScenario(scenario, { key: "change.start" }, { restart: true });
  const stop = $verdict.listen(() => {});
  const resellers = world.organisations.filter((o) => o.id.startsWith("Reseller")).map((o) => o.id);
  const customers = world.organisations.filter((o) => o.id.startsWith("Customer")).map((o) => o.id);
  const times: number[] = [];
  for (let n = 0; n < changes; n++) {
    // Each change is what a reader does in the form: pick another partner or customer for an order.
    const draft = { type: "placeOrder" as const, partner: resellers[n % resellers.length], customer: customers[(n * 7) % customers.length], subscription: "s-new", product: "Microsoft 365 E3", kind: "licence" };
    const t0 = performance.now();
    setDraft(draft);
    const verdict = $verdict.get();
    times.push(performance.now() - t0);
    if (!verdict) throw new Error(`no verdict for ${JSON.stringify(draft)}`);
  }
  stop();
  times.sort((a, b) => a - b);
  const p95 = quantile(times.slice(changes / 10), 0.95);
  const link = await encodeShare(scenario);
  const ok = organisations !== 50 || p95 < frame;
  const target = organisations === 50 ? `  target < ${frame} ms (p95): ${mark(ok)}` : "";
  console.log(
    `${String(organisations).padStart(4)} organisations: verdict after a change median ${quantile(times, 0.5).toFixed(3)} ms, p95 ${p95.toFixed(3)} ms${target}\n` +
      `      shared link fragment: ${link.length.toLocaleString("en")} characters`,
  );
  return ok;
}

/** The island's modules as the built page loads them, each counted once. */
function islandScripts(page: string): Map<string, Buffer> {
  const html = readFileSync(page, "utf8");
  const island = /<astro-island[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"/.exec(html);
  if (!island) throw new Error(`${page} has no island`);
  const seen = new Map<string, Buffer>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    const body = readFileSync(`dist${url}`);
    seen.set(url, body);
    for (const [, spec] of body.toString("utf8").matchAll(/(?:import|from)\s*["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g)) {
      if (spec) visit(new URL(spec, `http://site${url}`).pathname);
    }
  };
  visit(island[1]!);
  visit(island[2]!);
  return seen;
}

function islandSize(): boolean {
  const page = "dist/en/simulate/index.html";
  if (!existsSync(page)) {
    console.log("\nNo build found: run `npm run build` first to measure the island's JavaScript.");
    return false;
  }
  const scripts = islandScripts(page);
  let total = 0;
  for (const [url, body] of scripts) {
    const gz = gzipSync(body, { level: 9 }).length;
    total += gz;
    console.log(`      ${url}: ${(gz / 1024).toFixed(1)} KB gzipped`);
  }
  const ok = total < jsTarget;
  console.log(`island JavaScript (${scripts.size} files): ${(total / 1024).toFixed(1)} KB gzipped  target < 60 KB: ${mark(ok)}`);
  return ok;
}

console.log(`Simulator benchmark (Node ${process.version})\n`);
const results: boolean[] = [];
for (const organisations of [20, 50, 100]) results.push(await verdictTimes(organisations));
console.log("");
results.push(islandSize());
console.log(results.every(Boolean) ? "\nAll targets met." : "\nSome targets missed.");

/**
 * Benchmark of the rules engine (npm run bench:engine; never part of npm test). For generated worlds of
 * 10, 1,000 and 100,000 organisations it prints how long the world index takes to build (once per world),
 * then evaluations per second and the time of one evaluation (median and p95) over a mix of every action
 * type; then the size of the engine and rule catalog bundled, minified and gzipped. Each figure is marked
 * against its target.
 */
import { build } from "esbuild";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { evaluate, indexWorld, validateAction, type Action } from "../../src/rules/index.ts";
import { generateAction, generateDate, generateWorld, idPool, random } from "../unit/engine/generate.ts";

const sizes = [
  { organisations: 10, target: undefined },
  { organisations: 1_000, target: 1 },
  { organisations: 100_000, target: 20 },
] as const;
const evaluations = 3_000;
const bundleTarget = 25 * 1024;

const mark = (ok: boolean) => (ok ? "met" : "MISSED");
const ms = (value: number) => `${value.toFixed(3)} ms`;
const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function bench(organisations: number, target: number | undefined): boolean {
  let started = performance.now();
  const world = generateWorld(2026, { organisations });
  const generated = performance.now() - started;
  started = performance.now();
  indexWorld(world);
  const indexed = performance.now() - started;

  const pool = idPool(world);
  const r = random(7);
  const actions: { action: Action; asOf: string }[] = [];
  for (let n = 0; actions.length < evaluations && n < evaluations * 20; n++) {
    const checked = validateAction(world, generateAction(r, world, n, pool));
    if (checked.ok) actions.push({ action: checked.value, asOf: generateDate(r) });
  }

  for (const { action, asOf } of actions.slice(0, 200)) evaluate(world, action, asOf);
  const times: number[] = [];
  const all = performance.now();
  for (const { action, asOf } of actions) {
    const t0 = performance.now();
    evaluate(world, action, asOf);
    times.push(performance.now() - t0);
  }
  const total = performance.now() - all;
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  const p95 = quantile(times, 0.95);
  const ok = target === undefined || p95 < target;
  const verdict = target === undefined ? "" : `  target < ${target} ms (p95): ${mark(ok)}`;
  console.log(
    `${String(organisations).padStart(7)} organisations (${world.tenants.length} tenants, ${world.resellerRelationships.length} relationships, ${world.subscriptions.length} subscriptions)\n` +
      `        generated in ${ms(generated)}, index built once in ${ms(indexed)}\n` +
      `        ${Math.round((actions.length / total) * 1000).toLocaleString("en")} evaluations/s over ${actions.length} actions; ` +
      `one evaluation: median ${ms(median)}, p95 ${ms(p95)}, max ${ms(times.at(-1) ?? 0)}${verdict}`,
  );
  return ok;
}

async function bundleSize(): Promise<boolean> {
  const result = await build({
    entryPoints: [new URL("../../src/rules/index.ts", import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzipped = gzipSync(code, { level: 9 }).length;
  const ok = gzipped < bundleTarget;
  console.log(`engine + rule catalog (src/rules/index.ts): ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipped / 1024).toFixed(1)} KB gzipped  target < 25 KB: ${mark(ok)}`);
  return ok;
}

console.log(`Rules engine benchmark (Node ${process.version})\n`);
const results = sizes.map((s) => bench(s.organisations, s.target));
console.log("");
results.push(await bundleSize());
console.log(results.every(Boolean) ? "\nAll targets met." : "\nSome targets missed.");

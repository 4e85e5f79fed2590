/** The stages of `npm run build`, told apart by the first line each prints, and how the benchmark prints them. */
import type { Stage, StageFigures } from "./run-measured.ts";

export const buildStages: readonly Stage[] = [
  { name: "Astro: sync content, bundle" },
  { name: "Astro: render pages", startsAt: /generating static routes/ },
  // Minifying Pagefind's library afterwards (bin/minify-pagefind.ts) takes well under a second and counts here.
  { name: "Pagefind: index", startsAt: /Running Pagefind/ },
];

/** One indented line per stage: its name, seconds and peak memory. */
export function stageLines(build: { stages: readonly StageFigures[] }, indent: string): string[] {
  return build.stages.map((s) => `${indent}${s.name.padEnd(28)} ${s.seconds.toFixed(1).padStart(6)} s  peak ${(s.peakBytes / 2 ** 20).toFixed(0).padStart(5)} MB`);
}

/**
 * A synthetic copy of the site for the build benchmark: N guides in each of 4 locales, made from the real
 * guides. The fourth locale ("fr") reuses the English text and strings, which is what a new, untranslated
 * locale costs the build. The copy lives in a temporary directory, with links to our packages and no build caches.
 */
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMeasured, type Measured } from "./run-measured.ts";
import { buildStages } from "./build-stages.ts";

/** What building the synthetic site took. */
export type SyntheticBuild = Pick<Measured, "seconds" | "peakBytes" | "stages"> & { pages: number };

const extraLocale = `  { code: "fr", lang: "fr", label: "Français", dir: "ltr", ogLocale: "fr_FR" },\n`;

/** Adds a fourth locale to the copy: a row in the locale table, and English strings wherever a table is keyed by locale. */
function addFourthLocale(dir: string): void {
  const table = join(dir, "src/i18n/locales.ts");
  writeFileSync(table, readFileSync(table, "utf8").replace(/(\] as const satisfies)/, `${extraLocale}$1`));
  // Per-locale tables are written as `{ en…, pl…, de… }` object literals; the new locale borrows English.
  for (const file of globSync("src/**/*.{ts,tsx,astro}", { cwd: dir })) {
    const path = join(dir, file);
    const source = readFileSync(path, "utf8");
    const patched = source.replace(/\{ (en(\w*)), (pl\w*), (de\w*) \}/g, "{ $1, $3, $4, fr: en$2 }").replace(/\{ en(\w*): ([^,{}]+), pl\1: ([^,{}]+), de\1: ([^,{}]+) \}/g, "{ en$1: $2, pl$1: $3, de$1: $4, fr$1: $2 }");
    if (patched !== source) writeFileSync(path, patched);
  }
}

/** Copies the content that is not guides (worked examples, reference pages); "fr" gets the English reference pages. */
function copyOtherContent(root: string, dir: string): void {
  for (const entry of ["examples", "reference"]) cpSync(join(root, "content", entry), join(dir, "content", entry), { recursive: true });
  const reference = join(dir, "content/reference");
  mkdirSync(join(reference, "fr"), { recursive: true });
  for (const file of readdirSync(join(reference, "en")).filter((f) => f.endsWith(".mdx"))) {
    writeFileSync(join(reference, "fr", file), readFileSync(join(reference, "en", file), "utf8").replace(/^version: (\d+)$/m, "sourceVersion: $1"));
  }
}

/** Writes `perLocale` guides for each locale, cycling through the real guides; the real slugs keep their names. */
function writeGuides(dir: string, realContent: string, perLocale: number): number {
  const guidesDir = join(dir, "content/guides");
  let count = 0;
  for (const locale of ["en", "pl", "de", "fr"]) {
    const from = locale === "fr" ? "en" : locale;
    const real = readdirSync(join(realContent, from)).filter((f) => f.endsWith(".md")).sort();
    mkdirSync(join(guidesDir, locale), { recursive: true });
    for (let i = 0; i < perLocale; i++) {
      const file = real[i % real.length]!;
      const slug = i < real.length ? file.slice(0, -3) : `${file.slice(0, -3)}-${i}`;
      let text = readFileSync(join(realContent, from, file), "utf8")
        .replace(/^(\s+order:) \d+$/m, `$1 ${i + 1}`)
        .replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${i < real.length ? title : `${title} ${i}`}"`);
      if (locale === "fr") text = text.replace(/^version: (\d+)$/m, "sourceVersion: $1");
      writeFileSync(join(guidesDir, locale, `${slug}.md`), text);
      count++;
    }
  }
  return count;
}

/**
 * Gives the copy a node_modules of its own that links every package of ours but not the caches Astro and Vite keep
 * there (.astro, .vite): a build that found an earlier run's caches would measure less than a fresh clone builds.
 */
function linkPackages(root: string, dir: string): void {
  mkdirSync(join(dir, "node_modules"));
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (entry !== ".astro" && entry !== ".vite") symlinkSync(join(root, "node_modules", entry), join(dir, "node_modules", entry));
  }
}

/**
 * The median of several synthetic builds, overall and per stage, with the slowest and fastest run: one build on
 * a small shared machine varied by a fifth from run to run, enough to pass or miss a budget by chance.
 */
export function medianBuild(builds: readonly SyntheticBuild[]): SyntheticBuild & { range: { seconds: [number, number] } } {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const seconds = builds.map((b) => b.seconds);
  return {
    pages: builds[0]!.pages,
    seconds: median(seconds),
    peakBytes: median(builds.map((b) => b.peakBytes)),
    stages: builds[0]!.stages.map((stage, i) => ({
      name: stage.name,
      seconds: median(builds.map((b) => b.stages[i]!.seconds)),
      peakBytes: median(builds.map((b) => b.stages[i]!.peakBytes)),
    })),
    range: { seconds: [Math.min(...seconds), Math.max(...seconds)] },
  };
}

/** Builds the synthetic site and measures the build; the temporary copy is removed afterwards. */
export async function buildSyntheticSite(root: string, { guidesPerLocale }: { guidesPerLocale: number }): Promise<SyntheticBuild> {
  const dir = mkdtempSync(join(tmpdir(), "partner-paths-synthetic-"));
  try {
    for (const entry of ["package.json", "astro.config.mjs", "tsconfig.json", "src", "public", "bin"]) cpSync(join(root, entry), join(dir, entry), { recursive: true });
    linkPackages(root, dir);
    addFourthLocale(dir);
    copyOtherContent(root, dir);
    const guides = writeGuides(dir, join(root, "content/guides"), guidesPerLocale);
    const build = await runMeasured("npm", ["run", "build"], dir, { stages: buildStages });
    if (build.exitCode !== 0) throw new Error(`The synthetic build failed:\n${build.output.slice(-4000)}`);
    const pages = globSync("**/*.html", { cwd: join(dir, "dist") }).length;
    return { pages: Math.max(pages, guides), seconds: build.seconds, peakBytes: build.peakBytes, stages: build.stages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

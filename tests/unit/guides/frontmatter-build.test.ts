/**
 * A guide with a bad frontmatter field must stop the build with a message naming the file and the field.
 * This runs Astro's own content sync on a throw-away copy of the site with one field broken.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const project = fileURLToPath(new URL("../../../", import.meta.url));
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "partner-paths-frontmatter-"));
  for (const entry of ["package.json", "astro.config.mjs", "tsconfig.json", "src", "content", "public"]) {
    cpSync(join(project, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(project, "node_modules"), join(copy, "node_modules"));
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Replaces one frontmatter line of a guide in the copy, runs `astro sync`, and returns what it printed on failure. */
function syncWith(file: string, field: RegExp, replacement: string): string {
  const path = join(copy, "content/guides", file);
  const original = readFileSync(path, "utf8");
  writeFileSync(path, original.replace(field, replacement));
  try {
    execFileSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "sync"], { cwd: copy, stdio: "pipe", env: { ...process.env, NO_COLOR: "1" } });
    return "";
  } catch (error) {
    const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
    return `${stdout}${stderr}`;
  } finally {
    writeFileSync(path, original);
  }
}

describe("a guide with a bad frontmatter field", () => {
  it("fails the build naming the file and the field: a date that is not a date", () => {
    const output = syncWith("de/glossary.md", /^rulesAsOf: .*$/m, "rulesAsOf: soon");
    expect(output).toContain("de/glossary");
    expect(output).toContain("rulesAsOf");
  }, 60_000);

  it("fails the build naming the file and the field: a source that does not exist", () => {
    const output = syncWith("pl/multichannel.md", /^sources: .*$/m, "sources: [S1, S999]");
    expect(output).toContain("pl/multichannel");
    expect(output).toContain("sources");
    expect(output).toContain("is not a source id");
  }, 60_000);

  it("fails the build naming the file and the field: an unknown field", () => {
    const output = syncWith("en/two-tier-model.md", /^roles: /m, "colour: blue\nroles: ");
    expect(output).toContain("en/two-tier-model");
    expect(output).toContain("colour");
  }, 60_000);
});

describe("a guide with a bad block", () => {
  it("fails the build naming the file, the block and the field: a worked example without its situation", () => {
    const output = syncWith("pl/two-tier-model.md", /^situation: .*\n/m, "");
    expect(output).toMatch(/content\/guides\/pl\/two-tier-model\.md:\d+: block "engine-example": field "situation"/);
  }, 60_000);

  it("fails the build naming the file, the block and the field: a misspelt diagram label", () => {
    const output = syncWith("de/two-tier-model.md", /^ {2}microsoft: /m, "  mikrosoft: ");
    expect(output).toMatch(/content\/guides\/de\/two-tier-model\.md:\d+: block "two-tier-flow": field "labels.microsoft"/);
    expect(output).toContain('"mikrosoft"');
  }, 60_000);

  it("fails the build naming the file and the field: a callout of a kind that does not exist", () => {
    const output = syncWith("en/multichannel.md", /<callout kind="[a-z]+"/, '<callout kind="danger"');
    expect(output).toMatch(/content\/guides\/en\/multichannel\.md:\d+: callout: field "kind" is "danger"/);
  }, 60_000);
});

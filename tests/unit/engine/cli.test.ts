import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const fixture = (name: string) => join(root, "tests/fixtures/scenarios", name);

type Run = { code: number; stdout: string; stderr: string };

// Runs `node bin/scenario.ts` with the Node that runs the tests (Node 24, which strips TypeScript types).
function cli(args: readonly string[], stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [join(root, "bin/scenario.ts"), ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin ?? "");
  });
}

const temp = mkdtempSync(join(tmpdir(), "scenario-cli-"));
const write = (name: string, content: unknown) => {
  const path = join(temp, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

describe("npm run scenario", { timeout: 30_000 }, () => {
  it("exits 0 and prints the verdict and trace when every expectation holds", async () => {
    const run = await cli([fixture("SC-03.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1. placeOrder — DENIED — as expected");
    expect(run.stdout).toContain("✗ R3 An indirect reseller transacts only through a provider it has authorised");
    expect(run.stdout).toContain("Guide: two-tier-model#partnership");
  });

  it("exits 1 when an expectation does not hold, and says which", async () => {
    const run = await cli(["--as-of", "2025-05-01", fixture("SC-13.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("NOT AS EXPECTED");
    expect(run.stdout).toContain("expected denied, got allowed");
  });

  it("exits 2 for a malformed file and lists the problems with their JSON paths", async () => {
    const path = write("bad.json", { version: 1, asOf: "2021-13-01", world: { organisations: [{ id: "X", kind: "alien" }], tenants: [] }, actions: [{ type: "teleport" }] });
    const run = await cli([path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("$.asOf: ");
    expect(run.stdout).toContain("$.world.organisations[0].kind: ");
    expect(run.stdout).toContain("$.actions[0].type: ");
  });

  it("exits 2 for text that is not JSON, and for an unknown option", async () => {
    expect((await cli([write("text.json", "{ nope")])).code).toBe(2);
    const run = await cli(["--colour", fixture("SC-01.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage:");
  });

  it("reads standard input when the path is - or missing", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(fixture("SC-02.json"), "utf8");
    expect((await cli(["-"], text)).code).toBe(0);
    expect((await cli([], text)).stdout).toContain("Scenario stdin");
  });

  it("prints machine-readable JSON with --json", async () => {
    const run = await cli(["--json", "--lang", "de", fixture("SC-13.json")]);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ asOf: "2025-07-15", locale: "de", exitCode: 0, summary: { actions: 1, met: 1, notMet: 0 } });
    const step = out.steps[0];
    expect(step).toMatchObject({ index: 1, verdict: "denied", failed: ["R25"], dependsOnDate: true, met: true, action: { type: "placeOrder" } });
    const r25 = step.trace.find((e: { rule: string }) => e.rule === "R25");
    expect(r25).toMatchObject({ outcome: "failed", message: { key: "rule.R25.blockedNewOrder" }, anchor: { slug: "two-tier-model", heading: "partner-of-record" } });
    expect(r25.message.text).toContain("Partner of Record");
  });

  it("prints problems as JSON with --json too", async () => {
    const out = JSON.parse((await cli(["--json", write("v2.json", { version: 2 })])).stdout);
    expect(out).toMatchObject({ exitCode: 2, problems: [{ path: "$.version", key: "problem.wrongVersion" }] });
  });

  it("writes the trace in Polish with --lang pl", async () => {
    const run = await cli(["--lang", "pl", fixture("SC-18.json")]);
    expect(run.stdout).toContain("ODMOWA");
    expect(run.stdout).toContain("odsprzedawcą pośrednim");
  });
});

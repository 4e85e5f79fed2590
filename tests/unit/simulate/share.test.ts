import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { validateScenario, type Scenario } from "../../../src/rules/index.ts";
import { limits } from "../../../src/simulate/limits.ts";
import { decodeShare, encodeShare, simulatorHref } from "../../../src/simulate/share.ts";
import { bigWorld, samples, sample } from "./fixtures.ts";

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

describe("share links", () => {
  it.each(samples.map((s) => [s.name, s.scenario] as const))("carry %s there and back unchanged", async (_name, scenario) => {
    const text = await encodeShare(scenario);
    expect(text).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const back = await decodeShare(text);
    expect(back).toEqual({ ok: true, scenario });
  });

  it("are written by Node's zlib compatible deflate-raw, so links made at build time open in browsers", async () => {
    const scenario = sample("SC-02");
    const made = base64url(deflateRawSync(Buffer.from(JSON.stringify(scenario))));
    expect(await decodeShare(`1.${made}`)).toEqual({ ok: true, scenario });
  });

  it("keep a 20-organisation world with its history short enough to paste and share", async () => {
    const scenario: Scenario = {
      version: 1, asOf: "2026-11-24", world: bigWorld(20),
      actions: [{ type: "placeOrder", partner: "Provider-0", customer: "Customer-3", subscription: "s-new", product: "Azure plan", kind: "azure-plan", commerce: "nce", reseller: "Reseller-1", additionalResellers: [] }],
    };
    expect(validateScenario(scenario).ok).toBe(true);
    const href = await simulatorHref("de", scenario);
    console.log(`share link of a 20-organisation world: ${href.length} characters (${JSON.stringify(scenario).length} characters of JSON)`);
    expect(href.length).toBeLessThan(2500);
    expect(await decodeShare(href.split("#s=")[1]!)).toEqual({ ok: true, scenario });
  });

  it("point at the simulator of the locale, in the fragment so nothing reaches a server", async () => {
    expect(await simulatorHref("pl", sample("SC-01"))).toMatch(/^\/pl\/simulate\/#s=1\.[A-Za-z0-9_-]+$/);
  });
});

describe("a damaged or hostile link", () => {
  const problemKeys = async (text: string) => {
    const result = await decodeShare(text);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.problems.map((p) => p.key);
  };

  it("without the format prefix, with foreign characters or cut short is reported, never thrown", async () => {
    const good = await encodeShare(sample("SC-02"));
    expect(await problemKeys("")).toEqual(["sim.problem.linkDamaged"]);
    expect(await problemKeys("2.abc")).toEqual(["sim.problem.linkDamaged"]);
    expect(await problemKeys("1.<script>alert(1)</script>")).toEqual(["sim.problem.linkDamaged"]);
    expect(await problemKeys(good.slice(0, good.length / 2))).toEqual(["sim.problem.linkDamaged"]);
  });

  it("that is very long is refused before it is decoded", async () => {
    expect(await problemKeys(`1.${"A".repeat(limits.encodedChars)}`)).toEqual(["sim.problem.linkTooLong"]);
  });

  it("that inflates to more than the limit (a decompression bomb) is stopped", async () => {
    const bomb = base64url(deflateRawSync(Buffer.from(`{"a":"${"x".repeat(limits.jsonChars * 4)}"}`)));
    expect(bomb.length).toBeLessThan(limits.encodedChars);
    expect(await problemKeys(`1.${bomb}`)).toEqual(["sim.problem.tooLarge"]);
  });

  it("holding text that is not UTF-8, not JSON, or not a valid scenario gives the problems found", async () => {
    const pack = (bytes: Uint8Array) => `1.${base64url(deflateRawSync(bytes))}`;
    expect(await problemKeys(pack(new Uint8Array([0xff, 0xfe, 0x00])))).toEqual(["sim.problem.linkDamaged"]);
    expect(await problemKeys(pack(Buffer.from("{not json")))).toEqual(["problem.invalidJson"]);
    expect(await problemKeys(pack(Buffer.from(JSON.stringify({ ...sample("SC-02"), version: 3 }))))).toEqual(["problem.wrongVersion"]);
  });
});

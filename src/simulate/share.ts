/**
 * Share links: a scenario in the fragment of the simulator's address, so nothing reaches a server.
 * The text is "1." (the link format) then the scenario JSON, without default values, compressed with
 * deflate-raw and written in base64url. Standard web APIs only, so this runs in browsers and in Node
 * (the guides call simulatorHref at build time); no DOM, no Preact.
 *
 *   await simulatorHref("pl", scenario) → "/pl/simulate/#s=1.jVLLbtswEPwVYs9..."
 */
import type { Scenario } from "../engine/index.ts";
import { localePath } from "../i18n/urls.ts";
import type { Locale } from "../i18n/locales.ts";
import { compactScenario } from "./compact.ts";
import { limits } from "./limits.ts";
import { failure, readScenarioText, type ReadResult } from "./read-scenario.ts";

const prefix = "1.";

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, max: number): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // Stop a decompression bomb as soon as it grows past the limit.
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The scenario as the text of a share link (without "#s="). */
export async function encodeShare(scenario: Scenario): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(compactScenario(scenario)));
  const packed = await pipe(json, new CompressionStream("deflate-raw"), Number.POSITIVE_INFINITY);
  return prefix + toBase64Url(packed ?? new Uint8Array());
}

/** Reads the text of a share link back into a validated scenario, or the problems found; never throws. */
export async function decodeShare(text: string): Promise<ReadResult> {
  try {
    if (text.length > limits.encodedChars) return failure("sim.problem.linkTooLong", { size: text.length, max: limits.encodedChars });
    const body = text.startsWith(prefix) ? text.slice(prefix.length) : undefined;
    if (body === undefined || !/^[A-Za-z0-9_-]*$/.test(body)) return failure("sim.problem.linkDamaged");
    // UTF-8 takes at most three bytes for a character of JSON text, so this bounds the characters too.
    const bytes = await pipe(fromBase64Url(body), new DecompressionStream("deflate-raw"), limits.jsonChars * 3);
    if (!bytes) return failure("sim.problem.tooLarge", { max: limits.jsonChars });
    return readScenarioText(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return failure("sim.problem.linkDamaged");
  }
}

/** The site-relative address of the simulator in a locale, opened on a scenario. */
export async function simulatorHref(locale: Locale, scenario: Scenario): Promise<string> {
  return `${localePath(locale, "simulate")}#s=${await encodeShare(scenario)}`;
}

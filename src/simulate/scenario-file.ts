/**
 * Scenario files: the text an export writes (version 1, defaults left out, pretty-printed) and the checks an
 * import makes before reading a file the reader chose: its size first, so a 50 MB file is never read.
 *
 *   await readScenarioFile(file) → { ok: false, problems: [{ path: "$", key: "sim.problem.fileTooLarge", ... }] }
 */
import type { Scenario } from "../engine/index.ts";
import { compactScenario } from "./compact.ts";
import { limits } from "./limits.ts";
import { failure, readScenarioText, type ReadResult } from "./read-scenario.ts";

/** The part of a File an import needs. */
export type FileLike = { readonly size: number; text(): Promise<string> };

/** Reads a chosen file as a scenario; refuses large files before reading them and never throws. */
export async function readScenarioFile(file: FileLike): Promise<ReadResult> {
  if (file.size > limits.fileBytes) {
    return failure("sim.problem.fileTooLarge", { size: Math.round(file.size / 100_000) / 10, max: limits.fileBytes / 1_000_000 });
  }
  try {
    return readScenarioText(await file.text());
  } catch (error) {
    return failure("problem.unreadable", { detail: error instanceof Error ? error.message : String(error) });
  }
}

/** The text of an exported scenario file; `schemaUrl` points editors at the JSON Schema. */
export function scenarioFileText(scenario: Scenario, schemaUrl?: string): string {
  const { $schema: _old, ...rest } = compactScenario(scenario);
  return `${JSON.stringify(schemaUrl ? { $schema: schemaUrl, ...rest } : rest, null, 2)}\n`;
}

/** A file name for a scenario: its title in lower case with dashes, or "scenario". */
export function scenarioFileName(title: string | undefined): string {
  const slug = (title ?? "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `${slug || "scenario"}.json`;
}

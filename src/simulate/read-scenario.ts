/**
 * Reads scenario JSON from an untrusted source (an imported file or a shared link): size and nesting are
 * checked before parsing, the result is validated by the engine, and nothing here throws.
 *
 *   readScenarioText('{"version":2}') → { ok: false, problems: [{ path: "$.version", key: "problem.wrongVersion", ... }] }
 */
import { validateScenario, type Problem, type Scenario } from "../engine/index.ts";
import { jsonDepth, limits } from "./limits.ts";

/** A scenario read from outside: the valid scenario, or every problem found, each with its JSON path. */
export type ReadResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: readonly Problem[] };

/** One problem at the top of the document. */
export function failure(key: string, params: Problem["params"] = {}): ReadResult {
  return { ok: false, problems: [{ path: "$", key, params }] };
}

const detail = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);

/** Parses and validates scenario JSON text. */
export function readScenarioText(text: string): ReadResult {
  try {
    if (text.length > limits.jsonChars) return failure("sim.problem.tooLarge", { max: limits.jsonChars });
    if (jsonDepth(text) > limits.depth) return failure("sim.problem.tooDeep", { max: limits.depth });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return failure("problem.invalidJson", { detail: detail(error) });
    }
    const checked = validateScenario(json);
    return checked.ok ? { ok: true, scenario: checked.value } : { ok: false, problems: checked.problems };
  } catch (error) {
    return failure("problem.unreadable", { detail: detail(error) });
  }
}

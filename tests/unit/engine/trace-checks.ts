/**
 * Checks every message a verdict carries against the catalog: the key is one the rule declares, and the
 * parameters include every one its message needs. Used by the fixture and property tests.
 */
import { catalog, type Verdict } from "../../../src/rules/index.ts";

const engineParams: Record<string, readonly string[]> = { "engine.notYetInForce": ["from"], "engine.noLongerInForce": ["until"] };

/** The problems found in a verdict's messages; empty when all is well. */
export function undeclaredMessages(verdict: Verdict): string[] {
  const out: string[] = [];
  for (const entry of verdict.trace) {
    const rule = catalog.byId.get(entry.rule);
    if (!rule) {
      out.push(`unknown rule ${entry.rule}`);
      continue;
    }
    const refs = [entry.message, entry.remedy, entry.doubt, ...(entry.details ?? []).map((d) => d.message)];
    for (const ref of refs) {
      if (!ref) continue;
      const code = ref.key.slice(`rule.${rule.id}.`.length);
      const needed = engineParams[ref.key] ?? (ref.key.startsWith(`rule.${rule.id}.`) ? rule.messages[code] : undefined);
      if (!needed) out.push(`${entry.rule}: undeclared message ${ref.key}`);
      else for (const p of needed) if (!(p in ref.params)) out.push(`${ref.key}: missing parameter ${p}`);
    }
  }
  return out;
}

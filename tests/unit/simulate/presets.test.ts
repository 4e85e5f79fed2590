import { describe, expect, it } from "vitest";
import { evaluate, validateAction, validateScenario } from "../../../src/rules/index.ts";
import { simStrings } from "../../../src/i18n/simulate/index.ts";
import { defaultPresetId, presetIds, presets } from "../../../src/simulate/presets/index.ts";

describe("presets", () => {
  it("include the guides' situations and one world for each outcome of the decision tool", () => {
    expect(presets.map((p) => p.id)).toEqual([...presetIds]);
    expect(presetIds).toEqual(expect.arrayContaining([
      "two-tier-order", "reseller-two-providers", "multi-partner", "bought-direct", "own-use",
      "decide-direct-bill", "decide-indirect-provider", "decide-indirect-reseller", "decide-not-yet",
    ]));
    expect(presetIds).toContain(defaultPresetId);
  });

  it.each(presets.map((p) => [p.id, p] as const))("%s is a valid scenario with readable names and a title in every language", (id, preset) => {
    const checked = validateScenario(preset.scenario);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    if (!checked.ok) return;
    for (const org of checked.value.world.organisations) expect(org.name, org.id).toMatch(/\w+ \w+/);
    for (const strings of Object.values(simStrings)) expect(strings[`preset.${id}`]).toBeTruthy();
  });

  const expected = {
    "two-tier-order": "allowed",
    "reseller-two-providers": "denied",
    "multi-partner": "denied",
    "bought-direct": "allowed",
    "own-use": "denied",
    "decide-direct-bill": "allowed",
    "decide-indirect-provider": "allowed",
    "decide-indirect-reseller": "allowed",
    "decide-not-yet": "denied",
  } as const;

  it.each(Object.entries(expected))("%s opens with an action to try that the engine judges %s", (id, verdict) => {
    const preset = presets.find((p) => p.id === id)!;
    const checked = validateScenario(preset.scenario);
    if (!checked.ok) throw new Error("invalid preset");
    const action = validateAction(checked.value.world, preset.suggestion);
    expect(action.ok ? [] : action.problems).toEqual([]);
    if (action.ok) expect(evaluate(checked.value.world, action.value, checked.value.asOf).verdict).toBe(verdict);
  });
});

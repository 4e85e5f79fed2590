import { describe, expect, it } from "vitest";
import { messages } from "../../../src/i18n/messages/index.ts";
import { simStrings } from "../../../src/i18n/simulate/index.ts";
import { withoutDefaults } from "../../../src/simulate/compact.ts";
import { createTranslator } from "../../../src/simulate/translator.ts";
import { scenarioSchema, validateScenario } from "../../../src/rules/index.ts";
import { sample } from "./fixtures.ts";

describe("the simulator's translator", () => {
  it("gives the same rule messages as the site's message catalog, with terms and dates in the locale", () => {
    const tr = createTranslator("pl", simStrings.pl, messages.pl);
    const params = { reseller: "R2", status: "term.status.suspended", from: "2025-06-02" };
    expect(tr.text("rule.R25.blockedNewOrder", params)).toContain("zawieszony");
    expect(tr.text("engine.notYetInForce", { from: "2025-06-02" })).toContain("2 czerwca 2025");
  });

  it("translates keys given as parameters, such as the action a change applied", () => {
    const tr = createTranslator("de", simStrings.de, messages.de);
    expect(tr.ui("change.applied", { action: "action.placeOrder" })).toBe(`Angewendet: ${tr.text("action.placeOrder")}`);
    expect(tr.text("no.such.key")).toBe("no.such.key");
  });
});

describe("leaving out default values", () => {
  it("gives a scenario that reads back to the same one", () => {
    const scenario = sample("SC-42");
    const compact = withoutDefaults(scenarioSchema, scenario);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(scenario).length);
    const back = validateScenario(compact);
    expect(back.ok && back.value).toEqual(scenario);
  });
});

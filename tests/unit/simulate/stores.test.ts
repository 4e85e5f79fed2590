import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { performance } from "node:perf_hooks";
import { indexWorld, type Scenario } from "../../../src/rules/index.ts";
import { addRecord } from "../../../src/simulate/world-edit.ts";
import {
  $asOf, $changedSteps, $checkedDraft, $comparedAsOf, $doc, $draft, $played, $redoChange, $undoChange, $verdict, $verdictBefore,
  $whatIf, $whatIfVerdict, $world, addDraftToHistory, chooseActionType, editWhatIf, editWorld, openScenario, redo, resetAsOf,
  setAsOf, setDraft, setDraftField, setWhatIfAsOf, startWhatIf, stopWhatIf, undo,
} from "../../../src/stores/index.ts";
import { bigWorld, sample } from "./fixtures.ts";

const open = (scenario: Scenario) => openScenario(scenario, { key: "change.preset", params: { name: "test" } }, { restart: true });
const withoutActions = (name: string): Scenario => ({ ...sample(name), actions: [] });

beforeEach(() => open(withoutActions("SC-02")));
afterEach(() => {
  stopWhatIf();
  resetAsOf();
});

describe("the document and undo", () => {
  it("undoes and redoes an edit of the world, and a new edit forgets what was undone", () => {
    const before = $doc.get().world;
    const extra = { id: "C2", kind: "customer" as const, mpnLocations: [], agreements: [], azureExpertMsp: false };
    editWorld(addRecord(before, "organisations", extra), { key: "change.addParty", params: { id: "C2" } });
    expect($world.get().organisations.map((o) => o.id)).toEqual(["P1", "R1", "C1", "C2"]);
    expect($undoChange.get()).toEqual({ key: "change.addParty", params: { id: "C2" } });
    undo();
    expect($doc.get().world).toBe(before);
    expect($redoChange.get()?.key).toBe("change.addParty");
    redo();
    expect($world.get().organisations).toHaveLength(4);
    undo();
    editWorld(addRecord(before, "organisations", { ...extra, id: "C3" }), { key: "change.addParty", params: { id: "C3" } });
    expect($redoChange.get()).toBeUndefined();
  });

  it("makes an opened scenario a fresh start that cannot be undone past", () => {
    expect($undoChange.get()).toBeUndefined();
    undo();
    expect($doc.get().world.organisations.map((o) => o.id)).toEqual(["P1", "R1", "C1"]);
  });

  it("renames references in the history when an id of the world changes", () => {
    open(sample("SC-02"));
    const world = $doc.get().world;
    const tenants = world.tenants.map((t) => (t.id === "C1" ? { ...t, id: "Northwind" } : t));
    editWorld({ ...world, tenants }, { key: "change.editRecord" }, { space: "tenant", from: "C1", to: "Northwind" });
    expect($doc.get().actions[0]).toMatchObject({ customer: "Northwind" });
    expect($played.get().steps[0]?.verdict?.verdict).toBe("allowed");
  });
});

describe("trying and applying actions", () => {
  it("judges the draft at once and applies an allowed action into the world", () => {
    setDraft({ type: "placeOrder", partner: "P1", customer: "C1", product: "Microsoft 365 E3", kind: "licence", reseller: "R1" });
    expect($checkedDraft.get().ok).toBe(false);
    chooseActionType("placeOrder");
    expect($draft.get()).toMatchObject({ partner: "P1", customer: "C1", subscription: "s1" });
    expect($verdict.get()?.verdict).toBe("allowed");
    expect(addDraftToHistory()).toBe(true);
    expect($world.get().subscriptions.map((s) => s.id)).toEqual(["s1"]);
    expect($played.get().steps.map((s) => s.applied)).toEqual([true]);
    expect($draft.get()["subscription"]).toBe("s2");
    undo();
    expect($world.get().subscriptions).toEqual([]);
  });

  it("records a denied action without changing the world, and keeps its new id reserved", () => {
    setDraft({ type: "placeOrder", partner: "R1", customer: "C1", subscription: "s1", product: "Microsoft 365 E3", kind: "licence" });
    expect($verdict.get()?.verdict).toBe("denied");
    const world = $world.get();
    addDraftToHistory();
    expect($world.get()).toEqual(world);
    expect($played.get().steps[0]?.verdict?.failed).toContain("R23");
    expect($draft.get()["subscription"]).toBe("s2");
    setDraftField("subscription", "s1");
    const checked = $checkedDraft.get();
    expect(checked.ok ? [] : checked.problems.map((p) => [p.path, p.key])).toEqual([["$.subscription", "problem.duplicateId"]]);
  });

  it("keeps the parties when another action type is chosen", () => {
    setDraft({ type: "placeOrder", partner: "P1", customer: "C1" });
    chooseActionType("removeResellerRelationship");
    expect($draft.get()).toEqual({ type: "removeResellerRelationship", partner: "P1", customer: "C1" });
    expect($verdict.get()).toBeDefined();
  });

  it("judges the draft of a 50-organisation world without indexing the world again on each keystroke", () => {
    open({ version: 1, asOf: "2026-11-24", world: bigWorld(50), actions: [] });
    const world = $world.get();
    indexWorld(world);
    setDraft({ type: "placeOrder", partner: "Provider-45", customer: "Customer-48", subscription: "s-x", product: "", kind: "licence", reseller: "Reseller-46" });
    const started = performance.now();
    for (const product of ["M", "Mi", "Mic", "Micr", "Micro", "Micros", "Microso", "Microsof", "Microsoft"]) {
      setDraftField("product", product);
      expect($verdict.get()?.verdict).toBe("allowed");
    }
    const each = (performance.now() - started) / 9;
    expect($world.get()).toBe(world);
    expect(each, "milliseconds per keystroke").toBeLessThan(16);
  });
});

describe("the date", () => {
  it("re-judges the whole history and marks the verdicts that changed", () => {
    open(sample("SC-13"));
    expect($asOf.get()).toBe("2025-07-15");
    expect($played.get().steps[0]?.verdict?.verdict).toBe("denied");
    setAsOf("2025-05-01");
    expect($comparedAsOf.get()).toBe("2025-07-15");
    expect($played.get().steps[0]?.verdict?.verdict).toBe("allowed");
    expect([...$changedSteps.get()]).toEqual([0]);
    resetAsOf();
    expect([...$changedSteps.get()]).toEqual([]);
  });

  it("compares with the date shown before the reader started typing, not with each keystroke's date", () => {
    open(sample("SC-13"));
    setAsOf("0002-07-15", "2025-07-15");
    setAsOf("2025-05-01", "2025-07-15");
    expect($comparedAsOf.get()).toBe("2025-07-15");
    setAsOf("not a date");
    expect($asOf.get()).toBe("2025-05-01");
  });

  it("shows the draft's verdict under the previous date beside the new one", () => {
    open(sample("SC-13"));
    setDraft($doc.get().actions[0]!);
    setDraftField("subscription", "s9");
    expect($verdict.get()?.verdict).toBe("denied");
    setAsOf("2025-05-01");
    expect($verdict.get()?.verdict).toBe("allowed");
    expect($verdictBefore.get()?.verdict).toBe("denied");
  });
});

describe("what-if", () => {
  it("compares the draft's verdict in the world and in a changed copy", () => {
    setDraft({ type: "placeOrder", partner: "P1", customer: "C1", subscription: "s1", product: "Microsoft 365 E3", kind: "licence", reseller: "R1" });
    expect($whatIfVerdict.get()).toBeUndefined();
    startWhatIf();
    expect($whatIf.get()?.world).toBe($world.get());
    expect($whatIfVerdict.get()?.verdict).toBe("allowed");
    const copy = $whatIf.get()!.world;
    editWhatIf({ ...copy, partnerships: copy.partnerships.map((p) => ({ ...p, state: "requested" as const })) }, { key: "change.editRecord" });
    expect($whatIfVerdict.get()?.verdict).toBe("denied");
    expect($verdict.get()?.verdict).toBe("allowed");
    expect($whatIf.get()?.changes).toHaveLength(1);
    expect($world.get().partnerships[0]?.state).toBe("accepted");
  });

  it("can read the copy under another date", () => {
    open(sample("SC-13"));
    setDraft({ ...$doc.get().actions[0]!, subscription: "s9" });
    startWhatIf();
    setWhatIfAsOf("2025-05-01");
    expect($whatIfVerdict.get()?.verdict).toBe("allowed");
    expect($verdict.get()?.verdict).toBe("denied");
    stopWhatIf();
    expect($whatIf.get()).toBeUndefined();
  });
});

describe("choosing the action type with the arrow keys", () => {
  it("passes through other types without losing the parties or keeping their new ids", () => {
    setDraft({ type: "requestResellerRelationship", partner: "P1", customer: "C1" });
    for (const type of ["createCustomer", "requestResellerRelationship"] as const) chooseActionType(type);
    expect($draft.get()).toMatchObject({ type: "requestResellerRelationship", partner: "P1", customer: "C1" });
    chooseActionType("placeOrder");
    setDraftField("product", "Azure plan");
    chooseActionType("useAdminRights");
    chooseActionType("placeOrder");
    expect($draft.get()).toMatchObject({ partner: "P1", customer: "C1", product: "Azure plan", subscription: "s1" });
  });
});

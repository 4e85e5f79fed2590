/**
 * The action being composed in the simulator, as raw form values, and its verdict: computed from the world,
 * the draft and the date on every change (the world's index is cached, so a keystroke costs one evaluation).
 *
 *   setDraftField("customer", "Northwind")  →  $verdict.get() → { verdict: "allowed", trace: [...] }
 */
import { atom, computed } from "nanostores";
import { actionCases, evaluate, validateAction, type Action, type ActionType, type Verdict, type Validation, type World } from "../rules/index.ts";
import { createdIds, idsNamedBy } from "../simulate/created-ids.ts";
import { $asOf, $comparedAsOf } from "./sim-date.ts";
import { $doc, addAction } from "./sim-history.ts";
import { $playedBefore, $world } from "./sim-played.ts";

/** An action being filled in: its type and the fields given so far. */
export type Draft = { readonly type: ActionType } & Readonly<Record<string, unknown>>;

/** The action being composed. */
export const $draft = atom<Draft>({ type: "placeOrder" });

/** The ids the history's actions create: a new action may not reuse them, even those of denied actions. */
const $reserved = computed($doc, (doc) => idsNamedBy(doc.actions));

/** The draft checked against the world now and the history: the action, or what is missing or wrong. */
export const $checkedDraft = computed([$world, $draft, $reserved], (world, draft, reserved): Validation<Action> => {
  const checked = validateAction(world, draft);
  if (!checked.ok || !actionCases[draft.type]) return checked;
  const reused = Object.entries(actionCases[draft.type].fields).flatMap(([name, field]) => {
    const value = draft[name];
    return field.node.k === "ref" && field.node.creates && typeof value === "string" && reserved.has(value)
      ? [{ path: `$.${name}`, key: "problem.duplicateId", params: { id: value } }]
      : [];
  });
  return reused.length > 0 ? { ok: false, problems: reused } : checked;
});

/** The verdict on the draft, when it is complete. */
export const $verdict = computed([$world, $checkedDraft, $asOf], (world, checked, asOf): Verdict | undefined =>
  checked.ok ? evaluate(world, checked.value, asOf) : undefined,
);

/** The verdict the draft had under the previous date, while the dates are compared. */
export const $verdictBefore = computed([$playedBefore, $checkedDraft, $comparedAsOf], (before, checked, date): Verdict | undefined => {
  if (!before || !date || !checked.ok) return undefined;
  const again = validateAction(before.world, checked.value);
  return again.ok ? evaluate(before.world, again.value, date) : undefined;
});

/** The draft with unused ids in the fields that name something new. */
function withFreshIds(world: World, draft: Draft): Draft {
  return { ...draft, ...createdIds(world, draft, $reserved.get()) };
}

const creates = (type: ActionType, name: string) => {
  const field = Object.hasOwn(actionCases[type].fields, name) ? actionCases[type].fields[name] : undefined;
  return field?.node.k === "ref" && field.node.creates;
};

// What the reader chose in any field, by field name, so that stepping through action types with the arrow
// keys (each step is a change) loses no party; the ids an action creates are not remembered.
let remembered: Record<string, unknown> = {};

function setRemembering(draft: Draft): void {
  const { type, ...fields } = draft;
  for (const name of Object.keys(remembered)) if (Object.hasOwn(actionCases[type].fields, name) && !(name in fields)) delete remembered[name];
  for (const [name, value] of Object.entries(fields)) if (!creates(type, name)) remembered[name] = value;
  $draft.set(draft);
}

/** Starts a draft of another type with the parties and values chosen so far that it has fields for. */
export function chooseActionType(type: ActionType): void {
  const kept: Record<string, unknown> = { type };
  for (const [name, value] of Object.entries(remembered)) if (Object.hasOwn(actionCases[type].fields, name) && !creates(type, name)) kept[name] = value;
  $draft.set(withFreshIds($world.get(), kept as Draft));
}

/** Starts an empty draft of a type, with unused ids for what it creates, and forgets earlier choices. */
export function clearDraft(type: ActionType = "placeOrder"): void {
  remembered = {};
  $draft.set(withFreshIds($world.get(), { type }));
}

/** Sets one field of the draft; undefined removes it. */
export function setDraftField(name: string, value: unknown): void {
  const { [name]: _old, ...rest } = $draft.get();
  setRemembering((value === undefined ? rest : { ...rest, [name]: value }) as Draft);
}

/** Replaces the draft as the form edits it. */
export function setDraft(draft: Draft): void {
  setRemembering(draft);
}

/** Starts a draft from a whole action (a preset's first action, a step of the history), with unused ids for what it creates. */
export function loadDraft(action: Draft): void {
  const world = $world.get();
  const reserved = $reserved.get();
  const fresh = createdIds(world, action, reserved);
  // Keep the action's own new ids unless they are taken by now.
  for (const name of Object.keys(fresh)) {
    const own = action[name];
    if (typeof own === "string" && own !== "" && !reserved.has(own) && !isTaken(world, own)) fresh[name] = own;
  }
  remembered = {};
  setRemembering({ ...action, ...fresh });
}

function isTaken(world: World, id: string): boolean {
  return [world.tenants, world.organisations, world.subscriptions, world.adminRelationships, world.transferRequests].some((list) => list.some((r) => r.id === id));
}

/** Adds the draft to the history: played into the world when allowed, recorded as tried when denied. */
export function addDraftToHistory(): boolean {
  const checked = $checkedDraft.get();
  if (!checked.ok) return false;
  const verdict = $verdict.get();
  addAction(checked.value, { key: verdict?.verdict === "allowed" ? "change.applied" : "change.tried", params: { action: `action.${checked.value.type}` } });
  $draft.set(withFreshIds($world.get(), $draft.get()));
  return true;
}

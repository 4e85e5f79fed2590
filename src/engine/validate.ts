/**
 * Validation of anything that comes from outside: a world, an action, a profile, a whole scenario file.
 * Bad input gives a list of problems with JSON paths and message keys; nothing here throws on input.
 *
 *   validateScenario(JSON.parse(text)) → { ok: false, problems: [{ path: "$.world.tenants[1].region", key: "problem.required", ... }] }
 */
import { actionSchema, type Action } from "./action-schema.ts";
import { INVALID, isRecord, parseNode, type ParseState, type RefUse } from "./parse.ts";
import { memberPath, show, type Problem } from "./problems.ts";
import { profileSchema, type PartnerProfile } from "./profile-schema.ts";
import { checkActionShape, checkRefs, checkWorldShape, knownIds, knownIdsOf, knownIdsOfRaw, type KnownIds } from "./references.ts";
import { scenarioSchema, scenarioVersion, type Scenario } from "./scenario-schema.ts";
import type { Namespace } from "./schema.ts";
import { worldSchema, type World } from "./world-schema.ts";

/** The result of validating: the typed value when there is no problem, else every problem found. */
export type Validation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

const newState = (): ParseState => ({ problems: [], refs: [] });

function result<T>(value: unknown, problems: readonly Problem[]): Validation<T> {
  return problems.length === 0 && value !== INVALID ? { ok: true, value: value as T } : { ok: false, problems };
}

// What a created tenant is: a customer's tenant or a sandbox.
const createdTenantKind: Partial<Record<Action["type"], string>> = { createCustomer: "customer", createSandbox: "sandbox" };

function checkWorld(world: World, refs: readonly RefUse[], path: string, problems: Problem[]): KnownIds {
  const known = knownIds(world, path, problems);
  checkRefs(refs, known, problems);
  checkWorldShape(world, known, path, problems);
  return known;
}

function checkActionRefs(action: Action, path: string, refs: readonly RefUse[], known: KnownIds, problems: Problem[]): void {
  checkActionShape(action, path, problems);
  checkRefs(refs, known, problems, (ns: Namespace) => (ns === "tenant" ? (createdTenantKind[action.type] ?? "customer") : ns));
  if (action.type === "createCustomer" && known.kindOf("organisation", action.organisation) === undefined) known.add("organisation", action.organisation, "customer");
}

/** Validates a world; `path` is where it sits in a larger document. */
export function validateWorld(input: unknown, path = "$"): Validation<World> {
  const st = newState();
  const world = parseNode(worldSchema, input, path, st);
  if (world !== INVALID) checkWorld(world as World, st.refs, path, st.problems);
  return result(world, st.problems);
}

/** Validates one action against a (valid) world: its shape and that every id it uses exists. */
export function validateAction(world: World, input: unknown, path = "$"): Validation<Action> {
  const st = newState();
  const action = parseNode(actionSchema, input, path, st);
  if (action !== INVALID) checkActionRefs(action as Action, path, st.refs, knownIdsOf(world), st.problems);
  return result(action, st.problems);
}

/** Validates a partner profile (for recommendRole or a direct-bill application). */
export function validateProfile(input: unknown, path = "$"): Validation<PartnerProfile> {
  const st = newState();
  const profile = parseNode(profileSchema, input, path, st);
  return result(profile, st.problems);
}

const actionPath = /^\$\.actions\[(\d+)\]/;

/** Validates a whole scenario file (already parsed from JSON). */
export function validateScenario(input: unknown): Validation<Scenario> {
  if (isRecord(input) && input["version"] !== undefined && input["version"] !== scenarioVersion) {
    return { ok: false, problems: [{ path: "$.version", key: "problem.wrongVersion", params: { value: show(input["version"]), supported: scenarioVersion } }] };
  }
  const st = newState();
  const parsed = parseNode(scenarioSchema, input, "$", st);
  const byAction = new Map<number, RefUse[]>();
  const worldRefs: RefUse[] = [];
  for (const ref of st.refs) {
    const match = actionPath.exec(ref.path);
    if (!match) worldRefs.push(ref);
    else {
      const list = byAction.get(Number(match[1]));
      if (list) list.push(ref);
      else byAction.set(Number(match[1]), [ref]);
    }
  }
  if (parsed === INVALID) {
    // Still check the ids that did parse, against the ids the raw world holds, so every problem shows at once.
    const known = knownIdsOfRaw(isRecord(input) ? input["world"] : undefined);
    checkRefs(worldRefs, known, st.problems);
    for (const [, refs] of [...byAction].sort(([a], [b]) => a - b)) checkRefs(refs, known, st.problems);
    return { ok: false, problems: st.problems };
  }
  const scenario = parsed as Scenario;
  const known = checkWorld(scenario.world, worldRefs, "$.world", st.problems);
  scenario.actions.forEach((action, i) => checkActionRefs(action, `$.actions[${i}]`, byAction.get(i) ?? [], known, st.problems));
  if (scenario.expect && scenario.expect.length !== scenario.actions.length) {
    st.problems.push({
      path: memberPath("$", "expect"),
      key: "problem.expectLength",
      params: { count: scenario.expect.length, actions: scenario.actions.length },
    });
  }
  return result(scenario, st.problems);
}

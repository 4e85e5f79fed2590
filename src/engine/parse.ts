/**
 * Checks an unknown value against a schema node (schema.ts). It never throws: every problem is recorded
 * with its JSON path, and every id that points at another entity is collected for references.ts.
 *
 *   parse(tenantSchema, input, "$.world.tenants[0]", state) → the typed value, or INVALID
 */
import { isIsoDate } from "./dates.ts";
import { indexPath, memberPath, show, type Params, type Problem } from "./problems.ts";
import { idPattern, type Namespace, type Node, type ObjectNode, type Schema } from "./schema.ts";

/** An id found while parsing, with what it must point at. */
export type RefUse = {
  readonly path: string;
  readonly ns: Namespace;
  readonly id: string;
  readonly kinds?: readonly string[];
  readonly creates: boolean;
};

/** What parsing collects: the problems found and the ids to check. */
export type ParseState = { readonly problems: Problem[]; readonly refs: RefUse[] };

/** Marks a value that failed its schema. */
export const INVALID: unique symbol = Symbol("invalid");

type Parsed = unknown;

function problem(st: ParseState, path: string, key: string, params: Params = {}): typeof INVALID {
  st.problems.push({ path, key, params });
  return INVALID;
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const fieldLists = new WeakMap<ObjectNode, readonly (readonly [string, ObjectNode["fields"][string]])[]>();

function fieldsOf(node: ObjectNode) {
  let list = fieldLists.get(node);
  if (!list) fieldLists.set(node, (list = Object.entries(node.fields)));
  return list;
}

function parseObject(node: ObjectNode, value: unknown, path: string, st: ParseState, skip?: string): Parsed {
  if (!isRecord(value)) return problem(st, path, "problem.wrongType", { expected: "term.json.object" });
  let ok = true;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key !== skip && !Object.hasOwn(node.fields, key)) {
      problem(st, memberPath(path, key), "problem.unknownField", { field: key });
      ok = false;
    }
  }
  for (const [key, field] of fieldsOf(node)) {
    const present = Object.hasOwn(value, key) && value[key] !== undefined;
    if (!present) {
      if (field.presence === "required") {
        problem(st, path, "problem.required", { field: key });
        ok = false;
      } else if (field.presence === "default") {
        out[key] = field.def;
      }
      continue;
    }
    const parsed = parseNode(field.node, value[key], memberPath(path, key), st);
    if (parsed === INVALID) ok = false;
    else out[key] = parsed;
  }
  return ok ? out : INVALID;
}

const patterns = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(pattern)));
  return re;
}

const idNode = { k: "string", pattern: idPattern, problem: "problem.badId" } as const;

function parseString(node: Extract<Node, { k: "string" }>, value: unknown, path: string, st: ParseState): Parsed {
  if (typeof value !== "string") return problem(st, path, "problem.wrongType", { expected: "term.json.string" });
  if (node.pattern !== undefined && !compiled(node.pattern).test(value)) {
    return problem(st, path, node.problem ?? "problem.pattern", { value: show(value) });
  }
  return value;
}

function parseNumber(node: Extract<Node, { k: "number" }>, value: unknown, path: string, st: ParseState): Parsed {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return problem(st, path, "problem.wrongType", { expected: node.integer ? "term.json.integer" : "term.json.number" });
  }
  if (node.integer && !Number.isInteger(value)) return problem(st, path, "problem.wrongType", { expected: "term.json.integer" });
  if (node.min !== undefined && value < node.min) return problem(st, path, "problem.tooSmall", { value, min: node.min });
  if (node.max !== undefined && value > node.max) return problem(st, path, "problem.tooLarge", { value, max: node.max });
  return value;
}

function parseArray(node: Extract<Node, { k: "array" }>, value: unknown, path: string, st: ParseState): Parsed {
  if (!Array.isArray(value)) return problem(st, path, "problem.wrongType", { expected: "term.json.array" });
  if (node.max !== undefined && value.length > node.max) {
    return problem(st, path, "problem.tooManyItems", { count: value.length, max: node.max });
  }
  let ok = true;
  const out = value.map((item: unknown, i) => {
    const parsed = parseNode(node.item, item, indexPath(path, i), st);
    if (parsed === INVALID) ok = false;
    return parsed;
  });
  return ok ? out : INVALID;
}

function parseUnion(node: Extract<Node, { k: "union" }>, value: unknown, path: string, st: ParseState): Parsed {
  if (!isRecord(value)) return problem(st, path, "problem.wrongType", { expected: "term.json.object" });
  const tag = value[node.tag];
  if (tag === undefined) return problem(st, path, "problem.required", { field: node.tag });
  if (typeof tag !== "string" || !Object.hasOwn(node.cases, tag)) {
    return problem(st, memberPath(path, node.tag), node.unknownKey, { value: show(tag), allowed: Object.keys(node.cases).join(", ") });
  }
  const caseNode = node.cases[tag] as ObjectNode;
  const parsed = parseObject(caseNode, value, path, st, node.tag);
  return parsed === INVALID ? INVALID : { [node.tag]: tag, ...(parsed as object) };
}

/** Checks a value against a node; returns the parsed value or INVALID (the problems are in `st`). */
export function parseNode(node: Node, value: unknown, path: string, st: ParseState): Parsed {
  switch (node.k) {
    case "object":
      return parseObject(node, value, path, st);
    case "string":
      return parseString(node, value, path, st);
    case "date":
      return isIsoDate(value) ? value : problem(st, path, "problem.notIsoDate", { value: show(value) });
    case "number":
      return parseNumber(node, value, path, st);
    case "boolean":
      return typeof value === "boolean" ? value : problem(st, path, "problem.wrongType", { expected: "term.json.boolean" });
    case "enum":
      return typeof value === "string" && node.values.includes(value)
        ? value
        : problem(st, path, "problem.notOneOf", { value: show(value), allowed: node.values.join(", ") });
    case "const":
      return value === node.value ? value : problem(st, path, "problem.notOneOf", { value: show(value), allowed: String(node.value) });
    case "array":
      return parseArray(node, value, path, st);
    case "union":
      return parseUnion(node, value, path, st);
    case "nullable":
      return value === null ? null : parseNode(node.inner, value, path, st);
    case "ref": {
      const parsed = parseString(idNode, value, path, st);
      if (parsed !== INVALID) {
        st.refs.push({ path, ns: node.ns, id: parsed as string, creates: node.creates, ...(node.kinds ? { kinds: node.kinds } : {}) });
      }
      return parsed;
    }
  }
}

/** Parses a value with a typed schema: the value, or undefined when any problem was recorded. */
export function parse<T>(schema: Schema<T>, value: unknown, path: string, st: ParseState): T | undefined {
  const parsed = parseNode(schema, value, path, st);
  return parsed === INVALID ? undefined : (parsed as T);
}

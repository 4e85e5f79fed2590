/**
 * A small schema language: one description of each data shape gives its TypeScript type (Infer),
 * its validation (parse.ts) and its JSON Schema (json-schema.ts), so the three cannot drift apart.
 *
 *   const tenant = object({ id: id(), cloud: oneOf(clouds), note: optional(text()) }, "Tenant");
 *   type Tenant = Infer<typeof tenant>;   // { readonly id: string; readonly cloud: Cloud; readonly note?: string }
 */

/** Which kind of entity an id points at; references are checked against the world after parsing. */
export type Namespace = "organisation" | "tenant" | "subscription" | "adminRelationship" | "transferRequest";

/** A schema node: plain data, interpreted by parse.ts and json-schema.ts. */
export type Node =
  | { readonly k: "string"; readonly pattern?: string; readonly problem?: string; readonly name?: string }
  | { readonly k: "date"; readonly name?: string }
  | { readonly k: "number"; readonly integer: boolean; readonly min?: number; readonly max?: number; readonly name?: string }
  | { readonly k: "boolean"; readonly name?: string }
  | { readonly k: "enum"; readonly values: readonly string[]; readonly name?: string }
  | { readonly k: "const"; readonly value: string | number; readonly name?: string }
  | { readonly k: "array"; readonly item: Node; readonly max?: number; readonly name?: string }
  | ObjectNode
  | { readonly k: "union"; readonly tag: string; readonly cases: Readonly<Record<string, ObjectNode>>; readonly unknownKey: string; readonly name?: string }
  | { readonly k: "ref"; readonly ns: Namespace; readonly kinds?: readonly string[]; readonly creates: boolean; readonly name?: string }
  | { readonly k: "nullable"; readonly inner: Node; readonly name?: string };

/** An object node: its fields and whether each must be present. */
export type ObjectNode = { readonly k: "object"; readonly fields: Readonly<Record<string, Field>>; readonly name?: string };

/** A field of an object node. */
export type Field = { readonly node: Node; readonly presence: "required" | "optional" | "default"; readonly def?: unknown };

/** A node that carries the TypeScript type of the values it accepts. */
export type Schema<T> = Node & { readonly _type?: T };

/** An optional field; with a default, parsing fills it in, so the parsed value always has it. */
export type Opt<T, D extends boolean> = { readonly k: "opt"; readonly inner: Node; readonly def?: unknown; readonly _type?: T; readonly _d?: D };

type FieldSpec = Schema<unknown> | Opt<unknown, boolean>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type FieldType<F> = F extends Opt<infer T, boolean> ? T : F extends Schema<infer T> ? T : never;
type ObjectType<F extends Record<string, FieldSpec>> = Simplify<
  { readonly [K in keyof F as F[K] extends Opt<unknown, false> ? never : K]: FieldType<F[K]> } & {
    readonly [K in keyof F as F[K] extends Opt<unknown, false> ? K : never]?: FieldType<F[K]>;
  }
>;

/** The TypeScript type a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** The pattern every id matches. */
export const idPattern = "^[A-Za-z0-9][A-Za-z0-9._:~-]{0,99}$";

/** Any string. */
export const text = (): Schema<string> => ({ k: "string" });

/** An identifier of something the scenario defines: letters, digits and . _ : ~ - (at most 100). */
export const id = (): Schema<string> => ({ k: "string", pattern: idPattern, problem: "problem.badId" });

/** A two-letter ISO 3166 country code such as "FR". */
export const country = (): Schema<string> => ({ k: "string", pattern: "^[A-Z]{2}$", problem: "problem.badCountry" });

/** A CSP region written as a lowercase slug, such as "europe" or "united-states". */
export const region = (): Schema<string> => ({ k: "string", pattern: "^[a-z][a-z0-9-]{0,49}$", problem: "problem.badRegion" });

/** A calendar date "YYYY-MM-DD". */
export const date = (): Schema<string> => ({ k: "date" });

/** A whole number within bounds. */
export const int = (min?: number, max?: number): Schema<number> => ({
  k: "number",
  integer: true,
  ...(min === undefined ? {} : { min }),
  ...(max === undefined ? {} : { max }),
});

/** A number of at least `min`. */
export const num = (min?: number): Schema<number> => ({ k: "number", integer: false, ...(min === undefined ? {} : { min }) });

/** true or false. */
export const bool = (): Schema<boolean> => ({ k: "boolean" });

/** One of a fixed list of strings. */
export const oneOf = <const T extends string>(values: readonly T[]): Schema<T> => ({ k: "enum", values });

/** Exactly one value. */
export const literal = <const T extends string | number>(value: T): Schema<T> => ({ k: "const", value });

/** A list of values, optionally capped in length. */
export const array = <T>(item: Schema<T>, max?: number): Schema<readonly T[]> => ({
  k: "array",
  item,
  ...(max === undefined ? {} : { max }),
});

/** An id of an existing entity of a namespace; `kinds` limits tenants to some kinds. */
export const ref = (ns: Namespace, kinds?: readonly string[]): Schema<string> => ({
  k: "ref",
  ns,
  creates: false,
  ...(kinds ? { kinds } : {}),
});

/** The id of an entity this value creates; it must not exist yet. */
export const newId = (ns: Namespace): Schema<string> => ({ k: "ref", ns, creates: true });

/** A value or null. */
export const nullable = <T>(inner: Schema<T>): Schema<T | null> => ({ k: "nullable", inner });

/** A field that may be absent. */
export const optional = <T>(inner: Schema<T>): Opt<T, false> => ({ k: "opt", inner });

/** A field that may be absent and then takes a default value. */
export const withDefault = <T>(inner: Schema<T>, def: T): Opt<T, true> => ({ k: "opt", inner, def });

function toField(spec: FieldSpec): Field {
  if (spec.k !== "opt") return { node: spec, presence: "required" };
  return "def" in spec ? { node: spec.inner, presence: "default", def: spec.def } : { node: spec.inner, presence: "optional" };
}

/** An object with exactly these fields; `name` makes it a named definition in the JSON Schema. */
export function object<const F extends Record<string, FieldSpec>>(fields: F, name?: string): Schema<ObjectType<F>> & ObjectNode {
  const out: Record<string, Field> = {};
  for (const [key, spec] of Object.entries(fields)) out[key] = toField(spec);
  return { k: "object", fields: out, ...(name ? { name } : {}) };
}

type CaseSchemas = Record<string, Schema<unknown> & ObjectNode>;
type UnionType<Tag extends string, C extends CaseSchemas> = {
  [K in keyof C & string]: Simplify<{ readonly [P in Tag]: K } & Infer<C[K]>>;
}[keyof C & string];

/** One of several object shapes told apart by a tag field such as "type"; `unknownKey` names the problem for an unknown tag. */
export function union<const Tag extends string, const C extends CaseSchemas>(
  tag: Tag,
  cases: C,
  unknownKey: string,
  name?: string,
): Schema<UnionType<Tag, C>> {
  return { k: "union", tag, cases, unknownKey, ...(name ? { name } : {}) };
}

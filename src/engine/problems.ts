/**
 * What is wrong with an input, as data: where (a JSON path) and what (a message key with parameters).
 *
 *   { path: "$.world.organisations[2].region", key: "problem.required", params: { field: "region" } }
 */

/** Parameters of a message: names to strings or numbers. */
export type Params = Readonly<Record<string, string | number>>;

/** A message key with its parameters; src/i18n/messages turns it into text. */
export type MessageRef = { readonly key: string; readonly params: Params };

/** One problem found in an input. */
export type Problem = { readonly path: string; readonly key: string; readonly params: Params };

const identifier = /^[A-Za-z_$][\w$]*$/;

const segments = new Map<string, string>();

/** The JSON path of a member of an object. */
export function memberPath(path: string, name: string): string {
  let segment = segments.get(name);
  if (segment === undefined) {
    segment = identifier.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
    if (segments.size < 1000) segments.set(name, segment);
  }
  return path + segment;
}

/** The JSON path of an element of an array. */
export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** A short, printable rendering of any value, for problem parameters. */
export function show(value: unknown): string {
  if (value === undefined) return "undefined";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

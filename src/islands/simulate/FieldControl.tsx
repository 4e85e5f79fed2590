/** One generated form control for a field of an engine schema: text, date, number, checkbox, choice list or id. */
import type { Problem, Schema, World } from "../../engine/index.ts";
import { domainOf, problemsAt, type FieldSpec } from "../../simulate/form-model.ts";
import { useSim } from "./context.ts";
import { ListField } from "./ListField.tsx";
import { choicesOf, fieldLabel, optionLabel, problemText } from "./labels.ts";
import { SchemaFields } from "./SchemaFields.tsx";

/** What a field control needs. */
export type FieldProps = {
  readonly spec: FieldSpec;
  readonly objectName: string | undefined;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly path: string;
  readonly parent: string;
  readonly idBase: string;
  readonly problems: readonly Problem[];
  readonly world: World;
};

/** A DOM id for a JSON path inside a form. */
export const domId = (idBase: string, path: string) => `${idBase}${path.replace(/[^A-Za-z0-9]+/g, "-")}`.replace(/-+$/, "");

const textOf = (target: EventTarget | null) => (target as HTMLInputElement).value;

function numberValue(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : raw;
}

/** A labelled control for one field, with its problems shown beneath it. */
export function FieldControl(props: FieldProps) {
  const { tr } = useSim();
  const { spec, value, onChange, path, idBase, world } = props;
  const node = spec.node;
  if (node.k === "const") return null;
  const id = domId(idBase, path);
  const own = problemsAt(props.problems, path, props.parent, spec.name).filter((p) => !(node.k === "array" && node.item.k === "object" && p.path.startsWith(`${path}[`)));
  const errorId = own.length > 0 ? `${id}-error` : undefined;
  const label = spec.presence === "optional" ? tr.ui("form.optional", { label: fieldLabel(tr, spec.name, props.objectName) }) : fieldLabel(tr, spec.name, props.objectName);
  const invalid = own.some((p) => p.key !== "problem.required") ? true : undefined;
  const common = { id, "aria-describedby": errorId, "aria-invalid": invalid };
  const errors = errorId && (
    <ul id={errorId} class="sim-field__errors">
      {own.map((p) => <li>{problemText(tr, p)}</li>)}
    </ul>
  );

  if (node.k === "object") {
    return (
      <fieldset class="sim-fieldset">
        <legend>{label}</legend>
        <SchemaFields node={node} value={(value ?? {}) as Record<string, unknown>} onChange={onChange} path={path} idBase={idBase} problems={props.problems} world={world} />
      </fieldset>
    );
  }
  if (node.k === "array") {
    return <ListField {...props} label={label} errors={errors} />;
  }
  if (node.k === "boolean") {
    const checked = (value ?? spec.def ?? false) === true;
    return (
      <div class="sim-field sim-field--check">
        <input type="checkbox" {...common} checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
        <label for={id}>{label}</label>
        {errors}
      </div>
    );
  }
  let control;
  if (node.k === "enum" || (node.k === "ref" && !node.creates)) {
    const choices: readonly (readonly [string, string])[] =
      node.k === "enum" ? node.values.map((v) => [v, optionLabel(tr, domainOf(props.objectName, spec.name), v)] as const) : choicesOf(world, node.ns, node.kinds);
    const current = (value ?? spec.def ?? "") as string;
    const known = current === "" || choices.some(([v]) => v === current);
    control = (
      <select {...common} value={current} onChange={(e) => onChange(textOf(e.currentTarget) || undefined)}>
        {spec.presence !== "default" && <option value="">{spec.presence === "optional" ? tr.ui("form.none") : tr.ui("form.choose")}</option>}
        {!known && <option value={current}>{current}</option>}
        {choices.map(([v, text]) => <option value={v}>{text}</option>)}
      </select>
    );
  } else if (node.k === "number") {
    control = <input type="number" inputMode="numeric" {...common} min={node.min} max={node.max} value={value === undefined ? "" : String(value)} onInput={(e) => onChange(numberValue(textOf(e.currentTarget)))} />;
  } else {
    const country = node.k === "string" && node.problem === "problem.badCountry";
    const region = node.k === "string" && node.problem === "problem.badRegion";
    control = (
      <input
        type={node.k === "date" ? "date" : "text"}
        {...common}
        value={typeof value === "string" ? value : ""}
        maxLength={country ? 2 : undefined}
        list={region ? "sim-regions" : undefined}
        autoComplete="off"
        spellcheck={false}
        onInput={(e) => {
          const raw = textOf(e.currentTarget);
          onChange(raw === "" ? undefined : country ? raw.toUpperCase() : raw);
        }}
      />
    );
  }
  return (
    <div class="sim-field">
      <label for={id}>{label}</label>
      {control}
      {errors}
    </div>
  );
}

/** Whether a schema node is shown as a group of its own (a nested object or a list of objects). */
export function isGroup(node: Schema<unknown>): boolean {
  return node.k === "object" || (node.k === "array" && node.item.k === "object");
}

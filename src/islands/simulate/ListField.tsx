/** A generated control for a list field: check boxes for ids, repeated groups for records, or comma-separated text. */
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { fieldsOf } from "../../simulate/form-model.ts";
import { useSim } from "./context.ts";
import { domId, type FieldProps } from "./FieldControl.tsx";
import { choicesOf } from "./labels.ts";
import { SchemaFields } from "./SchemaFields.tsx";

const split = (text: string) => text.split(",").map((s) => s.trim()).filter(Boolean);

/** A starting record for a list of objects: defaults filled in, constants set. */
function newItem(node: FieldProps["spec"]["node"]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fieldsOf(node)) {
    if (f.node.k === "const") out[f.name] = f.node.value;
    else if (f.presence === "default") out[f.name] = f.def;
  }
  return out;
}

/** A list field. */
export function ListField(props: FieldProps & { readonly label: string; readonly errors: ComponentChildren }) {
  const { tr } = useSim();
  const { spec, value, onChange, path, idBase, world, label, errors } = props;
  const node = spec.node;
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  const id = domId(idBase, path);
  const joined = items.join(", ");
  const [text, setText] = useState(joined);
  // Follow changes from outside (undo, another record) without fighting the reader's typing.
  useEffect(() => {
    if (split(text).join(", ") !== joined) setText(joined);
  }, [joined]);
  if (node.k !== "array") return null;
  const item = node.item;

  if (item.k === "ref" && !item.creates) {
    const choices = choicesOf(world, item.ns, item.kinds);
    return (
      <fieldset class="sim-fieldset" aria-describedby={errors ? `${id}-error` : undefined}>
        <legend>{label}</legend>
        {choices.length === 0 && <p class="sim-muted">{tr.ui("form.nothingToChoose")}</p>}
        {choices.map(([v, text], i) => (
          <div class="sim-field sim-field--check">
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={items.includes(v)}
              onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked ? [...items, v] : items.filter((x) => x !== v))}
            />
            <label for={`${id}-${i}`}>{text}</label>
          </div>
        ))}
        {errors}
      </fieldset>
    );
  }

  if (item.k === "object") {
    return (
      <fieldset class="sim-fieldset">
        <legend>{label}</legend>
        {items.map((entry, i) => (
          <div class="sim-fieldset__item">
            <SchemaFields
              node={item}
              value={entry as Record<string, unknown>}
              onChange={(next) => onChange(items.map((x, j) => (j === i ? next : x)))}
              path={`${path}[${i}]`}
              idBase={idBase}
              problems={props.problems}
              world={world}
            />
            <button type="button" class="sim-button sim-button--small" onClick={() => onChange(items.filter((_, j) => j !== i))}>
              {tr.ui("form.removeItem", { label, index: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" class="sim-button sim-button--small" onClick={() => onChange([...items, newItem(item)])}>
          {tr.ui("form.addItem", { label })}
        </button>
        {errors}
      </fieldset>
    );
  }

  return (
    <div class="sim-field">
      <label for={id}>{tr.ui("form.commaList", { label })}</label>
      <input
        type="text"
        id={id}
        value={text}
        autoComplete="off"
        spellcheck={false}
        aria-describedby={errors ? `${id}-error` : undefined}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          setText(raw);
          const list = split(raw).map((s) => (item.k === "string" && item.problem === "problem.badCountry" ? s.toUpperCase() : s));
          onChange(list.length === 0 && spec.presence !== "required" ? undefined : list);
        }}
      />
      {errors}
    </div>
  );
}

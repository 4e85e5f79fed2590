/**
 * One list of the world in the editor (organisations, tenants, partnerships...): each record in a line
 * with Edit and Remove, and Add at the end. Pointing at a line highlights the same item in the diagram.
 */
import { useStore } from "@nanostores/preact";
import { useState } from "preact/hooks";
import { validateWorld, type World } from "../../engine/index.ts";
import { fieldsOf } from "../../simulate/form-model.ts";
import { freeId } from "../../simulate/next-id.ts";
import { removeRecord, type Collection } from "../../simulate/world-edit.ts";
import { $selection, select, unselect } from "../../stores/index.ts";
import { useSim } from "./context.ts";
import { PartyForm } from "./PartyForm.tsx";
import { recordKey, recordSummary } from "./record-summary.ts";
import { recordPair, recordSchemas, RecordForm, type CommitWorld } from "./RecordForm.tsx";

const idPrefixes: Partial<Record<Collection, string>> = { tenants: "T", subscriptions: "s", adminRelationships: "g", transferRequests: "t" };

/** A new record of a list: its defaults, fixed values and an unused id. */
function blank(world: World, collection: Collection): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fieldsOf(recordSchemas[collection])) {
    if (f.node.k === "const") out[f.name] = f.node.value;
    else if (f.presence === "default") out[f.name] = f.def;
  }
  const prefix = idPrefixes[collection];
  if (prefix) out["id"] = freeId((world[collection] as readonly { readonly id: string }[]).map((r) => r.id), prefix);
  return out;
}

/** A list of records with its forms. */
export function RecordList(props: {
  readonly collection: Collection;
  readonly world: World;
  readonly asOf: string;
  readonly idBase: string;
  readonly onCommit: CommitWorld;
  readonly headingLevel: 3 | 4;
}) {
  const { tr } = useSim();
  const { collection, world, idBase, onCommit } = props;
  const selection = useStore($selection);
  const [editing, setEditing] = useState<number | "new" | undefined>(undefined);
  const records = world[collection] as readonly Readonly<Record<string, unknown>>[];
  const base = `${idBase}-${collection}`;
  const Heading = props.headingLevel === 4 ? "h4" : "h3";
  const close = (focus: string) => () => {
    setEditing(undefined);
    // Give focus back to the button that opened the form.
    requestAnimationFrame(() => document.getElementById(focus)?.focus());
  };
  const remove = (i: number, name: string) => {
    const checked = validateWorld(removeRecord(world, collection, i));
    if (checked.ok) onCommit(checked.value, { key: "change.removeRecord", params: { record: `record.${collection}`, id: name } });
    requestAnimationFrame(() => document.getElementById(`${base}-add`)?.focus());
  };
  return (
    <div class="sim-collection">
      <Heading id={`${base}-heading`}>{tr.ui("world.listCount", { list: `record.${collection}`, count: records.length })}</Heading>
      {records.length > 0 && (
        <ul class="sim-records" aria-labelledby={`${base}-heading`}>
          {records.map((r, i) => {
            const key = recordKey(collection, r);
            const name = typeof r["id"] === "string" ? r["id"] : recordPair(r);
            return (
              <li
                class={`sim-record${selection === key ? " is-selected" : ""}`}
                onMouseEnter={() => select(key)}
                onMouseLeave={() => unselect(key)}
                onFocusIn={() => select(key)}
                onFocusOut={() => unselect(key)}
              >
                <span class="sim-record__text">{recordSummary(tr, world, collection, r)}</span>
                <span class="sim-record__buttons">
                  <button type="button" id={`${base}-edit-${i}`} class="sim-button sim-button--small" aria-expanded={editing === i} onClick={() => setEditing(editing === i ? undefined : i)}>
                    {tr.ui("world.edit")}<span class="visually-hidden"> {name}</span>
                  </button>
                  <button type="button" class="sim-button sim-button--small" onClick={() => remove(i, name)}>
                    {tr.ui("world.remove")}<span class="visually-hidden"> {name}</span>
                  </button>
                </span>
                {editing === i && (
                  <RecordForm collection={collection} index={i} initial={r} world={world} idBase={`${base}-${i}`} onCommit={onCommit} onClose={close(`${base}-edit-${i}`)} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" id={`${base}-add`} class="sim-button" aria-expanded={editing === "new"} onClick={() => setEditing(editing === "new" ? undefined : "new")}>
        {tr.text(`world.add.${collection}`)}
      </button>
      {editing === "new" &&
        (collection === "organisations" ? (
          <PartyForm world={world} asOf={props.asOf} idBase={base} onCommit={onCommit} onClose={close(`${base}-add`)} />
        ) : (
          <RecordForm collection={collection} initial={blank(world, collection)} world={world} idBase={`${base}-new`} onCommit={onCommit} onClose={close(`${base}-add`)} />
        ))}
    </div>
  );
}

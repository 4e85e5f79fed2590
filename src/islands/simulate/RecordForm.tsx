/**
 * The form for one record of the world (a tenant, a partnership, a subscription...), generated from the
 * engine's schema. Saving checks the whole world: problems show on their fields and nothing changes until it is valid.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import {
  adminRelationshipSchema, organisationSchema, partnershipSchema, resellerRelationshipSchema, subscriptionSchema, tenantSchema,
  transferRequestSchema, validateWorld, type Problem, type Schema, type World,
} from "../../engine/index.ts";
import { renameInWorld, type IdSpace } from "../../simulate/rename.ts";
import { addRecord, replaceRecord, type Collection } from "../../simulate/world-edit.ts";
import type { Change, Rename } from "../../stores/index.ts";
import { useSim } from "./context.ts";
import { problemText, shortPath } from "./labels.ts";
import { SchemaFields } from "./SchemaFields.tsx";

/** The schema of each list's records. */
export const recordSchemas: Readonly<Record<Collection, Schema<unknown>>> = {
  organisations: organisationSchema,
  tenants: tenantSchema,
  partnerships: partnershipSchema,
  resellerRelationships: resellerRelationshipSchema,
  adminRelationships: adminRelationshipSchema,
  subscriptions: subscriptionSchema,
  transferRequests: transferRequestSchema,
};

const spaces: Partial<Record<Collection, IdSpace>> = {
  organisations: "organisation", tenants: "tenant", subscriptions: "subscription", adminRelationships: "adminRelationship", transferRequests: "transferRequest",
};

/** What a form for the world commits: the next world, what changed, and an id that was renamed. */
export type CommitWorld = (world: World, change: Change, rename?: Rename) => void;

/** Moves problems of the record at `prefix` to the form's own paths ("$.tenants[2].country" → "$.country"). */
export function localProblems(problems: readonly Problem[], prefix: string): { own: Problem[]; rest: Problem[] } {
  const own: Problem[] = [];
  const rest: Problem[] = [];
  for (const p of problems) {
    if (p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`)) own.push({ ...p, path: `$${p.path.slice(prefix.length)}` });
    else rest.push(p);
  }
  return { own, rest };
}

/** Adds or edits one record; `index` is absent for a new record. */
export function RecordForm(props: {
  readonly collection: Collection;
  readonly index?: number | undefined;
  readonly initial: Readonly<Record<string, unknown>>;
  readonly world: World;
  readonly idBase: string;
  readonly onCommit: CommitWorld;
  readonly onClose: () => void;
}) {
  const { tr } = useSim();
  const { collection, index, world, idBase } = props;
  const [value, setValue] = useState<Record<string, unknown>>({ ...props.initial });
  const [problems, setProblems] = useState<{ own: Problem[]; rest: Problem[] }>({ own: [], rest: [] });
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>("input, select")?.focus(), []);
  const save = () => {
    const at = index ?? world[collection].length;
    const item = value as never;
    let next = index === undefined ? addRecord(world, collection, item) : replaceRecord(world, collection, index, item);
    const space = spaces[collection];
    const from = props.initial["id"];
    const to = value["id"];
    const rename = index !== undefined && space && typeof from === "string" && typeof to === "string" && from !== to ? { space, from, to } : undefined;
    if (rename) next = renameInWorld(next, rename.space, rename.from, rename.to);
    const checked = validateWorld(next);
    if (!checked.ok) {
      setProblems(localProblems(checked.problems, `$.${collection}[${at}]`));
      return;
    }
    const id = typeof to === "string" ? to : recordPair(value);
    props.onCommit(checked.value, { key: index === undefined ? "change.addRecord" : "change.editRecord", params: { record: `record.${collection}`, id } }, rename);
    props.onClose();
  };
  return (
    <form ref={form} class="sim-form sim-record-form" onSubmit={(e) => (e.preventDefault(), save())}>
      <SchemaFields node={recordSchemas[collection]} value={value} onChange={setValue} path="$" idBase={idBase} problems={problems.own} world={world} />
      {problems.own.length + problems.rest.length > 0 && (
        <div class="sim-problems" role="alert">
          <p>{tr.ui("form.notSaved")}</p>
          <ul>
            {[...problems.own, ...problems.rest].map((p) => <li>{shortPath(p.path) && <code>{shortPath(p.path)}</code>} {problemText(tr, p)}</li>)}
          </ul>
        </div>
      )}
      <div class="sim-actions">
        <button type="submit" class="sim-button sim-button--primary">{tr.ui(index === undefined ? "form.add" : "form.save")}</button>
        <button type="button" class="sim-button" onClick={props.onClose}>{tr.ui("form.cancel")}</button>
      </div>
    </form>
  );
}

/** "A → B" for the records that are a pair of tenants. */
export function recordPair(r: Readonly<Record<string, unknown>>): string {
  const pair = [r["provider"] ?? r["partner"], r["reseller"] ?? r["customer"]].filter((x) => typeof x === "string");
  return pair.join(" → ");
}

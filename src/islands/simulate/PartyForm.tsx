/**
 * The quick form for a new organisation: what it is (direct-bill partner, indirect provider, indirect
 * reseller, customer or Microsoft), its id and name, and where its tenant lives. It adds the organisation
 * and its main tenant in one step; both can be edited in detail afterwards.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { clouds, enrolmentStatuses, validateWorld, type Cloud, type Problem, type World } from "../../engine/index.ts";
import { freeId } from "../../simulate/next-id.ts";
import { partyKinds, partyRecords, type PartyInput } from "../../simulate/party.ts";
import { addRecord } from "../../simulate/world-edit.ts";
import { useSim } from "./context.ts";
import { fieldLabel, optionLabel, problemText } from "./labels.ts";
import type { CommitWorld } from "./RecordForm.tsx";

const prefixes: Readonly<Record<PartyInput["kind"], string>> = {
  "direct-bill": "DB", "indirect-provider": "P", "indirect-reseller": "R", customer: "C", microsoft: "MS",
};

function fieldOf(path: string): string {
  if (/\.enrolments\[\d+\]\.status$/.test(path)) return "status";
  if (/\.mpnLocations/.test(path)) return "country";
  if (/\.agreements/.test(path)) return "region";
  return /\.(\w+)$/.exec(path)?.[1] ?? "";
}

/** Adds a party: an organisation and its main tenant. */
export function PartyForm(props: { readonly world: World; readonly asOf: string; readonly idBase: string; readonly onCommit: CommitWorld; readonly onClose: () => void }) {
  const { tr } = useSim();
  const { world, idBase } = props;
  const taken = () => [...world.organisations.map((o) => o.id), ...world.tenants.map((t) => t.id)];
  const [input, setInput] = useState<PartyInput>({
    kind: "indirect-reseller", id: freeId(taken(), "R"), name: "", country: world.tenants[0]?.country ?? "FR", region: world.tenants[0]?.region ?? "europe",
    cloud: "commercial", status: "active", mpa: true,
  });
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>("select")?.focus(), []);
  const partner = input.kind !== "customer" && input.kind !== "microsoft";
  const set = (patch: Partial<PartyInput>) => setInput({ ...input, ...patch });
  const id = (name: string) => `${idBase}-party-${name}`;
  const errorsOf = (name: string) => problems.filter((p) => fieldOf(p.path) === name || (p.key === "problem.required" && p.params["field"] === name));
  const described = (name: string) => (errorsOf(name).length > 0 ? { "aria-describedby": `${id(name)}-error`, "aria-invalid": true } : {});
  const errors = (name: string) => {
    const list = errorsOf(name);
    return list.length > 0 && <ul id={`${id(name)}-error`} class="sim-field__errors">{list.map((p) => <li>{problemText(tr, p)}</li>)}</ul>;
  };
  const text = (name: "id" | "name" | "country" | "region", extra: Record<string, unknown> = {}) => (
    <div class="sim-field">
      <label for={id(name)}>{name === "name" ? tr.ui("form.optional", { label: fieldLabel(tr, name) }) : fieldLabel(tr, name)}</label>
      <input
        id={id(name)} type="text" autoComplete="off" spellcheck={false} value={input[name]} {...extra} {...described(name)}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          set({ [name]: name === "country" ? raw.toUpperCase() : raw });
        }}
      />
      {errors(name)}
    </div>
  );
  const save = () => {
    const { organisation, tenant } = partyRecords(input, props.asOf);
    const withOrg = addRecord(world, "organisations", organisation);
    const checked = validateWorld(tenant ? addRecord(withOrg, "tenants", tenant) : withOrg);
    if (!checked.ok) return setProblems(checked.problems);
    props.onCommit(checked.value, { key: "change.addParty", params: { id: input.id } });
    props.onClose();
  };
  const unplaced = problems.filter((p) => !["id", "name", "country", "region", "cloud", "status"].includes(fieldOf(p.path)) && p.key !== "problem.required");
  return (
    <form ref={form} class="sim-form sim-record-form" onSubmit={(e) => (e.preventDefault(), save())}>
      <div class="sim-field">
        <label for={id("kind")}>{tr.ui("party.kind")}</label>
        <select id={id("kind")} value={input.kind} onChange={(e) => {
          const kind = (e.currentTarget as HTMLSelectElement).value as PartyInput["kind"];
          const suggested = Object.values(prefixes).some((p) => new RegExp(`^${p}\\d+$`).test(input.id));
          set({ kind, ...(suggested ? { id: freeId(taken(), prefixes[kind]) } : {}) });
        }}>
          {partyKinds.map((k) => <option value={k}>{optionLabel(tr, "party", k)}</option>)}
        </select>
      </div>
      {text("id")}
      {text("name")}
      {input.kind !== "microsoft" && (
        <>
          {text("country", { maxLength: 2 })}
          {text("region", { list: "sim-regions" })}
          <div class="sim-field">
            <label for={id("cloud")}>{fieldLabel(tr, "cloud")}</label>
            <select id={id("cloud")} value={input.cloud} onChange={(e) => set({ cloud: (e.currentTarget as HTMLSelectElement).value as Cloud })}>
              {clouds.map((c) => <option value={c}>{optionLabel(tr, "cloud", c)}</option>)}
            </select>
          </div>
        </>
      )}
      {partner && (
        <>
          <div class="sim-field">
            <label for={id("status")}>{fieldLabel(tr, "status")}</label>
            <select id={id("status")} value={input.status} {...described("status")} onChange={(e) => set({ status: (e.currentTarget as HTMLSelectElement).value as PartyInput["status"] })}>
              {enrolmentStatuses.map((s) => <option value={s}>{optionLabel(tr, "status", s)}</option>)}
            </select>
            {errors("status")}
          </div>
          <div class="sim-field sim-field--check">
            <input type="checkbox" id={id("mpa")} checked={input.mpa} onChange={(e) => set({ mpa: (e.currentTarget as HTMLInputElement).checked })} />
            <label for={id("mpa")}>{tr.ui("party.mpa")}</label>
          </div>
        </>
      )}
      {unplaced.length > 0 && (
        <ul class="sim-problems" role="alert">{unplaced.map((p) => <li>{problemText(tr, p)}</li>)}</ul>
      )}
      <div class="sim-actions">
        <button type="submit" class="sim-button sim-button--primary">{tr.ui("party.add")}</button>
        <button type="button" class="sim-button" onClick={props.onClose}>{tr.ui("form.cancel")}</button>
      </div>
    </form>
  );
}

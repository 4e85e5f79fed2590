/**
 * Where a situation starts and goes: a preset to open, the date whose rules apply, the share link, and
 * scenario files to export and import. A bad file shows its problems and leaves the world as it was.
 */
import { useStore } from "@nanostores/preact";
import { useRef, useState } from "preact/hooks";
import { scenarioOf } from "../../simulate/doc.ts";
import type { PresetId } from "../../simulate/presets/index.ts";
import { readScenarioFile, scenarioFileName, scenarioFileText } from "../../simulate/scenario-file.ts";
import { encodeShare } from "../../simulate/share.ts";
import { $asOf, $doc, openScenario, setAsOf } from "../../stores/index.ts";
import { useSim } from "./context.ts";
import { ProblemBox, type Notice } from "./ProblemBox.tsx";

/** The start bar. */
export function StartBar(props: {
  readonly presetIds: readonly PresetId[];
  readonly onPreset: (id: PresetId) => void;
  readonly notice: Notice | undefined;
  readonly onNotice: (notice: Notice | undefined) => void;
}) {
  const { tr } = useSim();
  const asOf = useStore($asOf);
  const [preset, setPreset] = useState<PresetId>(props.presetIds[0] ?? "empty");
  const [status, setStatus] = useState("");
  const typedFrom = useRef<string | undefined>(undefined);
  const copy = async () => {
    try {
      const link = new URL(`${location.pathname}#s=${await encodeShare(scenarioOf($doc.get(), $asOf.get()))}`, location.href);
      await navigator.clipboard.writeText(link.href);
      setStatus(tr.ui("share.copied"));
    } catch {
      setStatus(tr.ui("share.copyFailed"));
    }
  };
  const exportFile = () => {
    const doc = $doc.get();
    const text = scenarioFileText(scenarioOf(doc, $asOf.get()), new URL("/schemas/scenario-v1.schema.json", location.href).href);
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = scenarioFileName(doc.title);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(tr.ui("share.exported", { file: link.download }));
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await readScenarioFile(file);
    input.value = "";
    if (!result.ok) return props.onNotice({ title: "notice.importFailed", problems: result.problems });
    props.onNotice(undefined);
    openScenario(result.scenario, { key: "change.import", params: { file: file.name } });
    setStatus(tr.ui("share.imported", { file: file.name }));
  };
  return (
    <section class="sim-panel sim-start" aria-labelledby="sim-start-heading" id="sim-start">
      <h2 id="sim-start-heading">{tr.ui("start.heading")}</h2>
      <div class="sim-start__row">
        <form class="sim-start__preset" onSubmit={(e) => (e.preventDefault(), props.onPreset(preset))}>
          <div class="sim-field">
            <label for="sim-preset">{tr.ui("start.preset")}</label>
            <select id="sim-preset" value={preset} onChange={(e) => setPreset((e.currentTarget as HTMLSelectElement).value as PresetId)}>
              {props.presetIds.map((id) => <option value={id}>{tr.text(`preset.${id}`)}</option>)}
            </select>
          </div>
          <button type="submit" class="sim-button">{tr.ui("start.open")}</button>
        </form>
        <div class="sim-field">
          <label for="sim-as-of">{tr.ui("start.asOf")}</label>
          <input
            id="sim-as-of"
            type="date"
            value={asOf}
            aria-describedby="sim-as-of-hint"
            onFocus={() => (typedFrom.current = $asOf.get())}
            onBlur={() => (typedFrom.current = undefined)}
            onChange={(e) => setAsOf((e.currentTarget as HTMLInputElement).value, typedFrom.current)}
          />
          <p id="sim-as-of-hint" class="sim-muted">{tr.ui("start.asOfHint")}</p>
        </div>
      </div>
      <div class="sim-start__row sim-actions">
        <button type="button" class="sim-button" onClick={copy}>{tr.ui("share.copy")}</button>
        <button type="button" class="sim-button" onClick={exportFile}>{tr.ui("share.export")}</button>
        <div class="sim-field sim-field--file">
          <label for="sim-import">{tr.ui("share.import")}</label>
          <input id="sim-import" type="file" accept=".json,application/json" onChange={(e) => importFile(e.currentTarget as HTMLInputElement)} />
        </div>
      </div>
      <p class="sim-muted" role="status">{status}</p>
      {props.notice && <ProblemBox notice={props.notice} onClose={() => props.onNotice(undefined)} />}
    </section>
  );
}

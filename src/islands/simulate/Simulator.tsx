/**
 * The relationship simulator: the root of the island. It provides the texts, opens the first situation
 * (a shared link, ?preset=<id>, the role the decision tool recommended, or the default preset), keeps the
 * address's #s= fragment in step with the world, and lays out the panels.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { validateScenario } from "../../engine/index.ts";
import type { Locale } from "../../i18n/locales.ts";
import { scenarioOf } from "../../simulate/doc.ts";
import type { Preset, PresetId } from "../../simulate/presets/index.ts";
import { decodeShare, encodeShare } from "../../simulate/share.ts";
import { createTranslator, type Catalog } from "../../simulate/translator.ts";
import { $asOf, $doc, $history, openScenario, readChosenRole } from "../../stores/index.ts";
import { ActionPanel } from "./ActionPanel.tsx";
import { Sim, type SourceLink } from "./context.ts";
import { Diagram } from "./Diagram.tsx";
import { HistoryList } from "./HistoryList.tsx";
import type { Notice } from "./ProblemBox.tsx";
import { StartBar } from "./StartBar.tsx";
import { WhatIfPanel } from "./WhatIfPanel.tsx";
import { WorldPanel } from "./WorldPanel.tsx";

/** What the page passes to the simulator. */
export type SimulatorProps = {
  readonly locale: Locale;
  readonly ui: Catalog;
  readonly messages: Catalog;
  readonly sources: Readonly<Record<string, SourceLink>>;
  readonly presets: readonly Preset[];
  readonly defaultPreset: PresetId;
};

const regions = ["europe", "united-states", "canada", "latin-america", "brazil", "asia-pacific", "japan", "india", "middle-east-and-africa", "china"];

let opened = false;

/** The simulator. */
export function Simulator(props: SimulatorProps) {
  const tr = useMemo(() => createTranslator(props.locale, props.ui, props.messages), [props.locale, props.ui, props.messages]);
  const context = useMemo(() => ({ tr, sources: props.sources }), [tr, props.sources]);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const open = (id: PresetId, restart: boolean) => {
    const preset = props.presets.find((p) => p.id === id);
    if (!preset) return;
    const checked = validateScenario(preset.scenario);
    if (checked.ok) openScenario(checked.value, { key: "change.preset", params: { name: `preset.${id}` } }, { restart, suggestion: preset.suggestion });
  };
  // The server and the first render in the browser show the default preset, so hydration matches.
  if (!opened) {
    opened = true;
    open(props.defaultPreset, true);
  }
  useEffect(() => {
    let ready = false;
    const fromHash = async (restart: boolean) => {
      const text = /^#s=(.*)$/.exec(location.hash)?.[1];
      if (text === undefined) return false;
      const result = await decodeShare(text);
      if (result.ok) openScenario(result.scenario, { key: "change.link" }, { restart });
      else setNotice({ title: "notice.linkFailed", problems: result.problems });
      return true;
    };
    const start = async () => {
      if (!(await fromHash(true))) {
        const query = new URLSearchParams(location.search).get("preset");
        const role = readChosenRole();
        const chosen = props.presets.find((p) => p.id === query)?.id ?? (role ? (`decide-${role}` as PresetId) : undefined);
        if (chosen && chosen !== props.defaultPreset) open(chosen, true);
      }
      ready = true;
    };
    void start();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let written = location.hash;
    const write = () => {
      if (!ready) return;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        written = `#s=${await encodeShare(scenarioOf($doc.get(), $asOf.get()))}`;
        if (location.hash !== written) history.replaceState(history.state, "", `${location.pathname}${written}`);
      }, 250);
    };
    const stopHistory = $history.listen(write);
    const stopDate = $asOf.listen(write);
    const onHash = () => {
      if (location.hash !== written) void fromHash(false);
    };
    addEventListener("hashchange", onHash);
    return () => {
      stopHistory();
      stopDate();
      removeEventListener("hashchange", onHash);
      clearTimeout(timer);
    };
  }, []);
  return (
    <Sim.Provider value={context}>
      <div class="sim">
        <nav class="sim-jump" aria-label={tr.ui("jump.label")}>
          <ul>
            {(["start", "world", "diagram", "action", "history", "what-if"] as const).map((id) => (
              <li><a href={`#sim-${id}`}>{tr.text(`jump.${id}`)}</a></li>
            ))}
          </ul>
        </nav>
        <StartBar presetIds={props.presets.map((p) => p.id)} onPreset={(id) => open(id, false)} notice={notice} onNotice={setNotice} />
        <div class="sim-grid">
          <WorldPanel />
          <Diagram />
          <ActionPanel />
          <HistoryList />
          <WhatIfPanel />
        </div>
        <datalist id="sim-regions">
          {regions.map((r) => <option value={r} />)}
        </datalist>
      </div>
    </Sim.Provider>
  );
}

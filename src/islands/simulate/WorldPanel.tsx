/**
 * "The world": the editor of the starting world, which the history then plays on. When the history has
 * actions, the reader can make the world they led to the new start.
 */
import { useStore } from "@nanostores/preact";
import { $asOf, $doc, $played, $world, commit, editWorld } from "../../stores/index.ts";
import { useSim } from "./context.ts";
import { WorldEditor } from "./WorldEditor.tsx";

/** The world section. */
export function WorldPanel() {
  const { tr } = useSim();
  const doc = useStore($doc);
  const asOf = useStore($asOf);
  const played = useStore($played);
  const rebase = () => commit({ ...doc, world: $world.get(), actions: [] }, { key: "change.rebase" });
  return (
    <section class="sim-panel" aria-labelledby="sim-world-heading" id="sim-world">
      <h2 id="sim-world-heading">{tr.ui("world.heading")}</h2>
      <p class="sim-muted">{tr.ui(doc.actions.length > 0 ? "world.introHistory" : "world.intro")}</p>
      {played.steps.some((s) => s.applied) && (
        <div class="sim-actions">
          <button type="button" class="sim-button" onClick={rebase}>{tr.ui("world.rebase")}</button>
        </div>
      )}
      <WorldEditor world={doc.world} asOf={asOf} idBase="sim-world" onCommit={editWorld} />
    </section>
  );
}

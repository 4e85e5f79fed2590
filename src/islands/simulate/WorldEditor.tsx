/**
 * The world editor: every list of the world (organisations, tenants, partnerships, reseller and admin
 * relationships, subscriptions, transfer requests) with forms to add, edit and remove records. It edits
 * the starting world, or the what-if copy when given that one.
 */
import type { World } from "../../engine/index.ts";
import { collections } from "../../simulate/world-edit.ts";
import type { CommitWorld } from "./RecordForm.tsx";
import { RecordList } from "./RecordList.tsx";

/** The lists of a world, each with its forms. */
export function WorldEditor(props: {
  readonly world: World;
  readonly asOf: string;
  readonly idBase: string;
  readonly onCommit: CommitWorld;
  readonly headingLevel?: 3 | 4;
}) {
  return (
    <div class="sim-world">
      {collections.map((c) => (
        <RecordList key={c} collection={c} world={props.world} asOf={props.asOf} idBase={props.idBase} onCommit={props.onCommit} headingLevel={props.headingLevel ?? 3} />
      ))}
    </div>
  );
}

/** What the link contained that the tool could not use, and whether it was made under older rules; all shown as text. */
import { ruleset } from "../../rules/ruleset.ts";
import type { DecodedAnswers } from "./answers-url.ts";
import type { Tx } from "./text.ts";
import { nodeById } from "./walk.ts";

type Props = { readonly tx: Tx; readonly resolved: DecodedAnswers; readonly asOf: string };

// A hand-made link can hold any number of unknown parts; the first few are named, the rest counted.
const shownIgnored = 5;

/** Notices about ignored parts of the link and its ruleset version. */
export function Notices({ tx, resolved: { ignored, version }, asOf: date }: Props) {
  return (
    <>
      {ignored.length > 0 && (
        <div class="decide-notice" role="note">
          <p class="decide-notice__title">{tx("notice.title")}</p>
          <ul>
            {ignored.slice(0, shownIgnored).map((part, i) => (
              <li key={i}>
                {part.kind === "question"
                  ? tx("notice.question", { key: part.key })
                  : tx("notice.answer", { answer: part.answer, question: tx(nodeById(part.question)?.question ?? "tool.title") })}
              </li>
            ))}
          </ul>
          {ignored.length > shownIgnored && <p>{tx("notice.more", { count: ignored.length - shownIgnored })}</p>}
        </div>
      )}
      {version.kind === "older" && (
        <div class="decide-notice" role="note">
          <p class="decide-notice__title">{tx("notice.olderTitle")}</p>
          <p>{tx("notice.older", { old: version.version, current: ruleset.version, date })}</p>
        </div>
      )}
      {version.kind === "unknown" && (
        <div class="decide-notice" role="note">
          <p>{tx("notice.unknownVersion", { version: version.given, date })}</p>
        </div>
      )}
    </>
  );
}

/**
 * What the decision tool's islands receive from their pages: only the strings and data each can need,
 * prepared at build time (src/components/decide/island-props.ts), so that the browser loads neither the
 * message catalogs nor the rule catalog.
 *
 *   step:   { locale: "pl", node: "months", text: { "q.months": "…" }, endings: { "months/under-12": "not-yet" }, … }
 *   result: { locale: "pl", outcome: "not-yet", text: { … }, messages: { "advice.fit.newcomer": "…" },
 *             rules: { R5: { title: "…", href: "/pl/guides/indirect-resellers/#moving-to-direct-bill" } }, … }
 */
import type { Message } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { DecideKey } from "../../i18n/decide/en.ts";
import type { OutcomeId } from "../../rules/decision-tree.ts";
import type { Endings } from "./resolve.ts";

/** A rule as the result shows it: its title in the reader's language and the guide section that explains it. */
export type RuleLink = { readonly title: string; readonly href: string };

/** What both islands receive. */
export type CommonProps = {
  readonly locale: Locale;
  /** The tool's strings the island shows, in the page's locale. */
  readonly text: Readonly<Partial<Record<DecideKey, Message>>>;
  /** The date the rules are as of, written the locale's way. */
  readonly asOf: string;
};

/** The props of a question page's island. */
export type StepProps = CommonProps & {
  readonly node: string;
  readonly siteName: string;
  readonly endings: Endings;
};

/** The props of a result page's island. */
export type ResultProps = CommonProps & {
  readonly outcome: OutcomeId;
  /** The engine's messages recommendRole can return on any path, in the page's locale. */
  readonly messages: Readonly<Record<string, Message>>;
  readonly rules: Readonly<Record<string, RuleLink>>;
  /** The day the direct-bill revenue floor changed, written the locale's way. */
  readonly floorChanged: string;
};

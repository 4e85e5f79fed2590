/** Turning the islands' string props into text: the tool's own strings by key, and the engine's message references. */
import { formatMessage, type Message, type MessageParams } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { DecideKey } from "../../i18n/decide/en.ts";
import type { DecisionNode } from "../../rules/decision-tree.ts";

/** The tool's strings for one locale. */
export type Tx = (key: DecideKey, params?: MessageParams) => string;

/** A message reference from the engine ({ key, params }) as text. */
export type Say = (ref: { readonly key: string; readonly params: MessageParams }) => string;

type Strings = Readonly<Partial<Record<string, Message>>>;

// A key without a string shows as itself, so that a missing string is visible and tests catch it.
const format = (locale: Locale, strings: Strings, key: string, params?: MessageParams) => formatMessage(locale, strings[key] ?? key, params);

/** The tool's strings by key. */
export const textOf = (locale: Locale, text: Strings): Tx => (key, params) => format(locale, text, key, params);

/** The engine's messages by reference. */
export const sayOf = (locale: Locale, messages: Strings): Say => (ref) => format(locale, messages, ref.key, ref.params);

/** The title of a question's page: its short topic, then the tool's name ("Customer regions · Role finder"). */
export const stepTitle = (tx: Tx, node: DecisionNode): string => tx("step.title", { topic: tx(node.topic), tool: tx("tool.short") });

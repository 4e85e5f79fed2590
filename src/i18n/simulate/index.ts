/** The simulator's interface strings for every locale. */
import type { Message } from "../format.ts";
import type { Locale } from "../locales.ts";
import { de } from "./de.ts";
import { en, type SimKey } from "./en.ts";
import { pl } from "./pl.ts";

export type { SimKey };

/** Every locale's simulator strings. */
export const simStrings: Readonly<Record<Locale, Readonly<Record<SimKey, Message>>>> = { en, pl, de };

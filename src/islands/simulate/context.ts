/**
 * What every part of the simulator reads from the page: the translator and the static data passed down
 * as props (the rules' sources), shared through one Preact context.
 */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Translator } from "../../simulate/translator.ts";

/** A public source a rule rests on. */
export type SourceLink = { readonly title: string; readonly url: string };

/** The simulator's page-wide data. */
export type SimContext = { readonly tr: Translator; readonly sources: Readonly<Record<string, SourceLink>> };

/** The context; the root component provides it. */
export const Sim = createContext<SimContext | undefined>(undefined);

/** The simulator's page-wide data, inside the root component. */
export function useSim(): SimContext {
  const value = useContext(Sim);
  if (!value) throw new Error("useSim() outside <Simulator>");
  return value;
}

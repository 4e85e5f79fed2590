/**
 * The partner role the decision tool recommended to this reader, kept for the browser session so that
 * the guides, search and the simulator can start from it.
 *
 *   $chosenRole: "indirect-reseller" | "indirect-provider" | "direct-bill" | undefined
 */
import { atom, onMount } from "nanostores";
import { readChosenRole, writeChosenRole, type ChosenRole } from "./role-storage.ts";

export { chosenRoles, isChosenRole, readChosenRole, type ChosenRole } from "./role-storage.ts";

/** The role recommended to this reader in this session, if any. */
export const $chosenRole = atom<ChosenRole | undefined>(undefined);

onMount($chosenRole, () => {
  $chosenRole.set(readChosenRole());
});

/** Remembers the role the reader was recommended (or forgets it with undefined). */
export function chooseRole(role: ChosenRole | undefined): void {
  $chosenRole.set(role);
  writeChosenRole(role);
}

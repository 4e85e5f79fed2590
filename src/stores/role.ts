/**
 * The partner role the decision tool recommended to this reader, kept for the browser session so that
 * the guides, search and the simulator can start from it.
 *
 *   $chosenRole: "indirect-reseller" | "indirect-provider" | "direct-bill" | undefined
 */
import { atom, onMount } from "nanostores";

/** The roles the decision tool can recommend. */
export const chosenRoles = ["direct-bill", "indirect-provider", "indirect-reseller"] as const;

/** One role the decision tool can recommend. */
export type ChosenRole = (typeof chosenRoles)[number];

const storageKey = "partner-paths:role";

/** Whether a value is a role the decision tool can recommend. */
export function isChosenRole(value: unknown): value is ChosenRole {
  return typeof value === "string" && (chosenRoles as readonly string[]).includes(value);
}

/** Reads the stored role without loading the store, for scripts that must stay tiny. */
export function readChosenRole(): ChosenRole | undefined {
  try {
    const stored = sessionStorage.getItem(storageKey);
    return isChosenRole(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** The role recommended to this reader in this session, if any. */
export const $chosenRole = atom<ChosenRole | undefined>(undefined);

onMount($chosenRole, () => {
  $chosenRole.set(readChosenRole());
});

/** Remembers the role the reader was recommended (or forgets it with undefined). */
export function chooseRole(role: ChosenRole | undefined): void {
  $chosenRole.set(role);
  try {
    if (role) sessionStorage.setItem(storageKey, role);
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Without session storage the role lasts as long as the page.
  }
}

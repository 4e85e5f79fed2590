/**
 * Where the recommended role is kept for the session, readable without loading nanostores, so that small
 * scripts (search) can offer "relevant to my role" without the store's weight.
 */

/** The roles the decision tool can recommend. */
export const chosenRoles = ["direct-bill", "indirect-provider", "indirect-reseller"] as const;

/** One role the decision tool can recommend. */
export type ChosenRole = (typeof chosenRoles)[number];

/** The sessionStorage key the role is kept under. */
export const roleStorageKey = "partner-paths:role";

/** Whether a value is a role the decision tool can recommend. */
export function isChosenRole(value: unknown): value is ChosenRole {
  return typeof value === "string" && (chosenRoles as readonly string[]).includes(value);
}

/** The role stored for this session, if any. */
export function readChosenRole(): ChosenRole | undefined {
  try {
    const stored = sessionStorage.getItem(roleStorageKey);
    return isChosenRole(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores (or, with undefined, forgets) the role for this session, and marks <html data-role> as the before-paint
 * script does on the next page, so that what CSS shows for the role follows on this page too.
 */
export function writeChosenRole(role: ChosenRole | undefined): void {
  if (role) document.documentElement.dataset["role"] = role;
  else delete document.documentElement.dataset["role"];
  try {
    if (role) sessionStorage.setItem(roleStorageKey, role);
    else sessionStorage.removeItem(roleStorageKey);
  } catch {
    // Without session storage the role lasts as long as the page.
  }
}

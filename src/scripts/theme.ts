/** The reader's theme choice, remembered in localStorage and applied as <html data-theme>. */

/** The localStorage key of the choice; before-paint-script.ts reads it too. */
export const themeStorageKey = "theme";

/** The themes a reader can pick; "auto" follows the operating system. */
export const themeChoices = ["auto", "light", "dark"] as const;

/** One theme choice. */
export type ThemeChoice = (typeof themeChoices)[number];

/** Whether a value is a theme choice. */
export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === "string" && (themeChoices as readonly string[]).includes(value);
}

/** The remembered choice, or "auto" when none was made or storage is unavailable. */
export function readTheme(): ThemeChoice {
  try {
    const stored = localStorage.getItem(themeStorageKey);
    return isThemeChoice(stored) ? stored : "auto";
  } catch {
    return "auto";
  }
}

/** Applies a choice to the page and remembers it. */
export function writeTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === "auto") delete root.dataset["theme"];
  else root.dataset["theme"] = choice;
  try {
    if (choice === "auto") localStorage.removeItem(themeStorageKey);
    else localStorage.setItem(themeStorageKey, choice);
  } catch {
    // Private browsing can refuse storage; the choice still applies to this page.
  }
}

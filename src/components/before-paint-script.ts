/**
 * The inline script every page runs in <head>, before the first paint:
 * - it marks <html data-js>, so CSS shows the controls that need JavaScript (the search button, the theme picker,
 *   the search page's field) from the start instead of their modules swapping them in and moving the layout;
 * - it applies the reader's remembered theme, so a dark-theme reader never sees a light flash. With no stored
 *   choice the CSS follows prefers-color-scheme.
 * Astro's CSP does not hash inline scripts set from a string, so astro.config.mjs hashes this text and allows exactly it.
 */
import { themeChoices, themeStorageKey } from "../scripts/theme.ts";

// The choices that are stored; "auto" is the absence of one.
const storedThemes = themeChoices.filter((choice) => choice !== "auto");

/** The script's text. */
export const beforePaintScript = `document.documentElement.dataset.js="";try{const t=localStorage.getItem(${JSON.stringify(themeStorageKey)});if(${JSON.stringify(storedThemes)}.includes(t))document.documentElement.dataset.theme=t}catch{}`;

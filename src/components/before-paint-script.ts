/**
 * The inline script every page runs in <head>, before the first paint:
 * - it marks <html data-js>, so CSS shows the controls that need JavaScript (the search button, the theme picker,
 *   the search page's field) from the start instead of their modules swapping them in and moving the layout;
 * - it applies the reader's remembered theme, so a dark-theme reader never sees a light flash. With no stored
 *   choice the CSS follows prefers-color-scheme;
 * - it marks <html data-role> with the role the decision tool recommended this session, so CSS shows a guide's
 *   note for that role (RoleNote.astro) and search's "only my role" filter from the start.
 * Astro's CSP does not hash inline scripts set from a string, so astro.config.mjs hashes this text and allows exactly it.
 */
import { themeChoices, themeStorageKey } from "../scripts/theme.ts";
import { chosenRoles, roleStorageKey } from "../stores/role-storage.ts";

// The choices that are stored; "auto" is the absence of one.
const storedThemes = themeChoices.filter((choice) => choice !== "auto");

const root = "document.documentElement.dataset";

/** The script's text. Storage can throw (blocked cookies), hence one try for each store. */
export const beforePaintScript = [
  `${root}.js=""`,
  `try{const t=localStorage.getItem(${JSON.stringify(themeStorageKey)});if(${JSON.stringify(storedThemes)}.includes(t))${root}.theme=t}catch{}`,
  `try{const r=sessionStorage.getItem(${JSON.stringify(roleStorageKey)});if(${JSON.stringify(chosenRoles)}.includes(r))${root}.role=r}catch{}`,
].join(";");

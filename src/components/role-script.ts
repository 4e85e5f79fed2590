/**
 * The inline script that marks <html data-role> with the role the decision tool recommended this session,
 * so that CSS can show the matching note on a guide (RoleNote.astro) before the first paint. Astro's CSP does
 * not hash inline scripts, so astro.config.mjs hashes this text and allows exactly it.
 */
import { chosenRoles, roleStorageKey } from "../stores/role-storage.ts";

/** The script's text. */
export const roleScript = `try{const r=sessionStorage.getItem(${JSON.stringify(roleStorageKey)});if(${JSON.stringify(chosenRoles)}.includes(r))document.documentElement.dataset.role=r}catch{}`;

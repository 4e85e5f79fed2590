/**
 * The part of search every page loads: the header button, Ctrl+K / Cmd+K and "/". It opens the dialog at once
 * and only then loads the search interface (and through it Pagefind), so reading a page costs almost no script.
 * On the search page, where the panel is part of the page, the same keys put focus in its field.
 */
const dialog = document.querySelector<HTMLDialogElement>("dialog[data-search-dialog]");
const panel = document.querySelector<HTMLElement>("[data-search-panel]");
let returnTo: Element | null = null;

function open(): void {
  if (!panel) return;
  if (dialog && !dialog.open) {
    returnTo = document.activeElement;
    dialog.returnValue = "";
    dialog.showModal();
  }
  const field = panel.querySelector("input");
  field?.focus();
  field?.select();
  // The dialog's script waits inert in a template; a copy in the document runs. No dynamic import() here:
  // Vite would add its 1 KB module-preload helper to every page.
  const script = document.querySelector<HTMLTemplateElement>("template[data-search-script]");
  if (script) document.body.append(script.content.cloneNode(true));
  script?.remove();
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener("keydown", (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const mod = event.ctrlKey || event.metaKey;
  if ((mod && event.key.toLowerCase() === "k" && !event.shiftKey) || (!mod && event.key === "/" && !typing(event.target))) {
    event.preventDefault();
    open();
  }
});

if (dialog) {
  dialog.addEventListener("close", () => {
    if (dialog.returnValue !== "go" && returnTo instanceof HTMLElement) returnTo.focus();
    returnTo = null;
  });
  // Clicking the backdrop closes the dialog where the closedby attribute is not supported yet. The press must
  // start on the backdrop too, so that selecting text in the field and releasing outside keeps it open.
  if (!("closedBy" in HTMLDialogElement.prototype)) {
    let pressed: EventTarget | null = null;
    dialog.addEventListener("pointerdown", (event) => (pressed = event.target));
    dialog.addEventListener("click", (event) => {
      if (event.target === dialog && pressed === dialog) dialog.close();
    });
  }
}

for (const button of document.querySelectorAll<HTMLElement>("[data-search-open]")) button.addEventListener("click", open);
if (/Mac|iPhone|iPad/.test(navigator.userAgent)) {
  for (const key of document.querySelectorAll("[data-search-mod]")) key.textContent = "⌘";
}

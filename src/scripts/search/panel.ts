/**
 * The search interface, bound to a panel rendered by SearchPanel.astro (in the header's dialog, or inline on
 * the search page). Loaded only when the reader first opens search. The field is a combobox over a listbox
 * of results: each page, then its sub-results that link straight to the matching heading.
 */
import { readChosenRole } from "../../stores/role-storage.ts";
import type { SearchStrings } from "../../components/search/search-strings.ts";
import { appendExcerpt } from "./excerpt.ts";
import { statusText } from "./status.ts";
import { interleaveByLanguage } from "./interleave.ts";
import { letterVariants, mergeVariantResults } from "./variants.ts";
import { languagesMerged, loadPagefind, mergeLanguages, type Pagefind, type PagefindPage } from "./pagefind.ts";

const pageSize = 10;
const subResultsPerPage = 3;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Makes a rendered search panel work; binding the same panel twice does nothing. */
export function bindPanel(root: HTMLElement): void {
  if (root.dataset["bound"]) return;
  root.dataset["bound"] = "true";
  const s = JSON.parse(root.dataset["strings"] ?? "{}") as SearchStrings;
  const find = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  const input = find<HTMLInputElement>("[role=combobox]");
  const list = find<HTMLElement>("[role=listbox]");
  const status = find<HTMLElement>("[role=status]");
  const all = find<HTMLInputElement>("[name=all]");
  const type = find<HTMLSelectElement>("[name=type]");
  const role = find<HTMLSelectElement>("[name=role]");
  const mine = find<HTMLInputElement>("[name=mine]");
  const more = find<HTMLButtonElement>("[data-search-more]");
  const dialog = root.closest("dialog");
  const others = Object.keys(s.langs).filter((code) => code !== s.locale);

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let shown = pageSize;
  let running = false;
  let again = false;

  function filters(): Record<string, string> {
    const result: Record<string, string> = {};
    // The "only my role" box is shown only while a role is chosen (CSS, from <html data-role>).
    const roleValue = mine.checked ? readChosenRole() : role.value;
    if (type.value) result["type"] = type.value;
    if (roleValue) result["role"] = roleValue;
    if (languagesMerged() && !all.checked) result["lang"] = s.locale;
    return result;
  }

  // The filter choices come from the index, so page types added later (decision outcomes) appear by themselves.
  function fillFilter(select: HTMLSelectElement, values: Record<string, number> | undefined, labels: Record<string, string>): void {
    const keep = select.value;
    const choices = Object.keys(values ?? {})
      .map((value) => ({ value, label: labels[value] ?? value }))
      .sort((a, b) => a.label.localeCompare(b.label, s.locale));
    select.replaceChildren(select.options[0]!, ...choices.map(({ value, label }) => new Option(label, value)));
    select.value = choices.some((c) => c.value === keep) ? keep : "";
    select.closest("label")!.hidden = choices.length === 0;
  }

  async function pagefind(): Promise<Pagefind> {
    const loaded = await loadPagefind();
    if (all.checked && !languagesMerged()) {
      await mergeLanguages(loaded, s.locale, others);
      await showFilters(loaded);
    }
    return loaded;
  }

  async function showFilters(loaded: Pagefind): Promise<void> {
    const available = await loaded.filters();
    fillFilter(type, available["type"], s.types);
    fillFilter(role, available["role"], s.roles);
  }

  function option(url: string, title: string, excerpt: string, lang: string, typeLabel?: string): HTMLAnchorElement {
    const link = element("a", typeLabel === undefined ? "search-result search-result--sub" : "search-result");
    link.href = url;
    link.id = `${list.id}-${options.length}`;
    link.tabIndex = -1;
    link.setAttribute("role", "option");
    link.setAttribute("aria-selected", "false");
    const text = element("span", "search-result__text");
    text.lang = lang;
    const excerptText = element("span", "search-result__excerpt");
    appendExcerpt(excerptText, excerpt);
    text.append(element("span", "search-result__title", title), excerptText);
    link.append(text);
    if (typeLabel) link.append(element("span", "search-result__tag", typeLabel));
    if (all.checked) link.append(element("span", "search-result__tag search-result__lang", s.langs[lang]));
    options.push(link);
    return link;
  }

  function render(pages: PagefindPage[], total: number, query: string): void {
    options = [];
    active = -1;
    const items = pages.flatMap((page) => {
      const lang = /^\/([\w-]+)\//.exec(page.url)?.[1] ?? "";
      const pageLang = lang in s.langs ? lang : s.locale;
      const subs = page.sub_results.filter((sub) => sub.url.includes("#")).slice(0, subResultsPerPage);
      const pageType = page.meta["type"] ?? "";
      return [
        option(page.url, page.meta["title"] ?? page.url, subs.length ? "" : page.excerpt, pageLang, s.types[pageType] ?? ""),
        ...subs.map((sub) => option(sub.url, sub.title, sub.excerpt, pageLang)),
      ];
    });
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
    input.removeAttribute("aria-activedescendant");
    status.textContent = statusText(s, total, query);
    more.hidden = total <= pages.length;
  }

  async function searchOnce(): Promise<void> {
    const query = input.value.trim();
    if (!query) return render([], 0, "");
    let loaded: Pagefind;
    const slow = setTimeout(() => (status.textContent = s.loading), 200);
    try {
      loaded = await pagefind();
    } finally {
      clearTimeout(slow);
    }
    // Polish pages are searched with ł for l too (see variants.ts); other languages need one search.
    const queries = s.locale === "pl" || all.checked ? letterVariants(query) : [query];
    const answers = await Promise.all(queries.map((variant) => loaded.search(variant, { filters: filters() })));
    if (again) return;
    const found = mergeVariantResults(answers.map((answer) => answer.results));
    const results = all.checked ? interleaveByLanguage(found, s.locale) : found;
    const pages = await Promise.all(results.slice(0, shown).map((result) => result.data()));
    if (!again) render(pages, results.length, query);
  }

  // One search at a time, always for the latest input: results follow typing without a fixed debounce,
  // and a burst of keystrokes costs at most one search beyond the one under way.
  async function run(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    list.setAttribute("aria-busy", "true");
    try {
      do {
        again = false;
        await searchOnce();
      } while (again);
    } catch {
      status.textContent = s.error;
    }
    running = false;
    list.setAttribute("aria-busy", "false");
  }

  function setActive(index: number): void {
    options[active]?.setAttribute("aria-selected", "false");
    active = index;
    const current = options[index];
    if (!current) return;
    current.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", current.id);
    current.scrollIntoView({ block: "nearest" });
  }

  input.addEventListener("input", () => {
    shown = pageSize;
    const query = input.value.trim();
    // While a search runs, fetch the index chunks the newest input needs.
    if (query) loadPagefind().then((loaded) => loaded.preload(query, { filters: filters() }), () => {});
    void run();
  });

  input.addEventListener("keydown", (event) => {
    const count = options.length;
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && count) {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === "Enter" && count && !event.isComposing) {
      event.preventDefault();
      (options[active] ?? options[0])!.click();
    } else if (event.key === "Escape" && !dialog && input.value) {
      input.value = "";
      void run();
    }
  });

  // Opening a result closes the dialog; "go" tells the opener not to move focus back to the button.
  list.addEventListener("click", (event) => {
    if (dialog && !(event.ctrlKey || event.metaKey || event.shiftKey)) dialog.close("go");
  });

  for (const control of [all, type, role, mine]) {
    control.addEventListener("change", () => {
      role.disabled = mine.checked;
      shown = pageSize;
      void run();
    });
  }

  more.addEventListener("click", async () => {
    const first = options.length;
    shown += pageSize;
    await run();
    input.focus();
    setActive(first);
  });

  loadPagefind().then(showFilters, () => {});
  if (input.value.trim()) void run();
}

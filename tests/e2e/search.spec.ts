import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { axeViolations } from "../support/axe.ts";
import { guideSlugs } from "../support/routes.ts";

/** What a reader of each locale sees; `heading` is the "Sources" heading every guide ends with. */
const locales = [
  {
    code: "en",
    open: "Search",
    dialog: "Search the guides",
    field: "Search terms",
    all: "Search all languages",
    heading: "Sources",
    results: "Search results",
    role: "Partner role",
    customer: "Customer",
    none: "No results for “qqzxqzx”",
    count: (n: number) => `${n} ${n === 1 ? "result" : "results"}`,
    languages: ["English", "Polish", "German"],
  },
  {
    code: "pl",
    open: "Szukaj",
    dialog: "Przeszukaj przewodniki",
    field: "Szukane słowa",
    all: "Szukaj we wszystkich językach",
    heading: "Źródła",
    results: "Wyniki wyszukiwania",
    role: "Rola partnera",
    customer: "Klient",
    none: "Brak wyników dla „qqzxqzx”",
    count: (n: number) => {
      const tens = n % 100;
      const form = n === 1 ? "wynik" : n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? "wyniki" : "wyników";
      return `${n} ${form}`;
    },
    languages: ["Angielski", "Polski", "Niemiecki"],
  },
  {
    code: "de",
    open: "Suchen",
    dialog: "Leitfäden durchsuchen",
    field: "Suchbegriffe",
    all: "In allen Sprachen suchen",
    heading: "Quellen",
    results: "Suchergebnisse",
    role: "Partnerrolle",
    customer: "Kunde",
    none: "Keine Ergebnisse für „qqzxqzx“",
    count: (n: number) => `${n} ${n === 1 ? "Ergebnis" : "Ergebnisse"}`,
    languages: ["Englisch", "Polnisch", "Deutsch"],
  },
] as const;

type Strings = (typeof locales)[number];

/** The guides of a locale whose frontmatter lists a partner role. */
function guidesWithRole(locale: string, role: string): string[] {
  const dir = fileURLToPath(new URL(`../../content/guides/${locale}/`, import.meta.url));
  return guideSlugs.filter((slug) => new RegExp(`^roles:.*\\b${role}\\b`, "m").test(readFileSync(`${dir}${slug}.md`, "utf8")));
}

function dialogOf(page: Page, s: Strings): Locator {
  return page.getByRole("dialog", { name: s.dialog });
}

/** Opens search with Ctrl+K, types a query and waits until results (or the no-results message) are shown. */
async function search(page: Page, s: Strings, query: string): Promise<Locator> {
  await page.keyboard.press("Control+k");
  const dialog = dialogOf(page, s);
  const field = dialog.getByRole("combobox", { name: s.field });
  await expect(field).toBeFocused();
  await field.pressSequentially(query);
  await expect(dialog.getByRole("status")).not.toBeEmpty();
  return dialog;
}

/** The results of a search: the options of its listbox (the filters' <option>s are not results). */
function resultsOf(scope: Locator, s: Strings): Locator {
  return scope.getByRole("listbox", { name: s.results }).getByRole("option");
}

/** The id the field points at as its active option, and that option. */
async function activeOption(dialog: Locator, s: Strings): Promise<Locator> {
  const id = await dialog.getByRole("combobox", { name: s.field }).getAttribute("aria-activedescendant");
  expect(id).toBeTruthy();
  return dialog.locator(`[id="${id}"]`);
}

for (const s of locales) {
  test.describe(`search in ${s.code}`, () => {
    test("opens with Ctrl+K, moves with the arrow keys and opens a sub-result at its heading", async ({ page }) => {
      await page.goto(`/${s.code}/guides/two-tier-model/`);
      const dialog = await search(page, s, s.heading);
      const options = resultsOf(dialog, s);
      await expect(options.nth(1)).toBeVisible();

      await page.keyboard.press("ArrowDown");
      await expect(options.first()).toHaveAttribute("aria-selected", "true");
      await page.keyboard.press("ArrowDown");
      await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
      await expect(options.first()).toHaveAttribute("aria-selected", "false");
      await page.keyboard.press("ArrowUp");
      await expect(options.first()).toHaveAttribute("aria-selected", "true");
      // Up from the first result wraps to the last.
      await page.keyboard.press("ArrowUp");
      await expect(options.last()).toHaveAttribute("aria-selected", "true");

      // Move down to the first sub-result that points at a heading.
      await page.keyboard.press("ArrowDown");
      let target = "";
      for (let i = 0; i < 10 && !target.includes("#"); i++) {
        await page.keyboard.press("ArrowDown");
        target = (await (await activeOption(dialog, s)).getAttribute("href")) ?? "";
      }
      expect(target).toMatch(new RegExp(`^/${s.code}/guides/[\\w-]+/#[\\w-]+$`));
      const chosen = (await (await activeOption(dialog, s)).textContent()) ?? "";

      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${target.replace(/[/#]/g, "\\$&")}$`));
      await expect(dialogOf(page, s)).toBeHidden();
      // The reader lands on the heading the sub-result named, scrolled into view.
      const heading = page.locator(`[id="${target.split("#")[1]}"]`);
      await expect(heading).toBeInViewport();
      expect(chosen).toContain((await heading.textContent())?.trim());
    });

    test("says in the reader's language how many pages were found, and when none were", async ({ page }) => {
      await page.goto(`/${s.code}/`);
      const dialog = await search(page, s, "qqzxqzx");
      await expect(dialog.getByRole("status")).toHaveText(s.none);
      await expect(resultsOf(dialog, s)).toHaveCount(0);

      // Every guide ends with the sources heading; narrowed to the customer role, a few guides remain.
      const forCustomers = guidesWithRole(s.code, "customer");
      expect(forCustomers.length).toBeGreaterThan(1);
      await dialog.getByRole("combobox", { name: s.field }).fill(s.heading);
      await expect(resultsOf(dialog, s).first()).toBeVisible();
      await dialog.getByRole("combobox", { name: s.role }).selectOption({ label: s.customer });
      const pages = dialog.locator("[role=option]:not([href*='#'])");
      await expect(pages).toHaveCount(forCustomers.length);
      await expect(dialog.getByRole("status")).toHaveText(s.count(forCustomers.length));
    });

    test("searches every language when asked, marking each result with its language", async ({ page }) => {
      await page.goto(`/${s.code}/guides/two-tier-model/`);
      const dialog = await search(page, s, "Microsoft");
      const options = resultsOf(dialog, s);
      await expect(options.first()).toBeVisible();
      // By default only the reader's language is searched.
      for (const href of await options.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
        expect(href).toMatch(new RegExp(`^/${s.code}/`));
      }

      await dialog.getByRole("checkbox", { name: s.all }).check();
      const codes = ["en", "pl", "de"] as const;
      for (const [i, code] of codes.entries()) {
        const result = dialog.locator(`[role=option][href^="/${code}/"]`);
        await expect(result.first()).toBeVisible();
        await expect(result.first()).toContainText(s.languages[i]!);
        await expect(result.first().locator(`[lang="${code}"]`)).not.toBeEmpty();
      }

      await dialog.getByRole("checkbox", { name: s.all }).uncheck();
      await expect(options.first()).toHaveAttribute("href", new RegExp(`^/${s.code}/`));
      await expect(page.locator(`[role=option]:not([href^="/${s.code}/"])`)).toHaveCount(0);
    });

    test("Escape closes search and gives focus back to the button that opened it", async ({ page }) => {
      await page.goto(`/${s.code}/guides/multichannel/`);
      const button = page.getByRole("banner").getByRole("button", { name: s.open });
      await button.focus();
      await page.keyboard.press("Enter");
      await expect(dialogOf(page, s).getByRole("combobox", { name: s.field })).toBeFocused();
      await page.keyboard.type("partner");
      await page.keyboard.press("Escape");
      await expect(dialogOf(page, s)).toBeHidden();
      await expect(button).toBeFocused();
    });
  });
}

test("Polish search ignores diacritics: zrodlo finds the Źródła headings", async ({ page }) => {
  await page.goto("/pl/guides/multi-partner/");
  const dialog = await search(page, locales[1], "zrodlo");
  await expect(resultsOf(dialog, locales[1]).filter({ hasText: "Źródła" }).first()).toBeVisible();
  await expect(dialog.locator("mark", { hasText: /^źródł/i }).first()).toBeVisible();
});

test("Polish search matches other forms of a word: odsprzedawcy finds pages about odsprzedawca", async ({ page }) => {
  await page.goto("/pl/");
  const dialog = await search(page, locales[1], "odsprzedawcy");
  await expect(dialog.locator("mark", { hasText: /^odsprzedawca$/i }).first()).toBeVisible();
});

test("German search matches other forms of a word: Vertriebspartnern finds Vertriebspartner", async ({ page }) => {
  await page.goto("/de/");
  const dialog = await search(page, locales[2], "Vertriebspartnern");
  await expect(dialog.locator("mark", { hasText: /^Vertriebspartner\.?$/ }).first()).toBeVisible();
});

test('"/" opens search unless the reader is typing in a field', async ({ page }) => {
  await page.goto("/en/guides/two-tier-model/");
  await page.keyboard.press("/");
  const field = dialogOf(page, locales[0]).getByRole("combobox", { name: "Search terms" });
  await expect(field).toBeFocused();
  await page.keyboard.type("a/b");
  await expect(field).toHaveValue("a/b");
});

test("the page-type filter narrows results to the glossary", async ({ page }) => {
  await page.goto("/en/");
  const dialog = await search(page, locales[0], "Sources");
  const pages = dialog.locator("[role=option]:not([href*='#'])");
  await expect(pages.nth(1)).toBeVisible();
  await dialog.getByRole("combobox", { name: "Page type" }).selectOption({ label: "Glossary" });
  await expect(pages).toHaveCount(1);
  await expect(pages).toHaveAttribute("href", "/en/guides/glossary/");
  await expect(pages).toContainText("Glossary");
});

test("with a role from the decision tool, 'relevant to my role' hides guides for other roles", async ({ page }) => {
  const forDirectBill = guidesWithRole("en", "direct-bill");
  const others = guideSlugs.filter((slug) => !forDirectBill.includes(slug));
  expect(others.length).toBeGreaterThan(0);

  await page.goto("/en/");
  const before = await search(page, locales[0], "Sources");
  await expect(before.getByRole("checkbox")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await page.evaluate(() => sessionStorage.setItem("partner-paths:role", "direct-bill"));
  await page.reload();
  const dialog = await search(page, locales[0], "Sources");
  for (const slug of others) await expect(dialog.locator(`[href="/en/guides/${slug}/"]`)).toBeVisible();
  await dialog.getByRole("checkbox", { name: "Relevant to my role (Direct-bill partner)" }).check();
  await expect(dialog.locator("[role=option]:not([href*='#'])")).toHaveCount(forDirectBill.length);
  for (const slug of others) await expect(dialog.locator(`[href="/en/guides/${slug}/"]`)).toHaveCount(0);
});

test("the open search dialog has no WCAG 2.2 A/AA violations", async ({ page }) => {
  await page.goto("/pl/guides/two-tier-model/");
  const dialog = await search(page, locales[1], "odsprzedawcy");
  await dialog.getByRole("checkbox", { name: "Szukaj we wszystkich językach" }).check();
  await expect(resultsOf(dialog, locales[1]).first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  expect(await axeViolations(page, "dialog")).toEqual([]);
});

test("the search page hosts the same search, and a query in its address is searched at once", async ({ page }) => {
  await page.goto("/de/search/?q=Vertriebspartner");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leitfäden durchsuchen");
  await expect(page.getByText("Die Suche braucht JavaScript", { exact: false })).toBeHidden();
  const field = page.getByRole("main").getByRole("combobox", { name: "Suchbegriffe" });
  await expect(field).toBeFocused();
  await expect(resultsOf(page.getByRole("main"), locales[2]).first()).toBeVisible();
  // The header's button and shortcut lead to this field instead of opening a dialog.
  await page.getByRole("link", { name: "Nationale Clouds" }).focus();
  await page.keyboard.press("Control+k");
  await expect(field).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header links to a search page that says search needs JavaScript and lists the guides", async ({ page }) => {
    await page.goto("/pl/guides/two-tier-model/");
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("button", { name: "Szukaj" })).toBeHidden();
    await banner.getByRole("link", { name: "Szukaj" }).click();
    await expect(page).toHaveURL(/\/pl\/search\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByText("Wyszukiwanie wymaga JavaScriptu.")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Szukane słowa" })).toBeHidden();
    await expect(page.getByRole("region", { name: "Lista przewodników" }).getByRole("link")).toHaveCount(guideSlugs.length);
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
  });
});

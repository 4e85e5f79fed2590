import { expect, test } from "../support/fixtures.ts";

test("the first Tab reveals the skip link, which moves focus to the main content", async ({ page }) => {
  await page.goto("/en/guides/two-tier-model/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() => document.querySelector("main")!.contains(document.activeElement));
  expect(inMain).toBe(true);
});

test("focus is visible on links", async ({ page }) => {
  await page.goto("/en/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
});

test("the sidebar marks the current guide and the navigation marks the section", async ({ page }) => {
  await page.goto("/pl/guides/multichannel/");
  const sidebar = page.getByRole("navigation", { name: "Przewodniki", exact: true });
  await expect(sidebar.getByRole("link", { name: "Obsługa wielu kanałów" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "Główna nawigacja", exact: true }).getByRole("link", { name: "Przewodniki" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("navigation", { name: "Ścieżka nawigacji", exact: true }).getByRole("link")).toHaveText(["Strona główna", "Przewodniki"]);
});

test("previous and next follow the reading order", async ({ page }) => {
  await page.goto("/en/guides/two-tier-model/");
  const pager = page.getByRole("navigation", { name: "More guides", exact: true });
  await expect(pager.locator('a[rel="prev"]')).toHaveAttribute("href", "/en/guides/ways-to-work-together/");
  await expect(pager.locator('a[rel="next"]')).toHaveAttribute("href", "/en/guides/indirect-providers/");
});

test("'On this page' links reach each section", async ({ page }) => {
  await page.goto("/de/guides/two-tier-model/");
  const toc = page.getByRole("navigation", { name: "Auf dieser Seite", exact: true });
  await toc.getByRole("link", { name: "Eine Partnerschaft eingehen" }).click();
  await expect(page).toHaveURL(/#partnership$/);
  await expect(page.locator("#partnership")).toBeInViewport();
});

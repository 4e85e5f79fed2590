import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const white = "rgb(255, 255, 255)";

test("follows the operating system until the reader chooses", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/en/guides/");
  expect(await background(page)).not.toBe(white);
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background(page)).toBe(white);
});

test("a chosen theme applies at once and is remembered on the next page without a flash", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/en/");
  await page.getByLabel("Theme").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).not.toBe(white);

  // Read the colour as soon as the document is parsed, before any module script runs.
  await page.goto("/en/guides/multi-partner/", { waitUntil: "commit" });
  await page.waitForFunction(() => document.body !== null);
  expect(await background(page)).not.toBe(white);
  await expect(page.getByLabel("Theme")).toHaveValue("dark");

  await page.getByLabel("Theme").selectOption("auto");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.+/);
  expect(await background(page)).toBe(white);
});

test("the theme picker is labelled in the reader's language", async ({ page }) => {
  await page.goto("/de/");
  await expect(page.getByLabel("Farbschema")).toBeVisible();
  await expect(page.getByLabel("Farbschema").locator("option")).toHaveText(["Automatisch", "Hell", "Dunkel"]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, colorScheme: "dark" });

  test("the theme picker is hidden and the operating system's scheme applies", async ({ page }) => {
    await page.goto("/en/");
    await expect(page.getByLabel("Theme")).toBeHidden();
    expect(await background(page)).not.toBe(white);
  });
});

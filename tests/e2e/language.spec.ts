import { expect, test } from "../support/fixtures.ts";

test("the language picker keeps the reader on the same page and section", async ({ page }) => {
  await page.goto("/en/guides/two-tier-model/#partnership");
  await page.getByRole("banner").locator("summary", { hasText: "English" }).click();
  await page.getByRole("banner").getByRole("link", { name: "Polski" }).click();
  await expect(page).toHaveURL(/\/pl\/guides\/two-tier-model\/#partnership$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Model dwuwarstwowy");
});

test("the language picker works with the keyboard alone", async ({ page }) => {
  await page.goto("/de/guides/multichannel/");
  const summary = page.getByRole("banner").locator("summary", { hasText: "Deutsch" });
  await summary.focus();
  await page.keyboard.press("Enter");
  const english = page.getByRole("banner").getByRole("link", { name: "English" });
  await english.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/guides\/multichannel\/$/);
});

test("the home address sends a reader to the language they chose before", async ({ page }) => {
  await page.goto("/en/");
  await page.getByRole("banner").locator("summary", { hasText: "English" }).click();
  await page.getByRole("banner").getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/de\/$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/de\/$/);
});

test.describe("a Polish browser", () => {
  test.use({ locale: "pl-PL" });

  test("is sent from the home address to the Polish site", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/pl\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  });
});

test.describe("a browser in a language the site does not have", () => {
  test.use({ locale: "fr-FR" });

  test("is sent to English", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the home address lists every language as a link", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const [name, href] of [["English", "/en/"], ["Polski", "/pl/"], ["Deutsch", "/de/"]] as const) {
      await expect(page.getByRole("link", { name })).toHaveAttribute("href", href);
    }
  });

  test("the language picker is a set of plain links to the same page", async ({ page }) => {
    await page.goto("/pl/guides/glossary/");
    await page.getByRole("banner").locator("summary", { hasText: "Polski" }).click();
    await page.getByRole("banner").getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/guides\/glossary\/$/);
  });
});

test.describe("an unknown address", () => {
  // The browser reports the 404 status of the page itself as a console error.
  test.use({ allowConsoleErrors: [/status of 404/] });

  test("answers 404 in the language of its path", async ({ page }) => {
    const response = await page.goto("/pl/nie-ma-takiej-strony/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nie znaleziono strony");
    await expect(page.getByRole("link", { name: "Przejdź do strony głównej" })).toBeVisible();
    await expect(page.getByText("Page not found")).toBeHidden();
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  });
});

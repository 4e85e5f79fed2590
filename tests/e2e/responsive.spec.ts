import { expect, test } from "../support/fixtures.ts";

test.use({ viewport: { width: 320, height: 700 } });

test("on a phone the guide list folds away and opens on demand", async ({ page }, testInfo) => {
  await page.goto("/en/guides/multichannel/");
  await testInfo.attach("guide at 320 px", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  const link = page.getByRole("navigation", { name: "Guides", exact: true }).getByRole("link", { name: "Glossary" });
  await expect(link).toBeHidden();
  await page.getByText("All guides").click();
  await expect(link).toBeVisible();
});

test("on a wide screen the guide list and 'On this page' are always shown", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/en/guides/multichannel/");
  await expect(page.getByRole("navigation", { name: "Guides", exact: true }).getByRole("link", { name: "Glossary" })).toBeVisible();
  await expect(page.getByText("All guides")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "On this page" }).getByRole("link").first()).toBeVisible();
});

import { expect, test } from "../support/fixtures.ts";
import { allRoutes } from "../support/routes.ts";
import { axeViolations } from "../support/axe.ts";
import { locales } from "../../src/i18n/locales.ts";

for (const { locale, path } of allRoutes) {
  test(`${path} answers in ${locale} with one h1, a title, landmarks, alternates for every language, passes axe in both themes, and fits 320 px`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("h1")).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(3);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);

    const rest = path.slice(locale.length + 2); // the path after "/<locale>/"
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^https?://[^/]+${path}$`));
    for (const l of locales) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${l.lang}"]`)).toHaveAttribute("href", new RegExp(`/${l.code}/${rest}$`));
    }
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", new RegExp(`/en/${rest}$`));
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", locales.find((l) => l.code === locale)!.ogLocale);

    expect(await axeViolations(page), "WCAG 2.2 A/AA violations in the light theme").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page), "WCAG 2.2 A/AA violations in the dark theme").toEqual([]);

    await page.setViewportSize({ width: 320, height: 700 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "horizontal scroll at 320 px").toBe(0);
  });
}

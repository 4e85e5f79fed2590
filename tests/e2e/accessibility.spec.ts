/** Accessibility beyond axe: keyboard reach, reduced motion, forced colours, and reading without JavaScript. */
import { expect, test } from "../support/fixtures.ts";
import { axeViolations } from "../support/axe.ts";
import { guideSlugs } from "../support/routes.ts";
import { locales } from "../../src/i18n/locales.ts";

test("every interactive element of a guide page can be reached with Tab", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/en/guides/two-tier-model/");
  const tabbable = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("a[href], button, select, input, summary, [tabindex]:not([tabindex='-1'])")]
      .filter((el) => el.checkVisibility() && el.tabIndex >= 0)
      .map((el, i) => (el.dataset["probe"] = String(i))),
  );
  const reached = new Set<string>();
  for (let i = 0; i < tabbable.length + 5; i++) {
    await page.keyboard.press("Tab");
    const probe = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["probe"]);
    if (probe) reached.add(probe);
  }
  expect([...reached].sort()).toEqual([...tabbable].sort());
});

test("smooth scrolling is switched off for readers who ask for reduced motion", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/en/guides/multichannel/");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
});

test("with forced colours the page passes axe and the current guide is still marked without colour", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/pl/guides/multi-partner/");
  expect(await axeViolations(page)).toEqual([]);
  const current = page.getByRole("navigation", { name: "Przewodniki", exact: true }).locator('[aria-current="page"]');
  expect(await current.evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe("solid");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { code } of locales) {
    test(`every ${code} guide reads fully and leads to the next one`, async ({ page }) => {
      await page.goto(`/${code}/guides/`);
      await page.getByRole("main").getByRole("list").last().getByRole("link").first().click();
      let visited = 0;
      for (;;) {
        visited++;
        const main = page.getByRole("main");
        await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
        for (const heading of await main.locator(".prose h2, .prose h3").all()) await expect(heading).toBeVisible();
        const next = main.locator('a[rel="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
      }
      expect(visited).toBe(guideSlugs.length);
    });
  }
});

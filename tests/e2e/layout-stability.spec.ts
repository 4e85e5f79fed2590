/**
 * Nothing on a page moves once it has painted: controls that need JavaScript (the search button, the theme
 * picker, the simulator's fields) are laid out from the first paint instead of appearing when their script runs,
 * and what a half-loaded page shows is already where it will stay.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";

/** The layout shifts the page has had since `since` (a performance.now() time), with the elements that moved. */
async function layoutShiftsSince(page: Page, since: number): Promise<string[]> {
  return page.evaluate(
    (since) =>
      new Promise<string[]>((resolve) => {
        const shifts: string[] = [];
        // `buffered` replays the shifts that happened before this observer existed.
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
            if (entry.hadRecentInput || entry.startTime <= since) continue;
            const moved = entry.sources.map((s) => (s.node instanceof Element ? `${s.node.localName}.${[...s.node.classList].join(".")}` : "?"));
            shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join(", ")}`);
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(shifts), 200);
      }),
    since,
  );
}

const pages = [
  { name: "the home page", path: "/en/" },
  { name: "a guide", path: "/pl/guides/two-tier-model/" },
  { name: "a decision step", path: "/de/decide/customers/" },
  { name: "the simulator", path: "/en/simulate/" },
  { name: "the search page", path: "/en/search/" },
  // A role chosen in the decision tool adds "relevant to my role" to the search filters.
  { name: "the search page, with a role chosen", path: "/pl/search/", role: "indirect-provider" },
];

for (const width of [1350, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const { name, path, role } of pages) {
      test(`${name} does not move while its scripts load`, async ({ page }) => {
        // The site's scripts are held until the whole HTML has been parsed and painted, so the test sees what they
        // change and not how far the browser had parsed when it painted (the test below covers that moment).
        // Module scripts, inline ones included, run in document order after the held ones.
        if (role) await page.addInitScript((role) => sessionStorage.setItem("partner-paths:role", role), role);
        const held: (() => void)[] = [];
        await page.route("**/_astro/*.js", (route) => new Promise<void>((resolve) => held.push(() => resolve(route.continue()))));
        await page.goto(path, { waitUntil: "commit" });
        await page.waitForFunction(() => document.readyState !== "loading");
        const painted = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
        await page.unroute("**/_astro/*.js");
        for (const release of held) release();
        await page.waitForLoadState("networkidle");
        // Islands hydrate after their scripts load; give them a moment to render before reading the shifts.
        await page.waitForTimeout(300);
        expect(await layoutShiftsSince(page, painted)).toEqual([]);
      });
    }
  });
}

test("on a phone, a guide whose HTML has arrived only up to its content already shows the content where it stays", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  const path = "/pl/guides/two-tier-model/";
  const html = await (await page.request.get(path)).text();
  const contentTop = () => page.locator("main").evaluate((main) => main.getBoundingClientRect().top);
  await page.goto(path);
  const whole = await contentTop();
  // The same page cut right after <main>'s start tag, as a browser may lay it out while the rest is on its way.
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: "text/html", body: html.slice(0, html.indexOf(">", html.indexOf("<main")) + 1) }));
  await page.goto(path);
  expect(await contentTop()).toBe(whole);
});

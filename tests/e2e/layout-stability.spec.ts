/**
 * Nothing on a page moves once it has painted: controls that need JavaScript (the search button, the theme
 * picker, the simulator's fields) are laid out from the first paint instead of appearing when their script runs.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";

/** Every layout shift the page has had since it started loading, with the elements that moved. */
async function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const shifts: string[] = [];
        // `buffered` replays the shifts that happened before this observer existed.
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
            if (entry.hadRecentInput) continue;
            const moved = entry.sources.map((s) => (s.node instanceof Element ? `${s.node.localName}.${[...s.node.classList].join(".")}` : "?"));
            shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join(", ")}`);
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(shifts), 200);
      }),
  );
}

const pages = [
  { name: "the home page", path: "/en/" },
  { name: "a guide", path: "/pl/guides/two-tier-model/" },
  { name: "a decision step", path: "/de/decide/customers/" },
  { name: "the simulator", path: "/en/simulate/" },
  { name: "the search page", path: "/en/search/" },
];

for (const width of [1350, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const { name, path } of pages) {
      test(`${name} does not move while its scripts load`, async ({ page }) => {
        await page.goto(path, { waitUntil: "networkidle" });
        // Islands hydrate after their scripts load; give them a moment to render before reading the shifts.
        await page.waitForTimeout(300);
        expect(await layoutShifts(page)).toEqual([]);
      });
    }
  });
}

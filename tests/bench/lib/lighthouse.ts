/** Runs Lighthouse (the npm package) against a URL in the system's or Playwright's Chromium and returns the four category scores. */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumExecutable } from "../../support/browser.ts";
import { chromium } from "@playwright/test";

/** Lighthouse's four category scores, 0 to 100. */
export type Scores = { performance: number; accessibility: number; "best-practices": number; seo: number };

/** Scores one page. Launches its own headless Chromium so that each run starts cold. */
export async function lighthouseScores(url: string): Promise<Scores> {
  const chromePath = chromiumExecutable() ?? chromium.executablePath();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", ...chromiumArgs] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      // A desktop profile without network throttling: the site is served from localhost.
      formFactor: "desktop",
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: "provided",
    });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") };
  } finally {
    chrome.kill();
  }
}

/**
 * Which Chromium the end-to-end tests drive: Playwright's own build where it is installed (a laptop after
 * `npx playwright install chromium`), else the system Chromium (Debian's package, as on CI).
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Flags that keep a headless Chromium quiet on a machine without network access. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const systemChromiums = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The Chromium binary to launch, or an error that says how to get one. */
export function chromiumExecutable(): string | undefined {
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own build.
  const system = systemChromiums.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one with `npx playwright install chromium`, " +
      "or on Debian/Ubuntu with `sudo apt-get install chromium`.",
  );
}

import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./tests/support/browser.ts";

const port = 4399;
const executablePath = chromiumExecutable();

// The tests run against the built site (npm run build), served as a static server would serve it.
export default defineConfig({
  testDir: "tests/e2e",
  // axe in two themes on a long guide takes several seconds on a 2-core machine; leave room.
  timeout: 60_000,
  fullyParallel: true,
  forbidOnly: !!process.env["CI"],
  retries: 0,
  // Two workers keep both cores of a CI machine busy; each test starts its own browser context.
  workers: 2,
  reporter: "list",
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
      },
    },
  ],
  webServer: {
    command: `node tests/support/serve.ts ${port}`,
    url: `http://localhost:${port}/en/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 60_000,
  },
});

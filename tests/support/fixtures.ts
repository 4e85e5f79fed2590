/**
 * The `test` every end-to-end spec uses. Around each test it:
 * - fails the test on any console error or uncaught exception (Content Security Policy violations are console errors);
 * - refuses every request to another origin and fails the test if one was attempted: the site serves everything itself.
 */
import { test as base, expect } from "@playwright/test";

export { expect };

/** Console messages that are expected in a test and must not fail it (e.g. a 404 page logging its own status). */
type Allow = { allowConsoleErrors: readonly RegExp[] };

export const test = base.extend<Allow & { guard: void }>({
  allowConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowConsoleErrors }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      await page.route(
        (url) => url.origin !== origin && url.protocol !== "data:" && url.protocol !== "blob:",
        (route) => {
          problems.push(`request to another origin: ${route.request().url()}`);
          return route.abort("blockedbyclient");
        },
      );
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (allowConsoleErrors.some((pattern) => pattern.test(text))) return;
        problems.push(`console error on ${page.url()}: ${text}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
      await use();
      expect(problems, "console errors, CSP violations or third-party requests").toEqual([]);
    },
    { auto: true },
  ],
});

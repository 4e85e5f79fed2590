import type { Page, Route } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { axeViolations } from "../support/axe.ts";
import { decodeHtml } from "../support/built-site.ts";
import { decideStrings, type DecideKey } from "../../src/i18n/decide/index.ts";
import { formatMessage } from "../../src/i18n/format.ts";
import { localeCodes, type Locale } from "../../src/i18n/locales.ts";
import { uiStrings } from "../../src/i18n/ui/index.ts";
import type { UiKey } from "../../src/i18n/ui/en.ts";

/** The text of one of the tool's strings, as a reader of the locale sees it. */
const say = (locale: Locale, key: DecideKey, params?: Record<string, string | number>) => formatMessage(locale, decideStrings[locale][key], params);

const prefix = [["customers", "one-region"], ["us-government", "no"], ["own-use", "no"]] as const;

/** The shortest way to each outcome, as [question, answer] ids. */
const routes = {
  "direct-bill": [...prefix, ["goal", "own-relationship"], ["enrolment", "direct-bill"]],
  "indirect-provider": [...prefix, ["goal", "supply-resellers"], ["provider-approval", "yes"]],
  "indirect-reseller": [...prefix, ["goal", "resell"]],
  "not-yet": [...prefix, ["goal", "own-relationship"], ["enrolment", "indirect-reseller"], ["months", "under-12"]],
} as const;

type Outcome = keyof typeof routes;
const outcomeIds = Object.keys(routes) as Outcome[];
const queryOf = (steps: readonly (readonly [string, string])[]) => "?v=1&" + steps.map(([q, a]) => `${q}=${a}`).join("&");
const answerName = (locale: Locale, question: string, answer: string) => say(locale, `a.${question}.${answer}` as DecideKey);
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** Presses Tab until the focused element's text is `name` (the tool never traps focus, so this ends). */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (text === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

async function expectResult(page: Page, locale: Locale, outcome: Outcome) {
  await expect(page).toHaveURL(new RegExp(`/${locale}/decide/result/${outcome}/\\?v=1&`));
  await expect(heading(page)).toHaveText(say(locale, `outcome.${outcome}.title`));
  // The result is announced: focus moves to its heading when the last answer is given.
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText(say(locale, "result.asOf", { date: dateOf(locale), version: 1 }))).toBeVisible();
  await expect(page.getByRole("heading", { name: say(locale, "summary.title") })).toBeVisible();
  const role = outcome === "not-yet" ? "indirect-reseller" : outcome;
  expect(await page.evaluate(() => sessionStorage.getItem("partner-paths:role"))).toBe(role);
}

const dateOf = (locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date("2026-11-24T00:00:00Z"));

for (const locale of localeCodes) {
  test.describe(`the decision tool in ${locale}`, () => {
    for (const outcome of outcomeIds) {
      test(`reaches “${outcome}” by mouse, one question a page, with truthful progress`, async ({ page }) => {
        await page.goto(`/${locale}/decide/`);
        await page.getByRole("link", { name: say(locale, "start.button"), exact: true }).click();
        const steps = routes[outcome];
        for (const [index, [question, answer]] of steps.entries()) {
          await expect(heading(page)).toHaveText(say(locale, `q.${question}` as DecideKey));
          await expect(page.getByText(say(locale, "step.progress", { number: index + 1, count: index }), { exact: true })).toBeVisible();
          await page.getByRole("link", { name: answerName(locale, question, answer), exact: true }).click();
        }
        await expectResult(page, locale, outcome);
        await expect(page).toHaveURL(new RegExp(`${queryOf(steps).replace(/[?]/g, "\\?")}$`));
      });

      test(`reaches “${outcome}” with the keyboard alone, focus moving to each new question`, async ({ page }) => {
        await page.goto(`/${locale}/decide/`);
        await tabTo(page, say(locale, "start.button"));
        await page.keyboard.press("Enter");
        for (const [index, [question, answer]] of routes[outcome].entries()) {
          await expect(heading(page)).toHaveText(say(locale, `q.${question}` as DecideKey));
          // Within the page once the island has hydrated, as the progress line shows; only then does focus move.
          await expect(page.getByText(say(locale, "step.progress", { number: index + 1, count: index }), { exact: true })).toBeVisible();
          if (index > 0) await expect(heading(page)).toBeFocused();
          await tabTo(page, answerName(locale, question, answer));
          await page.keyboard.press("Enter");
        }
        await expectResult(page, locale, outcome);
      });
    }

    test("goes back one step with the browser's Back button, keeping the answer given there", async ({ page }) => {
      await page.goto(`/${locale}/decide/customers/`);
      // Back is one step within the page once the island has hydrated; the progress line shows it has.
      await expect(page.getByText(say(locale, "step.progress", { number: 1, count: 0 }), { exact: true })).toBeVisible();
      await page.getByRole("link", { name: answerName(locale, "customers", "several-regions"), exact: true }).click();
      await expect(heading(page)).toHaveText(say(locale, "q.us-government"));
      await page.getByRole("link", { name: answerName(locale, "us-government", "yes-us"), exact: true }).click();
      await expect(heading(page)).toHaveText(say(locale, "q.own-use"));
      await page.goBack();
      await expect(heading(page)).toHaveText(say(locale, "q.us-government"));
      await expect(heading(page)).toBeFocused();
      await expect(page).toHaveURL(`/${locale}/decide/us-government/?v=1&customers=several-regions&us-government=yes-us`);
      // The island names the step as the page itself does when loaded.
      const served = await (await page.request.get(page.url())).text();
      await expect(page).toHaveTitle(decodeHtml(/<title>([^<]*)<\/title>/.exec(served)?.[1] ?? "no <title>"));
      await expect(page.getByRole("link", { name: `${answerName(locale, "us-government", "yes-us")} (${say(locale, "step.current")})` })).toHaveAttribute("aria-current", "true");
      await page.goBack();
      await expect(heading(page)).toHaveText(say(locale, "q.customers"));
      await page.goForward();
      await expect(heading(page)).toHaveText(say(locale, "q.us-government"));
    });

    test("changing an earlier answer keeps the later answers where they still apply", async ({ page }) => {
      const toRevenue = [...prefix, ["goal", "own-relationship"], ["enrolment", "indirect-reseller"], ["months", "12-or-more"]] as const;
      await page.goto(`/${locale}/decide/revenue/${queryOf(toRevenue)}`);
      await expect(heading(page)).toHaveText(say(locale, "q.revenue"));
      const changeGoal = page.getByRole("link", { name: `${say(locale, "summary.change")} ${say(locale, "summary.changeHidden", { question: say(locale, "q.goal") })}` });
      await changeGoal.click();
      await expect(heading(page)).toHaveText(say(locale, "q.goal"));
      await page.getByRole("link", { name: answerName(locale, "goal", "supply-resellers"), exact: true }).click();
      // The answers before the goal still apply; the direct-bill answers wait in the link in case the goal changes back.
      await expect(heading(page)).toHaveText(say(locale, "q.provider-approval"));
      await expect(page.getByText(say(locale, "step.progress", { number: 5, count: 4 }), { exact: true })).toBeVisible();
      await changeGoal.click();
      await page.getByRole("link", { name: answerName(locale, "goal", "own-relationship"), exact: true }).click();
      await expect(heading(page)).toHaveText(say(locale, "q.revenue"));
      await expect(page.getByText(say(locale, "step.progress", { number: 7, count: 6 }), { exact: true })).toBeVisible();
      await page.getByRole("link", { name: answerName(locale, "revenue", "under-300k"), exact: true }).click();
      await expectResult(page, locale, "not-yet");
      // A Change link on the result goes back to its question with every answer.
      await page.getByRole("link", { name: `${say(locale, "summary.change")} ${say(locale, "summary.changeHidden", { question: say(locale, "q.months") })}` }).click();
      await expect(heading(page)).toHaveText(say(locale, "q.months"));
      await expect(page.getByRole("link", { name: `${answerName(locale, "months", "12-or-more")} (${say(locale, "step.current")})` })).toBeVisible();
    });

    test("says in the reader's language what a hand-edited link contained that it ignored, and carries on", async ({ page }) => {
      await page.goto(`/${locale}/decide/result/direct-bill/?v=1&customers=one-region&colour=blue&us-government=perhaps&own-use=no`);
      await expect(heading(page)).toHaveText(say(locale, "outcome.direct-bill.title"));
      const notice = page.getByRole("note").filter({ hasText: say(locale, "notice.title") });
      await expect(notice).toContainText(say(locale, "notice.question", { key: "colour" }));
      await expect(notice).toContainText(say(locale, "notice.answer", { answer: "perhaps", question: say(locale, "q.us-government") }));
      await page.getByRole("link", { name: say(locale, "notice.continue") }).click();
      await expect(heading(page)).toHaveText(say(locale, "q.us-government"));
      await expect(page).toHaveURL(`/${locale}/decide/us-government/?v=1&customers=one-region&own-use=no`);
    });
  });
}

test("a link made in Polish opens in English and German with the same answers and result", async ({ page }) => {
  // Three locales and a whole path: it once took over a minute on a loaded two-core CI machine.
  test.slow();
  const steps = routes["not-yet"];
  await page.goto(`/pl/decide/customers/`);
  for (const [question, answer] of steps) await page.getByRole("link", { name: answerName("pl", question, answer), exact: true }).click();
  await expectResult(page, "pl", "not-yet");
  const shared = new URL(page.url());
  const reasons = await page.locator(".decide-reasons li").count();
  for (const locale of ["en", "de"] as const) {
    await page.goto(shared.pathname.replace("/pl/", `/${locale}/`) + shared.search);
    await expect(heading(page)).toHaveText(say(locale, "outcome.not-yet.title"));
    const rows = page.getByRole("region", { name: say(locale, "summary.title") }).locator("dl > div");
    await expect(rows).toHaveCount(steps.length);
    for (const [index, [question, answer]] of steps.entries()) {
      await expect(rows.nth(index).locator("dt")).toHaveText(say(locale, `q.${question}` as DecideKey));
      await expect(rows.nth(index).locator("dd > span")).toHaveText(answerName(locale, question, answer));
    }
    await expect(page.locator(".decide-reasons li")).toHaveCount(reasons);
  }
});

test("a link to the wrong outcome page opens the outcome its answers lead to", async ({ page }) => {
  await page.goto(`/en/decide/result/direct-bill/${queryOf(routes["indirect-reseller"])}`);
  await expect(page).toHaveURL(/\/en\/decide\/result\/indirect-reseller\//);
  await expect(heading(page)).toHaveText(say("en", "outcome.indirect-reseller.title"));
});

test("an unknown ruleset version is named, and the answers are judged under today's rules", async ({ page }) => {
  await page.goto(`/de/decide/result/indirect-reseller/${queryOf(routes["indirect-reseller"]).replace("v=1", "v=7")}`);
  await expect(page.getByText(say("de", "notice.unknownVersion", { version: "7", date: dateOf("de") }))).toBeVisible();
  await expect(page.getByRole("heading", { name: say("de", "summary.title") })).toBeVisible();
});

test("markup in a link is shown as text, never run", async ({ page }) => {
  await page.goto(`/en/decide/goal/?v=1&customers=one-region&us-government=no&own-use=no&%3Cimg%20src%3Dx%3E=%3Cb%3Ebold%3C%2Fb%3E`);
  await expect(page.getByRole("note")).toContainText("“<img src=x>” is not one of the questions");
  await expect(page.locator("main img, main b")).toHaveCount(0);
});

test("a question opened without the answers before it starts at the first open question", async ({ page }) => {
  await page.goto("/en/decide/revenue/");
  await expect(heading(page)).toHaveText(say("en", "q.customers"));
  await expect(page).toHaveURL("/en/decide/customers/");
  await expect(page.getByRole("note")).toHaveText(say("en", "notice.restarted"));
});

test("a printed result shows the result and the answers, not the controls", async ({ page }) => {
  await page.goto(`/en/decide/result/not-yet/${queryOf(routes["not-yet"])}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Your answers" })).toBeVisible();
  await expect(page.getByText(say("en", "a.months.under-12"), { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print this result" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
});

test.describe("on a slow connection", () => {
  test("answers given before the tool's script has loaded are all kept, and the result explains them", async ({ page }) => {
    const locale = "en";
    // Hold every script of the site until released, as a slow connection would: the answers stay plain links.
    let holding = true;
    const held: Route[] = [];
    await page.route(/\/_astro\/.*\.js$/, (route) => (holding ? held.push(route) : route.continue()));
    await page.goto(`/${locale}/decide/customers/`, { waitUntil: "commit" });
    for (const [question, answer] of routes["indirect-reseller"]) {
      await expect(heading(page)).toHaveText(say(locale, `q.${question}` as DecideKey));
      await page.getByRole("link", { name: answerName(locale, question, answer), exact: true }).click();
    }
    // The result page arrives as pre-rendered; then its script loads and explains the answers.
    await expect(heading(page)).toHaveText(say(locale, "outcome.indirect-reseller.title"));
    holding = false;
    // Requests of pages already left were cancelled; only the result page's go on.
    await Promise.all(held.map((route) => route.continue().catch(() => undefined)));
    await expect(page).toHaveURL(`/${locale}/decide/result/indirect-reseller/${queryOf(routes["indirect-reseller"])}`);
    await expect(heading(page)).toHaveText(say(locale, "outcome.indirect-reseller.title"));
    const summary = page.getByRole("region", { name: say(locale, "summary.title") });
    for (const [question, answer] of routes["indirect-reseller"]) {
      await expect(summary.locator("div").filter({ hasText: say(locale, `q.${question}` as DecideKey) })).toContainText(answerName(locale, question, answer));
    }
    await page.goBack();
    await expect(heading(page)).toHaveText(say(locale, "q.goal"));
    await expect(page.getByText(say(locale, "step.progress", { number: 4, count: 3 }), { exact: true })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of localeCodes) {
    for (const outcome of outcomeIds) {
      test(`“${outcome}” is reached in ${locale} by following links, and explained in general`, async ({ page }) => {
        await page.goto(`/${locale}/decide/`);
        await page.getByRole("link", { name: say(locale, "start.button"), exact: true }).click();
        for (const [index, [question, answer]] of routes[outcome].entries()) {
          await expect(heading(page)).toHaveText(say(locale, `q.${question}` as DecideKey));
          await expect(page.getByText(say(locale, "step.number", { number: index + 1 }), { exact: true })).toBeVisible();
          await page.getByRole("link", { name: answerName(locale, question, answer), exact: true }).click();
        }
        await expect(page).toHaveURL(`/${locale}/decide/result/${outcome}/`);
        await expect(heading(page)).toHaveText(say(locale, `outcome.${outcome}.title`));
        await expect(page.getByRole("heading", { name: say(locale, "outcome.generalTitle") })).toBeVisible();
        await expect(page.getByRole("link", { name: say(locale, "result.simulate") })).toHaveAttribute("href", `/${locale}/simulate/?preset=decide-${outcome}`);
        await expect(page.locator('[data-pagefind-body][data-pagefind-filter="type:outcome"]')).toHaveCount(1);
      });
    }
  }

  test("the Back link of a question leads to the question before it", async ({ page }) => {
    await page.goto("/pl/decide/months/");
    await page.getByRole("link", { name: say("pl", "step.back") }).click();
    await expect(page).toHaveURL("/pl/decide/enrolment/");
    await page.getByRole("link", { name: say("pl", "step.back") }).click();
    await expect(page).toHaveURL("/pl/decide/goal/");
  });
});

test.describe("accessibility", () => {
  const pages = [
    ["a question", `/pl/decide/revenue/${queryOf([...prefix, ["goal", "own-relationship"], ["enrolment", "indirect-reseller"], ["months", "12-or-more"]])}`],
    ["a personal result", `/de/decide/result/not-yet/${queryOf(routes["not-yet"])}`],
    ["a general result", "/en/decide/result/indirect-provider/"],
  ] as const;

  for (const [name, path] of pages) {
    test(`${name} passes axe in the light and dark themes and fits 320 px`, async ({ page }) => {
      // Two full axe runs take a while on a busy machine.
      test.slow();
      await page.goto(path);
      await expect(heading(page)).toBeVisible();
      await expect(page.locator("h1")).toHaveCount(1);
      expect(await axeViolations(page), "light").toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await axeViolations(page), "dark").toEqual([]);
      await page.setViewportSize({ width: 320, height: 700 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "horizontal scroll at 320 px").toBe(0);
    });
  }
});

test("a result speaks from where the reader stands: a reseller keeps selling, without a location ID no role is open, a direct-bill partner need not apply, and the revenue floor's date is flagged", async ({ page }) => {
  await page.goto(`/pl/decide/result/not-yet/${queryOf(routes["not-yet"])}`);
  await expect(page.getByText(say("pl", "result.notYetLead.direct-bill.reseller"))).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: say("pl", "result.meanwhile") })).toBeVisible();

  const enrolledFor12Months = [...prefix, ["goal", "own-relationship"], ["enrolment", "indirect-reseller"], ["months", "12-or-more"]] as const;
  const noLocation = [...enrolledFor12Months, ["revenue", "1m-or-more"], ["support", "yes"], ["support-plan", "yes"], ["billing", "yes"], ["location-id", "no"]] as const;
  await page.goto(`/de/decide/result/not-yet/${queryOf(noLocation)}`);
  await expect(page.getByText(say("de", "result.notYetLead.direct-bill.noLocation"))).toBeVisible();

  await page.goto(`/en/decide/result/not-yet/${queryOf([...enrolledFor12Months, ["revenue", "300k-to-1m"]])}`);
  await expect(page.getByRole("region", { name: say("en", "result.notes") }).getByRole("listitem").last()).toContainText("Third-party notices date that to");

  await page.goto(`/en/decide/result/direct-bill/${queryOf(routes["direct-bill"])}`);
  await expect(page.getByRole("region", { name: say("en", "result.notes") })).toContainText("You already hold this role");
});

test("right after a result, search on the same page offers to keep to the recommended role", async ({ page }) => {
  await page.goto(`/de/decide/result/indirect-reseller/${queryOf(routes["indirect-reseller"])}`);
  await expect(heading(page)).toHaveText(say("de", "outcome.indirect-reseller.title"));
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem("partner-paths:role"))).toBe("indirect-reseller");
  await page.keyboard.press("Control+k");
  const role = formatMessage("de", uiStrings.de["search.role.indirect-reseller"]);
  const mine = page.getByRole("dialog").getByRole("checkbox", { name: formatMessage("de", uiStrings.de["search.myRole"], { role }) });
  await expect(mine).toBeVisible();
  await expect(page.getByRole("dialog").getByRole("checkbox")).toHaveCount(2);
});

test("after a result, each guide says whether it concerns the recommended role, in the reader's language", async ({ page }) => {
  const ui = (locale: Locale) => (key: UiKey, params?: Record<string, string>) => formatMessage(locale, uiStrings[locale][key], params);
  await page.goto(`/pl/guides/indirect-providers/`);
  await expect(page.locator(".role-note:visible")).toHaveCount(0);

  await page.goto(`/pl/decide/result/indirect-provider/${queryOf(routes["indirect-provider"])}`);
  await expect(heading(page)).toHaveText(say("pl", "outcome.indirect-provider.title"));
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem("partner-paths:role"))).toBe("indirect-provider");
  const pl = ui("pl");
  const role = pl("search.role.indirect-provider");
  await page.goto(`/pl/guides/indirect-providers/`);
  await expect(page.locator(".role-note:visible")).toHaveText(`${pl("guide.role.applies", { role })} ${pl("guide.role.change")}`);
  await page.goto(`/pl/guides/indirect-resellers/`);
  await expect(page.locator(".role-note:visible")).toHaveText(`${pl("guide.role.other", { role })} ${pl("guide.role.change")}`);
  expect(await axeViolations(page)).toEqual([]);
  await page.locator(".role-note:visible").getByRole("link").click();
  await expect(page).toHaveURL(/\/pl\/decide\/$/);
});

/**
 * The relationship simulator in every locale: building a situation with the keyboard alone, shared links,
 * hostile imports, the as-of date, presets linked from the decision tool, and accessibility with a denial
 * and an import error shown, in both themes.
 */
import type { Locator, Page } from "@playwright/test";
import { expect as baseExpect, test } from "../support/fixtures.ts";
import { axeViolations } from "../support/axe.ts";
import { formatDate } from "../../src/i18n/dates.ts";
import { formatMessage, type MessageParams } from "../../src/i18n/format.ts";
import { locales, type Locale } from "../../src/i18n/locales.ts";
import { t as message } from "../../src/i18n/messages/index.ts";
import { simStrings, type SimKey } from "../../src/i18n/simulate/index.ts";
import { simulatorHref } from "../../src/simulate/share.ts";
import { readFileSync } from "node:fs";
import type { Scenario } from "../../src/engine/index.ts";

// The simulator is one long interactive page, driven key by key; give it room on a loaded two-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 240_000 });

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/scenarios/${name}.json`, import.meta.url), "utf8")) as Scenario;
const texts = (locale: Locale) => (key: SimKey, params?: MessageParams) => formatMessage(locale, simStrings[locale][key], params);

/** Chooses an option of a select with the arrow keys, as a keyboard user would. */
async function pick(select: Locator, text: string) {
  const options = (await select.locator("option").allTextContents()).map((o) => o.trim());
  const target = options.indexOf(text);
  expect(target, `option “${text}” among ${options.join(" | ")}`).toBeGreaterThanOrEqual(0);
  const current = await select.evaluate((el: HTMLSelectElement) => el.selectedIndex);
  for (let i = 0; i < Math.abs(target - current); i++) await select.press(target > current ? "ArrowDown" : "ArrowUp");
  await expect(select.locator("option:checked")).toHaveText(text);
}

/** Replaces the text of a field by typing. */
async function type(field: Locator, text: string) {
  await field.press("Control+A");
  await field.pressSequentially(text);
}

for (const { code: locale } of locales) {
  const s = texts(locale);

  test.describe(`simulator in ${locale}`, () => {
    test("a reader builds the multi-partner situation with the keyboard alone and gets the engine's verdicts", async ({ page }) => {
      await page.goto(`/${locale}/simulate/`);
      await pick(page.getByLabel(s("start.preset")), s("preset.empty"));
      await page.getByRole("button", { name: s("start.open"), exact: true }).press("Enter");
      const world = page.getByRole("region", { name: s("world.heading") });
      await expect(world.getByRole("heading", { name: s("world.listCount", { list: s("record.organisations"), count: 0 }) })).toBeVisible();

      for (const [kind, id, name, country] of [
        ["direct-bill", "Adatum", "Adatum Cloud", "FR"],
        ["direct-bill", "Proseware", "Proseware Azure Services", "DE"],
        ["customer", "Northwind", "Northwind Traders", "FR"],
      ] as const) {
        await world.getByRole("button", { name: s("world.add.organisations") }).press("Enter");
        const kindField = world.getByLabel(s("party.kind"));
        await expect(kindField).toBeFocused();
        await pick(kindField, s(`opt.party.${kind}`));
        await page.keyboard.press("Tab");
        await type(page.locator(":focus"), id);
        await page.keyboard.press("Tab");
        await type(page.locator(":focus"), name);
        await page.keyboard.press("Tab");
        await type(page.locator(":focus"), country);
        await page.keyboard.press("Enter");
        await expect(world.getByRole("button", { name: s("world.add.organisations") })).toBeFocused();
      }
      await expect(world.getByRole("heading", { name: s("world.listCount", { list: s("record.organisations"), count: 3 }) })).toBeVisible();

      const action = page.getByRole("region", { name: s("action.heading") });
      const verdict = (key: "verdict.allowed" | "verdict.denied") => action.getByRole("heading", { level: 3, name: s(key), exact: true });
      const choose = (key: SimKey) => pick(action.getByLabel(s("action.type"), { exact: true }), s(key));
      const field = (label: string) => action.getByLabel(label, { exact: true });
      const apply = async () => {
        await expect(verdict("verdict.allowed")).toBeVisible();
        await action.getByRole("button", { name: s("action.apply") }).press("Enter");
      };
      const order = async (partner: string, product: string, kind: "azure-plan" | "licence") => {
        await choose("action.placeOrder");
        await pick(field(s("field.placeOrder.partner")), partner);
        await pick(field(s("field.customer")), "Northwind — Northwind Traders");
        await type(field(s("field.product")), product);
        await pick(field(s("field.kind")), s(`opt.kind.${kind}`));
      };

      // Proseware has no relationship with Northwind yet: its Azure order is denied (SC-26).
      await order("Proseware — Proseware Azure Services", "Azure plan", "azure-plan");
      await expect(verdict("verdict.denied")).toBeVisible();
      await expect(action.getByRole("status")).toHaveText(/.+/);

      for (const partner of ["Proseware — Proseware Azure Services", "Adatum — Adatum Cloud"]) {
        await choose("action.requestResellerRelationship");
        await pick(field(s("field.partner")), partner);
        await apply();
        await choose("action.acceptResellerRelationship");
        // The form remembers the box from the first customer; tick it only if it is not ticked yet.
        const mca = field(s("field.acceptMca"));
        if (!(await mca.isChecked())) await mca.press("Space");
        await expect(mca).toBeChecked();
        await apply();
      }
      await order("Adatum — Adatum Cloud", "Microsoft 365 E3", "licence");
      await apply();
      // Now each partner sells its own workload to the same customer (SC-24).
      await order("Proseware — Proseware Azure Services", "Azure plan", "azure-plan");
      await apply();

      // Selling gives no admin rights: assigning licences without GDAP is denied (SC-27 b).
      await choose("action.useAdminRights");
      await pick(field(s("field.partner")), "Proseware — Proseware Azure Services");
      await pick(field(s("field.task")), s("opt.task.assign-licences"));
      await expect(verdict("verdict.denied")).toBeVisible();
      await expect(action.getByText("R32", { exact: true })).toBeVisible();

      const history = page.getByRole("region", { name: s("history.heading") });
      await expect(history.getByRole("listitem")).toHaveCount(6);
      await expect(history.getByText(s("verdict.allowed"), { exact: true })).toHaveCount(6);
      await expect(page.getByText(s("diagram.summary", { count: 2, organisations: 3, relationships: 2 }))).toBeVisible();
      // The history lives in the address, so the situation can be shared as it is.
      await expect(page).toHaveURL(/#s=1\./);
    });

    test("a shared link opens its world, its history and its verdicts", async ({ page }) => {
      await page.goto(await simulatorHref(locale, fixture("SC-24")));
      const world = page.getByRole("region", { name: s("world.heading") });
      await expect(world.getByRole("heading", { name: s("world.listCount", { list: s("record.organisations"), count: 3 }) })).toBeVisible();
      await expect(world.getByText(/^DB2 \(DB2\)/)).toBeVisible();
      const history = page.getByRole("region", { name: s("history.heading") });
      await expect(history.getByRole("listitem")).toHaveCount(3);
      await expect(history.getByText(s("verdict.allowed"), { exact: true })).toHaveCount(3);
      await expect(page.getByRole("region", { name: s("action.heading") }).getByRole("heading", { level: 3, name: s("verdict.allowed"), exact: true })).toBeVisible();
    });

    test("a bad file shows its problems with their paths and keeps the world; names are shown as text", async ({ page }) => {
      await page.goto(`/${locale}/simulate/`);
      const world = page.getByRole("region", { name: s("world.heading") });
      const organisations = world.getByRole("heading", { name: s("world.listCount", { list: s("record.organisations"), count: 3 }) });
      await expect(organisations).toBeVisible();
      const file = page.getByLabel(s("share.import"));

      await file.setInputFiles({ name: "old.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...fixture("SC-02"), version: 2 })) });
      const alert = page.getByRole("alert");
      await expect(alert.getByRole("heading", { name: s("notice.importFailed") })).toBeVisible();
      await expect(alert).toContainText(message(locale, "problem.wrongVersion", { value: "2", supported: 1 }));
      await expect(alert.locator("code")).toHaveText(["version"]);
      await expect(organisations).toBeVisible();

      const hostile = fixture("SC-02") as unknown as { world: { organisations: { name?: string }[]; tenants: { organisation: string }[] } };
      hostile.world.organisations[0]!.name = '<img src="x" alt="injected">';
      hostile.world.tenants[0]!.organisation = "Nobody";
      await file.setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(hostile)) });
      await expect(alert.locator("code")).toContainText(["world.tenants[0].organisation"]);
      await expect(organisations).toBeVisible();

      await file.setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(2_500_000, " ") });
      await expect(alert).toContainText(s("sim.problem.fileTooLarge", { size: 2.5, max: 1 }));

      hostile.world.tenants[0]!.organisation = "P1";
      await file.setInputFiles({ name: "named.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(hostile)) });
      await expect(page.getByRole("alert")).toHaveCount(0);
      await expect(world.getByText('<img src="x" alt="injected">', { exact: false }).first()).toBeVisible();
      await expect(page.getByAltText("injected")).toHaveCount(0);
    });

    test("changing the as-of date re-judges the history and marks the verdict that changed", async ({ page }) => {
      await page.goto(await simulatorHref(locale, fixture("SC-13")));
      const history = page.getByRole("region", { name: s("history.heading") });
      await expect(history.getByText(s("history.deniedUnchanged"), { exact: false })).toBeVisible();
      await page.getByLabel(s("start.asOf")).fill("2025-05-01");
      await expect(history.getByText(s("verdict.allowed"), { exact: true })).toBeVisible();
      await expect(history.getByText(s("history.wasDenied", { date: formatDate(locale, "2025-07-15") }))).toBeVisible();
      await expect(history.getByText(s("history.compared", { count: 1, date: formatDate(locale, "2025-07-15") }))).toBeVisible();
    });

    test("?preset=decide-indirect-reseller opens the decision tool's reseller world with its first action judged", async ({ page }) => {
      await page.goto(`/${locale}/simulate/?preset=decide-indirect-reseller`);
      const world = page.getByRole("region", { name: s("world.heading") });
      await expect(world.getByText(/^Tailspin Toys \(Tailspin\)/)).toBeVisible();
      const action = page.getByRole("region", { name: s("action.heading") });
      await expect(action.getByLabel(s("action.type"), { exact: true }).locator("option:checked")).toHaveText(s("action.inviteCustomer"));
      await expect(action.getByRole("heading", { level: 3, name: s("verdict.allowed"), exact: true })).toBeVisible();
    });
  });
}

test("without a preset or a link, the simulator starts from the role the decision tool recommended", async ({ page }) => {
  await page.addInitScript(() => sessionStorage.setItem("partner-paths:role", "direct-bill"));
  await page.goto("/en/simulate/");
  await expect(page.getByRole("region", { name: "The world" }).getByText(/^Adatum Cloud \(Adatum\): Direct-bill partner/)).toBeVisible();
});

test("a damaged shared link says so and keeps the starting world", async ({ page }) => {
  await page.goto("/en/simulate/#s=1.broken-link");
  await expect(page.getByRole("alert").getByRole("heading", { name: "The shared link could not be opened" })).toBeVisible();
  await expect(page.getByRole("region", { name: "The world" }).getByText(/^Fabrikam Distribution/)).toBeVisible();
});

async function expectAxeClean(page: Page) {
  await page.emulateMedia({ colorScheme: "light" });
  expect(await axeViolations(page), "light theme").toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await axeViolations(page), "dark theme").toEqual([]);
}

test("passes axe with a denial shown, in both themes", async ({ page }) => {
  await page.goto("/de/simulate/?preset=reseller-two-providers");
  await expect(page.getByRole("region", { name: "Aktion ausprobieren" }).getByRole("heading", { level: 3, name: "Nicht erlaubt" })).toBeVisible();
  await page.getByRole("button", { name: "Geänderte Kopie anlegen" }).click();
  await expectAxeClean(page);
});

test("passes axe with an import error shown, in both themes", async ({ page }) => {
  await page.goto("/pl/simulate/");
  await page.getByLabel("Importuj plik scenariusza").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await expect(page.getByRole("alert")).toBeVisible();
  await expectAxeClean(page);
});

/** Runs axe-core on a page against WCAG 2.2 A and AA and returns the violations in a readable form. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The axe tags that make up WCAG 2.2 levels A and AA. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Every WCAG 2.2 A/AA violation on the page, one line per offending element. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(" ")} — ${n.failureSummary ?? ""}`));
}

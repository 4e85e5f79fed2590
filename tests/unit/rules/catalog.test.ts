import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localeCodes } from "../../../src/i18n/locales.ts";
import { isMessageKey, t } from "../../../src/i18n/messages/index.ts";
import { guideAnchors } from "../../../src/rules/anchors.ts";
import { actionTypes, confidenceOrder, rules } from "../../../src/rules/index.ts";
import { isSourceId } from "../../../src/rules/sources.ts";

const guides = join(import.meta.dirname, "../../../content/guides");
const headingsOf = (slug: string, locale = "en") =>
  [...readFileSync(join(guides, locale, `${slug}.md`), "utf8").matchAll(/^#{2,6} .*\{ #([a-z0-9-]+) \}\s*$/gm)].map((m) => m[1]);

describe("the rule catalog", () => {
  it("holds R1 to R58, each once and in order", () => {
    expect(rules.map((r) => r.id)).toEqual(Array.from({ length: 58 }, (_, i) => `R${i + 1}`));
  });

  it.each(rules)("$id applies to known actions and rests on sources that exist", (rule) => {
    expect(rule.actions.length).toBeGreaterThan(0);
    for (const action of rule.actions) expect(actionTypes).toContain(action);
    const cited = [...rule.sources, ...rule.variants.flatMap((v) => v.sources ?? [])];
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const source of cited) expect(isSourceId(source), `${rule.id} cites ${source}`).toBe(true);
  });

  it.each(rules)("$id links to a guide heading that exists in every locale's guide", (rule) => {
    for (const locale of localeCodes) expect(headingsOf(rule.anchor.slug, locale), locale).toContain(rule.anchor.heading);
  });

  it("lists in guideAnchors only headings the guides have", () => {
    for (const [slug, headings] of Object.entries(guideAnchors)) for (const h of headings) expect(headingsOf(slug), `${slug}#${h}`).toContain(h);
  });

  it.each(rules)("$id has dated variants that do not overlap", (rule) => {
    const sorted = [...rule.variants].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
    for (const v of sorted) if (v.from && v.until) expect(v.from <= v.until).toBe(true);
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1]?.until;
      const from = sorted[i]?.from;
      expect(before !== undefined && from !== undefined && before < from, `${rule.id} variants ${i - 1} and ${i}`).toBe(true);
    }
  });

  it.each(rules)("$id carries a doubt note when its confidence is not 'stated'", (rule) => {
    const levels = [rule.confidence, ...rule.variants.flatMap((v) => v.confidence ?? [])];
    if (levels.every((c) => c === "stated")) return;
    expect(confidenceOrder).toContain(rule.confidence);
    const doubts = [rule.doubt, ...rule.variants.map((v) => v.doubt)].filter((d) => d !== undefined);
    expect(doubts.length, rule.id).toBeGreaterThan(0);
    for (const d of doubts) expect(Object.keys(rule.messages)).toContain(d);
  });

  it.each(rules)("$id has every message in every locale, with no placeholder left unfilled", (rule) => {
    const keys: [string, readonly string[]][] = [[`rule.${rule.id}.title`, []], ...Object.entries(rule.messages).map(([code, params]): [string, readonly string[]] => [`rule.${rule.id}.${code}`, params])];
    for (const [key, params] of keys) {
      expect(isMessageKey(key), key).toBe(true);
      for (const locale of localeCodes) {
        for (const count of [1, 2, 5]) {
          const values = Object.fromEntries([...params, ...Object.keys(rule.constants ?? {})].map((p) => [p, p === "count" ? count : `x${p}`]));
          const text = t(locale, key, values);
          expect(text.trim(), `${locale} ${key}`).not.toBe("");
          expect(text, `${locale} ${key}`).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});

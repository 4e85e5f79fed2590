import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { judgedPaths, resultProps, stepProps } from "../../../src/components/decide/island-props.ts";
import { localeCodes } from "../../../src/i18n/locales.ts";
import { t } from "../../../src/i18n/messages/index.ts";
import { decodeAnswers } from "../../../src/islands/decide/answers-url.ts";
import { Notices } from "../../../src/islands/decide/Notices.tsx";
import { QuestionStep } from "../../../src/islands/decide/QuestionStep.tsx";
import { resolveResult } from "../../../src/islands/decide/resolve-result.ts";
import { ResultPanel } from "../../../src/islands/decide/ResultPanel.tsx";
import { sayOf, textOf } from "../../../src/islands/decide/text.ts";
import { walk } from "../../../src/islands/decide/walk.ts";
import { decisionNodes, resultStep } from "../../../src/rules/decision-tree.ts";
import { ruleset } from "../../../src/rules/ruleset.ts";

const heading = { current: null };
const noClick = () => () => undefined;
const textOfHtml = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&[a-z]+;|&#\d+;/g, " ");
// What must never reach a reader: an unfilled placeholder, or a string key shown because its text was missing.
const leftovers = /\{\w+\}|\b(?:advice|rule|bucket|outcome|result|step|summary|notice|roleName)\.[\w.-]+|\b[qa]\.[a-z-]+\b/;

// One path per distinct explanation: paths that differ only in notes are rendered once per notes combination below.
const paths = judgedPaths();

describe("the pre-rendered question pages", () => {
  it.each(localeCodes)("link every answer in %s to where it leads on every path, with no missing text", (locale) => {
    for (const node of decisionNodes) {
      const props = stepProps(locale, node.id);
      const html = renderToString(
        <QuestionStep props={props} tx={textOf(locale, props.text)} hydrated={false} heading={heading} go={noClick} choose={noClick}
          resolved={{ answers: new Map(), ignored: [], version: { kind: "current" }, walk: walk(new Map()), view: { node, moved: false } }} />,
      );
      expect(textOfHtml(html), `${locale} ${node.id}`).not.toMatch(leftovers);
      for (const answer of node.answers) {
        const target = answer.next === resultStep ? `/${locale}/decide/result/${props.endings[`${node.id}/${answer.id}`]}/` : `/${locale}/decide/${answer.next}/`;
        // The page's inline script adds the answers in its address, and this one, before the island hydrates.
        expect(html, `${node.id}/${answer.id}`).toContain(`href="${target}" data-carry="${node.id}=${answer.id}"`);
      }
    }
  });
});

describe("the personal result", () => {
  it.each(localeCodes)("explains every path in %s without missing text, citing each rule with a link into the guides", (locale) => {
    for (const { steps, outcome, advice } of paths) {
      const props = resultProps(locale, outcome);
      const search = "?" + steps.map((s) => `${s.node.id}=${s.answer.id}`).join("&");
      const resolved = resolveResult(locale, outcome, search);
      expect(resolved, search).not.toHaveProperty("redirect");
      if ("redirect" in resolved) continue;
      const html = renderToString(<ResultPanel props={props} tx={textOf(locale, props.text)} say={sayOf(locale, props.messages)} resolved={resolved} hydrated heading={heading} />);
      const text = textOfHtml(html);
      expect(text, `${locale} ${search}`).not.toMatch(leftovers);
      for (const step of steps) expect(html, search).toContain(`/${locale}/decide/${step.node.id}/?v=${ruleset.version}&amp;`);
      for (const id of advice.roles.flatMap((r) => r.blockers.map((b) => b.rule))) expect(html, `${search}: ${id}`).toContain(`href="${props.rules[id]!.href}"`);
    }
  });

  it("words answers given as ranges itself, instead of the engine's sentence that repeats a profile number", () => {
    const path = paths.find((p) => p.steps.some((s) => s.answer.id === "300k-to-1m"))!;
    const props = resultProps("en", path.outcome);
    const search = "?" + path.steps.map((s) => `${s.node.id}=${s.answer.id}`).join("&");
    const resolved = resolveResult("en", path.outcome, search);
    if ("redirect" in resolved) throw new Error(resolved.redirect);
    const text = textOfHtml(renderToString(<ResultPanel props={props} tx={textOf("en", props.text)} say={sayOf("en", props.messages)} resolved={resolved} hydrated heading={heading} />));
    expect(text).not.toContain(t("en", "rule.R5.reqRevenue", { revenue: 300_000, threshold: 1_000_000 }));
    expect(text).toContain("CSP revenue of at least USD 1,000,000 over the last 12 months.");
    expect(text).toContain("Reach USD 1,000,000 of CSP revenue over 12 months.");
  });

  it("shows the outcome in general when the link has no answers, and offers to continue when they stop early", () => {
    const props = resultProps("de", "direct-bill");
    const render = (search: string) => {
      const resolved = resolveResult("de", "direct-bill", search);
      if ("redirect" in resolved) throw new Error(resolved.redirect);
      return renderToString(<ResultPanel props={props} tx={textOf("de", props.text)} say={sayOf("de", props.messages)} resolved={resolved} hydrated={false} heading={heading} />);
    };
    expect(render("")).toContain("Diese Seite beschreibt das Ergebnis allgemein.");
    expect(render("?customers=one-region")).toContain('href="/de/decide/us-government/?v=1&amp;customers=one-region"');
  });
});

describe("notices about a link", () => {
  it("render what the link contained as text, never as markup", () => {
    const decoded = decodeAnswers(`?<img src=x onerror=alert(1)>=1&goal=<script>alert(1)</script>`, ruleset.version);
    const props = stepProps("en", "goal");
    const html = renderToString(<Notices tx={textOf("en", props.text)} resolved={decoded} asOf="24 November 2026" />);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain("“&lt;img src”");
    expect(html).toContain("“&lt;script>alert(1)&lt;/script>”");
  });

  it("say in the reader's language that a link is older than the rules", () => {
    const props = stepProps("pl", "goal");
    const html = renderToString(<Notices tx={textOf("pl", props.text)} resolved={{ answers: new Map(), ignored: [], version: { kind: "older", version: 1 } }} asOf="24 listopada 2026" />);
    expect(html).toContain(`Link powstał w wersji 1 zasad narzędzia. Twoje odpowiedzi oceniono ponownie według zasad na dzień 24 listopada 2026 (wersja ${ruleset.version}).`);
  });
});

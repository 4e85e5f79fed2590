import { describe, expect, it } from "vitest";
import { endingOutcomes } from "../../../src/components/decide/island-props.ts";
import { destination, resolveQuestion } from "../../../src/islands/decide/resolve.ts";
import { resolveResult } from "../../../src/islands/decide/resolve-result.ts";
import { pageOfPath } from "../../../src/islands/decide/urls.ts";

const endings = endingOutcomes();
const prefix = "customers=one-region&us-government=no&own-use=no";
const toRevenue = `?v=1&${prefix}&goal=own-relationship&enrolment=indirect-reseller&months=12-or-more`;

describe("a question page", () => {
  it("shows the question it names when the answers reach it, with its answer and the later ones", () => {
    const resolved = resolveQuestion("en", "goal", `${toRevenue}&revenue=1m-or-more`, endings);
    expect(resolved).not.toHaveProperty("redirect");
    if ("redirect" in resolved) return;
    expect(resolved.view).toMatchObject({ node: { id: "goal" }, moved: false });
    expect(resolved.walk.steps.map((s) => s.node.id)).toEqual(["customers", "us-government", "own-use", "goal", "enrolment", "months", "revenue"]);
    expect(resolved.walk.next?.id).toBe("support");
  });

  it("moves to the first unanswered question when the answers do not reach the one it names", () => {
    const resolved = resolveQuestion("de", "revenue", "?v=1&customers=several-regions", endings);
    expect(resolved).toMatchObject({ view: { node: { id: "us-government" }, moved: true }, replace: "/de/decide/us-government/?v=1&customers=several-regions" });
  });

  it("moves to the first question when opened without answers somewhere in the middle", () => {
    expect(resolveQuestion("pl", "months", "", endings)).toMatchObject({ view: { node: { id: "customers" }, moved: true } });
  });

  it("sends the reader to the result when the answers already end the path elsewhere", () => {
    expect(resolveQuestion("en", "months", `?v=1&${prefix}&goal=resell`, endings)).toEqual({ redirect: `/en/decide/result/indirect-reseller/?v=1&${prefix}&goal=resell` });
  });
});

describe("where an answer leads", () => {
  it("leads to the next question with every answer in the link", () => {
    expect(destination("en", new Map([["customers", "one-region"]]), endings)).toBe("/en/decide/us-government/?v=1&customers=one-region");
  });

  it("leads to the outcome page of the answer that ends the path", () => {
    const answers = new URLSearchParams(`${prefix}&goal=own-relationship&enrolment=not-enrolled`);
    expect(destination("pl", new Map(answers), endings)).toBe(`/pl/decide/result/not-yet/?v=1&${prefix}&goal=own-relationship&enrolment=not-enrolled`);
  });

  it("skips questions already answered after changing an earlier answer, and stops at the first one still open", () => {
    // The reader answered the direct-bill questions, went to the goal, chose supply-resellers and then own-relationship again.
    const answers = new Map(new URLSearchParams(`${prefix}&goal=own-relationship&enrolment=indirect-reseller&months=12-or-more&revenue=1m-or-more&provider-approval=yes`));
    expect(destination("en", answers, endings)).toBe(`/en/decide/support/?v=1&${prefix}&goal=own-relationship&provider-approval=yes&enrolment=indirect-reseller&months=12-or-more&revenue=1m-or-more`);
    answers.set("goal", "supply-resellers");
    expect(destination("en", answers, endings)).toMatch(/^\/en\/decide\/result\/indirect-provider\/\?/);
  });
});

describe("a result page", () => {
  const notYet = `?v=1&${prefix}&goal=own-relationship&enrolment=indirect-reseller&months=under-12`;

  it("judges complete answers with recommendRole and explains them", () => {
    const resolved = resolveResult("en", "not-yet", notYet);
    expect(resolved).toMatchObject({ advice: { recommended: "indirect-reseller", notYet: { wanted: "direct-bill" } } });
  });

  it("gives the same answers and result in every locale", () => {
    const [en, pl, de] = (["en", "pl", "de"] as const).map((l) => resolveResult(l, "not-yet", notYet));
    expect(pl).toEqual(en);
    expect(de).toEqual(en);
  });

  it("sends the reader to the outcome the answers lead to when the page shows another", () => {
    expect(resolveResult("de", "direct-bill", notYet)).toEqual({ redirect: `/de/decide/result/not-yet/${notYet}` });
  });

  it("offers to continue where the answers stop", () => {
    expect(resolveResult("en", "direct-bill", `?v=1&${prefix}&goal=own-relationship`)).toMatchObject({ continueAt: { id: "enrolment" } });
  });

  it("explains the outcome in general without answers", () => {
    const resolved = resolveResult("en", "indirect-provider", "");
    expect(resolved).not.toHaveProperty("advice");
    expect(resolved).not.toHaveProperty("continueAt");
  });

  it("judges the answers of a link naming a ruleset this site does not know under today's rules, and says so", () => {
    const resolved = resolveResult("en", "not-yet", notYet.replace("v=1", "v=0"));
    expect(resolved).toMatchObject({ version: { kind: "unknown" }, advice: { recommended: "indirect-reseller" } });
  });
});

describe("the tool's addresses", () => {
  it.each([
    ["/en/decide/months/", { kind: "question", node: "months" }],
    ["/pl/decide/result/not-yet/", { kind: "result", outcome: "not-yet" }],
    ["/de/decide/", undefined],
    ["/en/decide/result/maybe/", undefined],
    ["/en/guides/glossary/", undefined],
  ])("reads %s", (path, page) => {
    expect(pageOfPath(path)).toEqual(page);
  });
});

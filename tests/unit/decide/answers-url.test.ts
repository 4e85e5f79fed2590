import { describe, expect, it } from "vitest";
import { allPaths } from "../../../src/components/decide/island-props.ts";
import { decodeAnswers, encodeAnswers } from "../../../src/islands/decide/answers-url.ts";
import { ruleset } from "../../../src/rules/ruleset.ts";

const answersOf = (steps: ReturnType<typeof allPaths>[number]) => new Map(steps.map((s) => [s.node.id, s.answer.id]));
const current = ruleset.version;

describe("answers in the query string", () => {
  it("round-trips the answers of every path, with the ruleset version and nothing ignored", () => {
    for (const steps of allPaths()) {
      const answers = answersOf(steps);
      const decoded = decodeAnswers(encodeAnswers(answers, current), current);
      expect(decoded).toEqual({ answers, ignored: [], version: { kind: "current" } });
    }
  });

  it("writes the version first and the answers in question order, whatever order they were given in", () => {
    const answers = new Map([["goal", "resell"], ["customers", "several-regions"], ["own-use", "no"], ["us-government", "yes-us"]]);
    expect(encodeAnswers(answers, 3)).toBe("?v=3&customers=several-regions&us-government=yes-us&own-use=no&goal=resell");
  });

  it("keeps answers to questions off the path, so that changing an earlier answer back restores them", () => {
    const search = "?v=1&customers=one-region&us-government=no&own-use=no&goal=resell&months=12-or-more";
    expect(decodeAnswers(search, current).answers.get("months")).toBe("12-or-more");
    expect(encodeAnswers(decodeAnswers(search, current).answers, current)).toBe(search);
  });

  it("ignores an unknown question and keeps the valid answers around it", () => {
    const decoded = decodeAnswers("?v=1&customers=one-region&colour=blue&goal=resell", current);
    expect([...decoded.answers]).toEqual([["customers", "one-region"], ["goal", "resell"]]);
    expect(decoded.ignored).toEqual([{ kind: "question", key: "colour" }]);
  });

  it("ignores an answer the question does not have", () => {
    const decoded = decodeAnswers("?customers=one-region&goal=become-microsoft", current);
    expect([...decoded.answers]).toEqual([["customers", "one-region"]]);
    expect(decoded.ignored).toEqual([{ kind: "answer", question: "goal", answer: "become-microsoft" }]);
  });

  it.each([
    ["a value cut short", "?v=1&customers=one-region&us-government=ye", [{ kind: "answer", question: "us-government", answer: "ye" }]],
    ["a key cut short", "?v=1&customers=one-region&us-gov", [{ kind: "question", key: "us-gov" }]],
    ["an empty value", "?v=1&customers=one-region&goal=", [{ kind: "answer", question: "goal", answer: "" }]],
  ])("survives a truncated link: %s", (_, search, ignored) => {
    const decoded = decodeAnswers(search, current);
    expect([...decoded.answers]).toEqual([["customers", "one-region"]]);
    expect(decoded.ignored).toEqual(ignored);
  });

  it("takes the first valid answer when a question appears twice", () => {
    expect(decodeAnswers("?goal=nonsense&goal=resell&goal=own-relationship", current).answers.get("goal")).toBe("resell");
  });

  it("treats keys that are object properties, broken escapes and long values as plain text", () => {
    const decoded = decodeAnswers(`?__proto__=x&constructor=y&customers=%E2%80&goal=${"r".repeat(500)}`, current);
    expect(decoded.answers.size).toBe(0);
    expect(decoded.ignored.map((i) => (i.kind === "question" ? i.key : i.answer))).toEqual(["__proto__", "constructor", "\uFFFD", `${"r".repeat(39)}…`]);
  });

  it("reads no more than a hundred parameters", () => {
    const search = "?" + Array.from({ length: 500 }, (_, i) => `k${i}=v`).join("&");
    expect(decodeAnswers(search, current).ignored).toHaveLength(100);
  });
});

describe("the ruleset version in a link", () => {
  it.each([
    ["the current version", "?v=3", { kind: "current" }],
    ["no version (a link written by hand)", "?goal=resell", { kind: "current" }],
    ["an older version", "?v=1", { kind: "older", version: 1 }],
    ["version 2 of 3", "?v=2&goal=resell", { kind: "older", version: 2 }],
    ["a version from the future", "?v=4", { kind: "unknown", given: "4" }],
    ["a version that is no number", "?v=latest", { kind: "unknown", given: "latest" }],
    ["version zero", "?v=0", { kind: "unknown", given: "0" }],
    ["an empty version", "?v=", { kind: "unknown", given: "" }],
  ])("is recognised: %s", (_, search, version) => {
    expect(decodeAnswers(search, 3).version).toEqual(version);
  });

  it("keeps the answers of an older link, so that they can be judged again under today's rules", () => {
    expect([...decodeAnswers("?v=1&customers=one-region&goal=resell", 2).answers]).toEqual([["customers", "one-region"], ["goal", "resell"]]);
  });
});

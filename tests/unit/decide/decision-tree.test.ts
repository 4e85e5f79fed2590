import { describe, expect, it } from "vitest";
import { allPaths, endingOutcomes, judgedPaths, resultProps } from "../../../src/components/decide/island-props.ts";
import { en } from "../../../src/i18n/decide/en.ts";
import { localeCodes } from "../../../src/i18n/locales.ts";
import { isMessageKey } from "../../../src/i18n/messages/index.ts";
import { validateProfile } from "../../../src/engine/index.ts";
import { versionParam } from "../../../src/islands/decide/answers-url.ts";
import { profileOf } from "../../../src/islands/decide/walk.ts";
import { guideAnchors } from "../../../src/rules/anchors.ts";
import { rules } from "../../../src/rules/catalog.ts";
import { decisionNodes, outcomeOf, outcomes, resultStep, rootNode } from "../../../src/rules/decision-tree.ts";
import { recommendRole } from "../../../src/rules/recommend-role.ts";
import { ruleset } from "../../../src/rules/ruleset.ts";

const ids = decisionNodes.map((n) => n.id);
const paths = judgedPaths();

describe("the decision tree's data", () => {
  it("has unique, URL-safe question ids that clash with neither the result pages nor the version parameter", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(ids).not.toContain(resultStep);
    expect(ids).not.toContain(versionParam);
    expect(ids[0]).toBe(rootNode);
  });

  it("gives every question answers with unique ids, and leads every answer to a question or the result", () => {
    for (const node of decisionNodes) {
      const answerIds = node.answers.map((a) => a.id);
      expect(new Set(answerIds).size, node.id).toBe(answerIds.length);
      expect(answerIds.length, node.id).toBeGreaterThanOrEqual(2);
      for (const answer of node.answers) {
        expect(answer.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect([...ids, resultStep], `${node.id}/${answer.id}`).toContain(answer.next);
        expect(Object.keys(answer.sets).length, `${node.id}/${answer.id} sets nothing`).toBeGreaterThan(0);
      }
    }
  });

  it("names a string for every question, help text and answer", () => {
    for (const node of decisionNodes) {
      for (const key of [node.question, node.help, ...node.answers.map((a) => a.label)]) expect(Object.hasOwn(en, key), key).toBe(true);
    }
  });

  it("reaches every question from the first one, and gives every other question exactly one parent question", () => {
    const reached = new Set(paths.flatMap((p) => p.steps.map((s) => s.node.id)));
    expect([...reached].sort()).toEqual([...ids].sort());
    for (const node of decisionNodes.slice(1)) {
      const parents = decisionNodes.filter((p) => p.answers.some((a) => a.next === node.id));
      expect(parents.map((p) => p.id), node.id).toHaveLength(1);
    }
  });

  it("lists questions before the questions they lead to, so that links list answers in the order they were given", () => {
    for (const node of decisionNodes) {
      for (const answer of node.answers) if (answer.next !== resultStep) expect(ids.indexOf(answer.next), `${node.id} → ${answer.next}`).toBeGreaterThan(ids.indexOf(node.id));
    }
  });

  it("builds a profile the engine accepts on every path", () => {
    for (const { steps } of paths) expect(validateProfile(profileOf(steps)), steps.map((s) => s.answer.id).join(" ")).toMatchObject({ ok: true });
  });
});

describe("every path through the tree", () => {
  it("is walked: there are paths of 4 to 14 questions ending in every outcome", () => {
    expect(paths.length).toBe(allPaths().length);
    const lengths = paths.map((p) => p.steps.length);
    expect(Math.min(...lengths)).toBe(4);
    expect(Math.max(...lengths)).toBe(14);
    expect([...new Set(paths.map((p) => p.outcome))].sort()).toEqual([...outcomes].sort());
  });

  it("ends in an outcome recommendRole gives and explains in messages every locale has, citing rules with guide sections", () => {
    for (const { steps, advice, outcome } of paths) {
      const where = steps.map((s) => `${s.node.id}=${s.answer.id}`).join("&");
      expect(outcomeOf(recommendRole(profileOf(steps), ruleset.asOf)), where).toBe(outcome);
      const recommended = advice.roles.find((r) => r.role === advice.recommended)!;
      if (advice.notYet) {
        expect(advice.notYet.comeBackWhen.length, where).toBeGreaterThan(0);
        const wanted = advice.roles.find((r) => r.role === advice.notYet!.wanted)!;
        expect(wanted.blockers.flatMap((b) => b.change ?? []), where).toEqual(advice.notYet.comeBackWhen);
      } else {
        expect(recommended.fits.length + recommended.blockers.length, `${where}: no reason for ${outcome}`).toBeGreaterThan(0);
      }
      for (const role of advice.roles.filter((r) => !r.eligible)) {
        expect(role.blockers.length, `${where}: ${role.role} closed without a reason`).toBeGreaterThan(0);
        for (const b of role.blockers) expect(b.change, `${where}: ${b.message.key} without a way forward`).toBeDefined();
      }
      const refs = [...advice.roles.flatMap((r) => [...r.fits, ...r.blockers.flatMap((b) => [b.message, ...(b.change ? [b.change] : [])])]), ...advice.notes.map((n) => n.message)];
      for (const ref of refs) expect(isMessageKey(ref.key), ref.key).toBe(true);
      const cited = [...advice.roles.flatMap((r) => [...r.rules, ...r.blockers.map((b) => b.rule)]), ...advice.notes.flatMap((n) => n.rules)];
      for (const id of cited) {
        const rule = rules.find((r) => r.id === id);
        expect(rule, id).toBeDefined();
        expect(guideAnchors[rule!.anchor.slug as keyof typeof guideAnchors] as readonly string[], id).toContain(rule!.anchor.heading);
      }
    }
  });

  it("gives each answer that ends a path one outcome whatever came before, so that it can link to one result page", () => {
    expect(() => endingOutcomes(paths)).not.toThrow();
    const endings = endingOutcomes(paths);
    const ending = decisionNodes.flatMap((n) => n.answers.filter((a) => a.next === resultStep).map((a) => `${n.id}/${a.id}`));
    expect(Object.keys(endings).sort()).toEqual(ending.sort());
  });

  it("ends early only when the outcome is settled: answering the questions it skipped as any other path does would not change it", () => {
    // The first three questions only add notes, so paths that differ only there are compared once.
    const notesOnly = new Set(["customers", "us-government", "own-use"]);
    const distinct = new Map(paths.map((p) => [p.steps.filter((s) => !notesOnly.has(s.node.id)).map((s) => `${s.node.id}=${s.answer.id}`).join("&"), p]));
    for (const [where, path] of distinct) {
      const asked = new Set(path.steps.map((s) => s.node));
      for (const other of distinct.values()) {
        const skipped = other.steps.filter((s) => !asked.has(s.node));
        expect(outcomeOf(recommendRole(profileOf([...skipped, ...path.steps]), ruleset.asOf)), `${where}, then the rest of another path`).toBe(path.outcome);
      }
    }
  });

  it("leaves no engine message or rule a result could show out of the result pages' props", () => {
    for (const locale of localeCodes) {
      const props = resultProps(locale, "not-yet");
      for (const { advice } of paths) {
        for (const role of advice.roles) {
          for (const m of [...role.fits, ...role.blockers.flatMap((b) => [b.message, ...(b.change ? [b.change] : [])])]) expect(props.messages, m.key).toHaveProperty([m.key]);
          for (const id of [...role.rules, ...role.blockers.map((b) => b.rule)]) expect(props.rules, id).toHaveProperty([id]);
        }
        for (const note of advice.notes) expect(props.messages).toHaveProperty([note.message.key]);
      }
    }
  });
});

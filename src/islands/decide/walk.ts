/**
 * Following the decision tree with a set of answers: which questions were answered on the way, which one
 * comes next (none once the path reaches "result"), and the profile the answers build.
 *
 *   walk(new Map([["customers", "one-region"]]))  →  { steps: [{ node: customers, answer: one-region }], next: us-government, profile: { regions: ["home"] } }
 */
import type { PartnerProfile } from "../../engine/index.ts";
import { decisionNodes, resultStep, rootNode, type DecisionAnswer, type DecisionNode } from "../../rules/decision-tree.ts";

/** The reader's answers: question (node) id → answer id. Answers to questions off the path are kept but unused. */
export type Answers = ReadonlyMap<string, string>;

/** One answered question on the path. */
export type Step = { readonly node: DecisionNode; readonly answer: DecisionAnswer };

/** Where a set of answers leads: the answered steps in order, the next question (undefined at the result) and the profile. */
export type Walk = { readonly steps: readonly Step[]; readonly next: DecisionNode | undefined; readonly profile: PartnerProfile };

const byId = new Map(decisionNodes.map((n) => [n.id, n]));

/** The question with this id, if there is one. */
export function nodeById(id: string): DecisionNode | undefined {
  return byId.get(id);
}

/** The answer with this id to a question, if there is one. */
export function answerOf(node: DecisionNode, id: string | undefined): DecisionAnswer | undefined {
  return node.answers.find((a) => a.id === id);
}

/** The profile a sequence of steps builds: later answers override earlier ones field by field. */
export function profileOf(steps: readonly Step[]): PartnerProfile {
  return Object.assign({}, ...steps.map((s) => s.answer.sets)) as PartnerProfile;
}

/** Follows the answers from the first question until a question has no answer or an answer leads to the result. */
export function walk(answers: Answers): Walk {
  const steps: Step[] = [];
  let node = byId.get(rootNode);
  while (node && !steps.some((s) => s.node === node)) {
    const answer = answerOf(node, answers.get(node.id));
    if (!answer) break;
    steps.push({ node, answer });
    node = answer.next === resultStep ? undefined : byId.get(answer.next);
  }
  return { steps, next: node, profile: profileOf(steps) };
}

/** The question that leads to this one (undefined for the first question). */
export function parentOf(id: string): DecisionNode | undefined {
  return decisionNodes.find((n) => n.answers.some((a) => a.next === id));
}

/** How many questions a reader has seen on reaching this one, counting it (1 for the first question). */
export function depthOf(id: string): number {
  let depth = 1;
  for (let parent = parentOf(id); parent && depth <= decisionNodes.length; parent = parentOf(parent.id)) depth++;
  return depth;
}

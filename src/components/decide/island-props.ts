/**
 * Build-time data for the decision tool: every path through the tree with recommendRole's advice, the outcome
 * each path-ending answer leads to (the links that work without JavaScript), and the island's props, which
 * carry only the strings and rule links some path can need, in the page's locale.
 */
import { calendar } from "../../engine/index.ts";
import { decideStrings, type DecideKey } from "../../i18n/decide/index.ts";
import { formatDate, guidePath, useTranslations, type Locale, type Message } from "../../i18n/index.ts";
import { messages, t } from "../../i18n/messages/index.ts";
import { rules } from "../../rules/catalog.ts";
import { outcomeOf, resultStep, rootNode, type OutcomeId } from "../../rules/decision-tree.ts";
import { recommendRole, type RoleAdvice } from "../../rules/recommend-role.ts";
import { ruleset } from "../../rules/ruleset.ts";
import type { CommonProps, ResultProps, RuleLink, StepProps } from "../../islands/decide/props.ts";
import { nodeById, profileOf, type Step } from "../../islands/decide/walk.ts";

/** One complete path and what recommendRole makes of it under the current ruleset. */
export type JudgedPath = { readonly steps: readonly Step[]; readonly advice: RoleAdvice; readonly outcome: OutcomeId };

/** Every path from the first question to a result. */
export function allPaths(): Step[][] {
  const paths: Step[][] = [];
  const visit = (id: string, before: readonly Step[]) => {
    const node = nodeById(id);
    if (!node || before.some((s) => s.node === node)) throw new Error(`The decision tree leads to a missing or repeated question: ${id}`);
    for (const answer of node.answers) {
      const steps = [...before, { node, answer }];
      if (answer.next === resultStep) paths.push(steps);
      else visit(answer.next, steps);
    }
  };
  visit(rootNode, []);
  return paths;
}

/** Every path with its advice and outcome. */
export function judgedPaths(asOf: string = ruleset.asOf): JudgedPath[] {
  return allPaths().map((steps) => {
    const advice = recommendRole(profileOf(steps), asOf);
    return { steps, advice, outcome: outcomeOf(advice) };
  });
}

/** For each answer that ends a path ("months/under-12"), its outcome; throws when two paths through it disagree. */
export function endingOutcomes(paths: readonly JudgedPath[] = judgedPaths()): Record<string, OutcomeId> {
  const endings: Record<string, OutcomeId> = {};
  for (const { steps, outcome } of paths) {
    const last = steps.at(-1);
    if (!last) continue;
    const key = `${last.node.id}/${last.answer.id}`;
    if (endings[key] !== undefined && endings[key] !== outcome) {
      throw new Error(`The answer ${key} ends paths with different outcomes (${endings[key]}, ${outcome}); it cannot link to one result page`);
    }
    endings[key] = outcome;
  }
  return endings;
}

/** The engine message keys and rule ids the advice of any path uses. */
export function adviceVocabulary(paths: readonly JudgedPath[] = judgedPaths()) {
  const keys = new Set<string>();
  const ruleIds = new Set<string>();
  for (const { advice } of paths) {
    for (const role of advice.roles) {
      role.rules.forEach((id) => ruleIds.add(id));
      role.fits.forEach((m) => keys.add(m.key));
      for (const b of role.blockers) {
        keys.add(b.message.key);
        if (b.change) keys.add(b.change.key);
        ruleIds.add(b.rule);
      }
    }
    for (const note of advice.notes) {
      keys.add(note.message.key);
      note.rules.forEach((id) => ruleIds.add(id));
    }
  }
  return { keys, ruleIds };
}

// Engine messages that repeat a profile number: the tool's answers are ranges, so it words these itself.
const bucketed: Readonly<Record<string, DecideKey>> = {
  "rule.R5.reqMonths": "bucket.reqMonths",
  "rule.R5.reqRevenue": "bucket.reqRevenue",
  "advice.change.reqMonths": "bucket.changeMonths",
  "advice.change.reqRevenue": "bucket.changeRevenue",
};

function engineMessage(locale: Locale, key: string): Message {
  const catalog: Readonly<Record<string, Message>> = messages[locale];
  const strings = decideStrings[locale];
  const override = bucketed[key];
  if (override) return strings[override];
  const message = catalog[key];
  if (message === undefined) throw new Error(`No ${locale} message for ${key}`);
  // "Several regions" is all the tool asks, so only the one-region wording keeps the engine's count.
  const several = strings["bucket.regions"];
  if (key === "advice.note.regions" && typeof message !== "string" && typeof several === "string") return { one: message.one ?? message.other, other: several };
  return message;
}

/** The rule links of a set of rule ids, in a locale. */
export function ruleLinks(locale: Locale, ids: Iterable<string>): Record<string, RuleLink> {
  const links: Record<string, RuleLink> = {};
  for (const id of ids) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new Error(`Unknown rule ${id}`);
    links[id] = { title: t(locale, `rule.${id}.title`), href: guidePath(locale, rule.anchor.slug, rule.anchor.heading) };
  }
  return links;
}

let cache: { endings: Record<string, OutcomeId>; keys: Set<string>; ruleIds: Set<string> } | undefined;

function vocabulary() {
  if (!cache) {
    const paths = judgedPaths();
    cache = { endings: endingOutcomes(paths), ...adviceVocabulary(paths) };
  }
  return cache;
}

// The tool's strings an island needs: a question page no outcome texts, a result page no help texts.
function textFor(locale: Locale, skip: (key: string) => boolean): CommonProps["text"] {
  return Object.fromEntries(Object.entries(decideStrings[locale]).filter(([key]) => !key.startsWith("start.") && key !== "tool.description" && !skip(key)));
}

/** The props of a question page's island. */
export function stepProps(locale: Locale, node: string): StepProps {
  const resultOnly = /^(result|outcome|bucket|roleName)\./;
  return {
    locale,
    node,
    siteName: useTranslations(locale)("site.name"),
    text: textFor(locale, (key) => resultOnly.test(key)),
    asOf: formatDate(locale, ruleset.asOf),
    endings: vocabulary().endings,
  };
}

/** The props of a result page's island. */
export function resultProps(locale: Locale, outcome: OutcomeId): ResultProps {
  const { keys, ruleIds } = vocabulary();
  const stepOnly = /^(step\.|q\..*\.help$|bucket\.|notice\.restarted$)/;
  return {
    locale,
    outcome,
    text: textFor(locale, (key) => stepOnly.test(key) || (key.startsWith("outcome.") && !key.startsWith(`outcome.${outcome}.`))),
    asOf: formatDate(locale, ruleset.asOf),
    messages: Object.fromEntries([...keys].sort().map((key) => [key, engineMessage(locale, key)])),
    rules: ruleLinks(locale, [...ruleIds].sort()),
    floorChanged: formatDate(locale, calendar.directBillMillion),
  };
}

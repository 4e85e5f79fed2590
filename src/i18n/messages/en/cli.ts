/** English labels of the scenario command line (cli.*). */
import type { Message } from "../../format.ts";

/** Command-line labels. */
export const enCli = {
  "cli.usage": "Usage: npm run scenario -- [file.json | -] [--json] [--as-of YYYY-MM-DD] [--lang en|pl|de]",
  "cli.heading": "Scenario {file}, rules as of {date}",
  "cli.action": "{index}. {type}",
  "cli.allowed": "ALLOWED",
  "cli.denied": "DENIED",
  "cli.passed": "passed",
  "cli.failed": "failed",
  "cli.met": "as expected",
  "cli.notMet": "NOT AS EXPECTED",
  "cli.noExpectation": "no expectation",
  "cli.mismatch.verdict": "expected {expected}, got {actual}",
  "cli.mismatch.failed": "expected {expected} among the failed rules (failed: {actual})",
  "cli.mismatch.dependsOnDate": "expected “depends on the date” to be {expected}, got {actual}",
  "cli.remedy": "What to do: {text}",
  "cli.note": "Note: {text}",
  "cli.doubt": "Doubt ({confidence}): {text}",
  "cli.sources": "Sources: {list}",
  "cli.guide": "Guide: {anchor}",
  "cli.dependsOnDate": "The answer depends on the date the rules are read at.",
  "cli.altFrom": "from {from}: {outcome}",
  "cli.altUntil": "until {until}: {outcome}",
  "cli.altBetween": "{from} to {until}: {outcome}",
  "cli.otherDates": "Other dates: {list}",
  "cli.summary": { one: "One action: {met} as expected, {notMet} not as expected.", other: "{count} actions: {met} as expected, {notMet} not as expected." },
  "cli.invalid": { one: "The scenario file has one problem:", other: "The scenario file has {count} problems:" },
} as const satisfies Record<string, Message>;

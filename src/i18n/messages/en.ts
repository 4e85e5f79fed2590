/**
 * English messages of the engine, the rules, validation, role advice and the command line: the source
 * every other locale is typed against. Keys are flat and dotted: rule.R20.noMca, problem.required, term.cloud.germany.
 */
import type { Message } from "../format.ts";
import { enAdvice } from "./en/advice.ts";
import { enCli } from "./en/cli.ts";
import { enProblems } from "./en/problems.ts";
import { enRulesAdmin } from "./en/rules-admin.ts";
import { enRulesChannels } from "./en/rules-channels.ts";
import { enRulesCustomers } from "./en/rules-customers.ts";
import { enRulesPartnerships } from "./en/rules-partnerships.ts";
import { enRulesRestrictions } from "./en/rules-restrictions.ts";
import { enRulesRoles } from "./en/rules-roles.ts";
import { enTerms } from "./en/terms.ts";

/** Every engine and rule message in English. */
export const enMessages = {
  ...enRulesRoles,
  ...enRulesPartnerships,
  ...enRulesCustomers,
  ...enRulesAdmin,
  ...enRulesChannels,
  ...enRulesRestrictions,
  ...enTerms,
  ...enProblems,
  ...enAdvice,
  ...enCli,
} as const satisfies Record<string, Message>;

/** A key of the engine and rule messages. */
export type MessageKey = keyof typeof enMessages;

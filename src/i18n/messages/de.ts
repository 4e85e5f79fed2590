/** Deutsche Meldungen der Engine, der Regeln, der Validierung, der Rollenempfehlung und der Befehlszeile, typisiert nach den englischen. */
import type { Message } from "../format.ts";
import type { enMessages } from "./en.ts";
import { deAdvice } from "./de/advice.ts";
import { deCli } from "./de/cli.ts";
import { deProblems } from "./de/problems.ts";
import { deRulesAdmin } from "./de/rules-admin.ts";
import { deRulesChannels } from "./de/rules-channels.ts";
import { deRulesCustomers } from "./de/rules-customers.ts";
import { deRulesPartnerships } from "./de/rules-partnerships.ts";
import { deRulesRestrictions } from "./de/rules-restrictions.ts";
import { deRulesRoles } from "./de/rules-roles.ts";
import { deTerms } from "./de/terms.ts";

/** Alle Meldungen der Engine und der Regeln auf Deutsch. */
export const deMessages: Record<keyof typeof enMessages, Message> = {
  ...deRulesRoles,
  ...deRulesPartnerships,
  ...deRulesCustomers,
  ...deRulesAdmin,
  ...deRulesChannels,
  ...deRulesRestrictions,
  ...deTerms,
  ...deProblems,
  ...deAdvice,
  ...deCli,
};

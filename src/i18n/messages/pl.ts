/** Komunikaty silnika, reguł, walidacji, porad i wiersza poleceń po polsku, typowane względem angielskich. */
import type { Message } from "../format.ts";
import type { enMessages } from "./en.ts";
import { plAdvice } from "./pl/advice.ts";
import { plCli } from "./pl/cli.ts";
import { plProblems } from "./pl/problems.ts";
import { plRulesAdmin } from "./pl/rules-admin.ts";
import { plRulesChannels } from "./pl/rules-channels.ts";
import { plRulesCustomers } from "./pl/rules-customers.ts";
import { plRulesPartnerships } from "./pl/rules-partnerships.ts";
import { plRulesRestrictions } from "./pl/rules-restrictions.ts";
import { plRulesRoles } from "./pl/rules-roles.ts";
import { plTerms } from "./pl/terms.ts";

/** Wszystkie komunikaty silnika i reguł po polsku. */
export const plMessages: Record<keyof typeof enMessages, Message> = {
  ...plRulesRoles,
  ...plRulesPartnerships,
  ...plRulesCustomers,
  ...plRulesAdmin,
  ...plRulesChannels,
  ...plRulesRestrictions,
  ...plTerms,
  ...plProblems,
  ...plAdvice,
  ...plCli,
};

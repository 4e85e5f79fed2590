/**
 * The rule catalog: every rule of csp-facts.md section 6, R1 to R58, in order. The R-numbers are stable ids.
 */
import type { Rule } from "../engine/index.ts";
import { r32, r33, r34, r35, r36, r37, r38 } from "./admin-rights.ts";
import { r21, r28, r29, r30, r31 } from "./customer-relationships.ts";
import { r5, r9, r10, r11 } from "./direct-bill.ts";
import { r56, r57, r58 } from "./direct-to-indirect.ts";
import { r39, r40, r41 } from "./multi-partner.ts";
import { r51, r52, r53, r54, r55 } from "./national-clouds.ts";
import { r20, r22, r23, r24, r25, r26, r27 } from "./orders.ts";
import { r46, r47, r48, r49, r50 } from "./own-use.ts";
import { r13, r14, r15, r16, r17, r18, r19 } from "./partnerships.ts";
import { r1, r2, r3, r4, r6, r7, r8, r12 } from "./roles.ts";
import { r42, r43, r44, r45 } from "./transfers.ts";

/** Every rule, R1 to R58. */
export const rules: readonly Rule[] = [
  r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20,
  r21, r22, r23, r24, r25, r26, r27, r28, r29, r30, r31, r32, r33, r34, r35, r36, r37, r38, r39, r40,
  r41, r42, r43, r44, r45, r46, r47, r48, r49, r50, r51, r52, r53, r54, r55, r56, r57, r58,
];

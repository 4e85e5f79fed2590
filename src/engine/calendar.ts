/**
 * The dates on which CSP rules changed, in one place: the rule catalog dates its variants with them,
 * and apply() uses the ones that change what an action does (DAP is no longer created after it was retired).
 * Where a source gives no date, the value is an engine assumption and the rule that uses it says so in its doubt note.
 */
import type { IsoDate } from "./dates.ts";

/** Dates the CSP rules changed on. */
export const calendar = {
  /** Every CSP partner must have accepted the Microsoft Partner Agreement (S6, S14). */
  mpaRequired: "2020-02-01",
  /** Partners new to CSP enrol as indirect resellers first (S3). */
  resellerFirst: "2020-10-01",
  /** Multi-partner and multichannel said to work in national clouds (S1, S4 of 2020-11-29; S16 of May 2020 said not yet). */
  nationalCloudMultiPartner: "2020-11-29",
  /** Assumed: the newer removal text (cancel, not suspend, new-commerce subscriptions) applies from here; W2 is undated. */
  nceCancelBeforeRemoval: "2021-01-01",
  /** Assumed boundary between the 2020–21 documentation snapshot and newer, undated pages (W6, W12). */
  newerDocumentation: "2022-01-01",
  /** GDAP exists (facts: "2022+"; no Microsoft date read). */
  gdapAvailable: "2022-01-01",
  /** New reseller relationships no longer create DAP (third-party sources only). */
  dapRetired: "2023-01-01",
  /** Partner-of-record validation of new orders (W8; one distributor notice says 2025-09-01). */
  porNewOrders: "2025-06-02",
  /** The later date one distributor notice gives for validating new orders (W15). */
  porNewOrdersAlternative: "2025-09-01",
  /** Partner-of-record validation extended to changes of existing subscriptions (W7, W15). */
  porChanges: "2025-12-01",
  /** USD 1M direct-bill revenue floor (W5/W6; third-party notices date it to FY26). */
  directBillMillion: "2025-10-01",
} as const satisfies Record<string, IsoDate>;


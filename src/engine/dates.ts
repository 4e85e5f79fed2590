/**
 * Calendar dates as ISO strings ("2021-10-01"). The engine never reads the clock: every date is an input.
 * ISO dates compare correctly as strings, so periods are checked with < and >.
 */

/** A calendar date written "YYYY-MM-DD". */
export type IsoDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** Whether a value is a real calendar date written "YYYY-MM-DD" (so "2021-02-30" is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const match = isoPattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return new Date(time).toISOString().slice(0, 10) === value;
}

function toTime(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The date n days after (or before, for negative n) a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toTime(date) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toTime(to) - toTime(from)) / dayMs);
}

/** A period a rule is in force: both ends inclusive, an absent end is open. */
export type Period = { readonly from?: IsoDate; readonly until?: IsoDate };

/** Whether a date falls inside a period. */
export function inPeriod(period: Period, date: IsoDate): boolean {
  return (period.from === undefined || date >= period.from) && (period.until === undefined || date <= period.until);
}

/**
 * Parameters that name a thing from a fixed list (a role, a cloud, a status) are passed as term keys,
 * such as "term.cloud.us-government", which the message catalogs translate before filling a message.
 */

/** The term key for a value of a fixed list. */
export function term(list: "role" | "cloud" | "status" | "userRole" | "task" | "change" | "endedBy" | "kind" | "method" | "channel", value: string): string {
  return `term.${list}.${value}`;
}

/**
 * The guide sections rules link to: content/guides/<lang>/<slug>.md, headings written `## Title { #heading }`.
 * Only anchors that exist in the guides are listed; a test reads the guides to keep it so.
 *
 *   anchor("two-tier-model", "same-region") → { slug: "two-tier-model", heading: "same-region" }
 */
import type { GuideAnchor } from "../engine/index.ts";

/** Guide slugs and the heading ids rules point at. */
export const guideAnchors = {
  "ways-to-work-together": ["three-roles", "direct-bill-partners", "csp-regions"],
  "two-tier-model": ["partnership", "same-region", "customer-relationships", "orders", "partner-of-record", "support-contact", "ending-a-partnership"],
  "indirect-resellers": ["enrolment", "authorising-a-provider", "what-resellers-cannot-do", "moving-to-direct-bill", "restricted-status", "transition-from-direct-bill"],
  "indirect-providers": ["becoming-a-provider", "customers-and-orders", "additional-resellers", "gdap-for-resellers"],
  "multi-partner": ["what-it-allows", "existing-subscriptions", "admin-rights", "ending-a-customer-relationship"],
  multichannel: ["what-it-allows", "licence-based-subscriptions", "azure-from-other-channels", "azure-from-another-csp-partner"],
  "buying-from-other-partners": ["the-restriction", "internal-use-tenant", "affiliates", "resellers-and-their-provider", "shared-services"],
  "national-clouds": ["which-clouds", "us-government", "germany", "china-21vianet", "separate-tenants"],
} as const satisfies Record<string, readonly string[]>;

/** A guide that rules link to. */
export type GuideSlug = keyof typeof guideAnchors;

/** A guide section, checked against the list above at compile time. */
export function anchor<S extends GuideSlug>(slug: S, heading: (typeof guideAnchors)[S][number]): GuideAnchor {
  return { slug, heading };
}

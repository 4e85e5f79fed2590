/**
 * The blocks a guide can hold besides Markdown: a worked example computed by the engine, and the diagrams.
 * A guide writes one as a fenced code block named after it, with its props in YAML:
 *
 *   ```engine-example
 *   name: two-tier-order
 *   title: "Fabrikam orders for Contoso's customer"
 *   situation: "Fabrikam, a distributor in Germany, …"
 *   steps: ["Fabrikam places the order, naming Contoso as partner of record."]
 *   ```
 *
 * Each schema is the one source of its component's props (src/components/guide/), and is checked when the
 * guide is read, so a missing or misspelt field stops the build naming the file, the block and the field.
 */
import { z } from "astro/zod";

const text = z.string().trim().min(1);
const optionalText = text.optional();

/** Caption, description (the text alternative) and an optional title and id: what every diagram shares. */
const figure = { id: text.optional(), title: optionalText, caption: text, description: text };

/** Labels of a diagram: every key named, no others (a misspelt key would leave a box empty). */
const labels = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

/** The schema of each block, by the name a guide writes after its opening fence. */
export const blockSchemas = {
  "engine-example": z
    .object({
      /** The scenario file content/examples/<name>.json. */
      name: z.string().regex(/^[a-z0-9-]+$/),
      title: text,
      situation: text,
      /** One sentence per action of the scenario, in order. */
      steps: z.array(text).min(1),
    })
    .strict(),
  "step-flow": z.object({ ...figure, id: text, steps: z.array(text).min(2) }).strict(),
  "two-tier-flow": z
    .object({
      ...figure,
      labels: labels({
        microsoft: text, microsoftNote: optionalText, provider: text, providerNote: optionalText,
        reseller: text, resellerNote: optionalText, customer: text, customerNote: optionalText,
        /** Order arrows, bottom-up: customer → reseller, reseller → provider, provider → Microsoft. */
        orderToReseller: text, orderToProvider: text, orderToMicrosoft: text,
        /** Billing arrows, top-down: Microsoft → provider, provider → reseller, reseller → customer. */
        billProvider: text, billReseller: text, billCustomer: text,
        legendOrder: text, legendBilling: text,
      }),
    })
    .strict(),
  "two-tier-relationships": z
    .object({
      ...figure,
      labels: labels({
        provider: text, providerNote: optionalText, reseller: text, resellerNote: optionalText,
        customer: text, customerNote: optionalText,
        partnership: text, resellerRelationship: text, providerRelationship: text, footnote: optionalText,
      }),
    })
    .strict(),
  "partner-roles": z
    .object({
      ...figure,
      labels: labels({
        microsoft: text, microsoftNote: optionalText, directBill: text, directBillNote: optionalText,
        provider: text, providerNote: optionalText, reseller: text, resellerNote: optionalText,
        customer: text, customerNote: optionalText, legendArrow: text,
      }),
    })
    .strict(),
  "multi-partner-tenant": z
    .object({
      ...figure,
      labels: labels({
        partnerA: text, partnerANote: optionalText, partnerB: text, partnerBNote: optionalText,
        linkA: text, linkB: text,
        subscriptionA: text, subscriptionANote: optionalText, subscriptionB: text, subscriptionBNote: optionalText,
        tenant: text, tenantNote: optionalText,
      }),
    })
    .strict(),
  "multichannel-tenant": z
    .object({
      ...figure,
      labels: labels({ channelsHeading: text, tenant: text }),
      rows: z
        .array(
          z.object({ channel: text, channelNote: optionalText, subscription: text, note: optionalText, highlight: z.boolean().optional() }).strict(),
        )
        .min(1),
    })
    .strict(),
  "cloud-boundaries": z
    .object({
      ...figure,
      labels: labels({
        cloudA: text, cloudB: text, partnerA: text, partnerANote: optionalText, partnerB: text, partnerBNote: optionalText,
        customerA: text, customerANote: optionalText, customerB: text, customerBNote: optionalText,
        relationship: text, noCrossing: text,
      }),
    })
    .strict(),
  "csp-to-csp-restriction": z
    .object({
      ...figure,
      labels: labels({
        seller: text, sellerNote: optionalText, transacting: text, transactingNote: optionalText,
        internal: text, internalNote: optionalText, organisation: text, organisationNote: optionalText,
        denied: text, allowed: text,
      }),
    })
    .strict(),
};

/** The name of a block, as written after the opening fence. */
export type BlockName = keyof typeof blockSchemas;

/** The validated props of one block: its component's props. */
export type BlockProps<N extends BlockName> = z.output<(typeof blockSchemas)[N]>;

/** Whether a fenced code block's language names a block rather than code to show. */
export function isBlockName(lang: string | null | undefined): lang is BlockName {
  return lang != null && Object.hasOwn(blockSchemas, lang);
}

/** The kinds of callout (`<callout kind="warning" title="…">`); a callout without a kind is a note. */
export const calloutKinds = ["note", "warning", "restriction"] as const;

/** One kind of callout. */
export type CalloutKind = (typeof calloutKinds)[number];

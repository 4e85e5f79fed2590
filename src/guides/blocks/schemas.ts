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

/**
 * A diagram's schema: what every diagram shares, its labels (every key named and no other, since a misspelt key
 * would leave a box empty) and any other props it takes.
 */
const diagram = <L extends z.ZodRawShape, E extends z.ZodRawShape = {}>(labels: L, extra?: E) =>
  z.object({ ...figure, labels: z.object(labels).strict(), ...(extra as E) }).strict();

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
  "two-tier-flow": diagram({
    microsoft: text, microsoftNote: optionalText, provider: text, providerNote: optionalText,
    reseller: text, resellerNote: optionalText, customer: text, customerNote: optionalText,
    /** Order arrows, bottom-up: customer → reseller, reseller → provider, provider → Microsoft. */
    orderToReseller: text, orderToProvider: text, orderToMicrosoft: text,
    /** Billing arrows, top-down: Microsoft → provider, provider → reseller, reseller → customer. */
    billProvider: text, billReseller: text, billCustomer: text,
    /** Legend: what a solid and a dashed arrow mean. */
    legendOrder: text, legendBilling: text,
  }),
  "two-tier-relationships": diagram({
    provider: text, providerNote: optionalText, reseller: text, resellerNote: optionalText,
    customer: text, customerNote: optionalText,
    /** The dashed two-way line between provider and reseller. */
    partnership: text,
    /** The reseller's own relationship with the customer. */
    resellerRelationship: text,
    /** The provider's own relationship with the customer (the line routed round the right). */
    providerRelationship: text,
    /** A sentence under the drawing, e.g. how both relationships come about. */
    footnote: optionalText,
  }),
  "partner-roles": diagram({
    microsoft: text, microsoftNote: optionalText, directBill: text, directBillNote: optionalText,
    provider: text, providerNote: optionalText, reseller: text, resellerNote: optionalText,
    customer: text, customerNote: optionalText,
    /** Legend: what an arrow means. */
    legendArrow: text,
  }),
  "multi-partner-tenant": diagram({
    partnerA: text, partnerANote: optionalText, partnerB: text, partnerBNote: optionalText,
    /** What each arrow stands for, e.g. "own reseller relationship and admin roles". */
    linkA: text, linkB: text,
    subscriptionA: text, subscriptionANote: optionalText, subscriptionB: text, subscriptionBNote: optionalText,
    tenant: text, tenantNote: optionalText,
  }),
  "multichannel-tenant": diagram(
    { channelsHeading: text, tenant: text },
    {
      rows: z
        .array(z.object({ channel: text, channelNote: optionalText, subscription: text, note: optionalText, highlight: z.boolean().optional() }).strict())
        .min(1),
    },
  ),
  "cloud-boundaries": diagram({
    cloudA: text, cloudB: text, partnerA: text, partnerANote: optionalText, partnerB: text, partnerBNote: optionalText,
    customerA: text, customerANote: optionalText, customerB: text, customerBNote: optionalText,
    /** The arrow inside each cloud. */
    relationship: text,
    /** The legend for the crossed line between the clouds. */
    noCrossing: text,
  }),
  "csp-to-csp-restriction": diagram({
    seller: text, sellerNote: optionalText, transacting: text, transactingNote: optionalText,
    internal: text, internalNote: optionalText, organisation: text, organisationNote: optionalText,
    denied: text, allowed: text,
  }),
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

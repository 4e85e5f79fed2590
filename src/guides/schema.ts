/**
 * The frontmatter of guides and reference pages. English pages record their `version`; a translation records
 * the English `sourceVersion` it was made from, so the site can tell when a translation is behind. A guide:
 *
 *   title: The two-tier model
 *   description: How an indirect provider and an indirect reseller share the work…
 *   sidebar: { order: 2 }
 *   lastReviewed: 2026-11-24
 *   rulesAsOf: 2026-11-24
 *   sources: [S1, S2, W7]
 *   roles: [indirect-provider, indirect-reseller]
 *   version: 1            # English only
 *   sourceVersion: 1      # translations only
 */
import { z } from "astro/zod";
import { isSourceId, type SourceId } from "../rules/sources.ts";

/** The partner roles a page can concern; search filters and role highlighting use them. */
export const pageRoles = ["direct-bill", "indirect-provider", "indirect-reseller", "customer"] as const;

/** One partner role a page concerns. */
export type PageRole = (typeof pageRoles)[number];

/**
 * The frontmatter fields every translated page shares, guides and reference pages alike: what the page is,
 * when it was last checked, and its version (English) or the English version it translates (translations).
 */
export const pageFields = {
  title: z.string().trim().min(1).max(80),
  description: z.string().trim().min(40).max(240),
  lastReviewed: z.date(),
  version: z.number().int().positive().optional(),
  sourceVersion: z.number().int().positive().optional(),
};

/** The frontmatter schema of a guide. */
export const guideSchema = z
  .object({
    title: pageFields.title,
    description: pageFields.description,
    sidebar: z.object({
      order: z.number().int().positive(),
      label: z.string().trim().min(1).max(40).optional(),
    }).strict(),
    lastReviewed: pageFields.lastReviewed,
    rulesAsOf: z.date(),
    sources: z
      .array(
        z.string().refine(isSourceId, { message: "is not a source id from src/rules/sources.ts" }).transform((id) => id as SourceId),
      )
      .min(1),
    roles: z.array(z.enum(pageRoles)).min(1),
    version: pageFields.version,
    sourceVersion: pageFields.sourceVersion,
  })
  .strict();

/**
 * The frontmatter schema of a reference page (content/reference/<locale>/<slug>.mdx): the shared page fields only.
 *
 *   title: Scenario file format
 *   description: The JSON format of the rules engine's scenario files…
 *   lastReviewed: 2026-11-24
 *   version: 1            # English only
 *   sourceVersion: 1      # translations only
 */
export const referenceSchema = z.object(pageFields).strict();

/** Validated guide frontmatter. */
export type GuideData = z.output<typeof guideSchema>;

/** Validated reference-page frontmatter. */
export type ReferenceData = z.output<typeof referenceSchema>;

/** What translation tracking reads from any page's frontmatter. */
export type VersionedData = { readonly version?: number | undefined; readonly sourceVersion?: number | undefined };

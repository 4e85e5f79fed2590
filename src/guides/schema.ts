/**
 * The frontmatter every guide carries. English guides record their `version`; a translation records
 * the English `sourceVersion` it was made from, so the site can tell when a translation is behind.
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

/** The frontmatter schema of a guide. */
export const guideSchema = z
  .object({
    title: z.string().trim().min(1).max(80),
    description: z.string().trim().min(40).max(240),
    sidebar: z.object({
      order: z.number().int().positive(),
      label: z.string().trim().min(1).max(40).optional(),
    }).strict(),
    lastReviewed: z.date(),
    rulesAsOf: z.date(),
    sources: z
      .array(
        z.string().refine(isSourceId, { message: "is not a source id from src/rules/sources.ts" }).transform((id) => id as SourceId),
      )
      .min(1),
    roles: z.array(z.enum(pageRoles)).min(1),
    version: z.number().int().positive().optional(),
    sourceVersion: z.number().int().positive().optional(),
  })
  .strict();

/** Validated guide frontmatter. */
export type GuideData = z.output<typeof guideSchema>;

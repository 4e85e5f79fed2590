/**
 * Content collections: the guides (content/guides/<locale>/<slug>.md, Markdown with blocks: src/guides/blocks/)
 * and the reference pages (content/reference/<locale>/<slug>.mdx).
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { strictGlob } from "./guides/strict-glob.ts";
import { guideSchema, referenceSchema } from "./guides/schema.ts";

const guides = defineCollection({
  loader: strictGlob({ pattern: "*/*.md", base: "./content/guides" }),
  schema: guideSchema,
});

const reference = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./content/reference" }),
  schema: referenceSchema,
});

export const collections = { guides, reference };

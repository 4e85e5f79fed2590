/** Content collections: the guides and the reference pages, loaded from content/<collection>/<locale>/<slug>.mdx. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { guideSchema, referenceSchema } from "./guides/schema.ts";

const guides = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./content/guides" }),
  schema: guideSchema,
});

const reference = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./content/reference" }),
  schema: referenceSchema,
});

export const collections = { guides, reference };

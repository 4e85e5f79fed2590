/** Content collections: the guides, loaded from content/guides/<locale>/<slug>.mdx. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { guideSchema } from "./guides/schema.ts";

const guides = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./content/guides" }),
  schema: guideSchema,
});

export const collections = { guides };

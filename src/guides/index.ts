/** The public face of src/guides: the frontmatter schema and the catalog that orders guides per locale. */
export * from "./schema.ts";
export * from "./catalog.ts";

/** The public face of src/guides: the frontmatter schemas, translation tracking and the guide and reference catalogs. */
export * from "./schema.ts";
export * from "./translations.ts";
export * from "./catalog.ts";
export * from "./reference.ts";

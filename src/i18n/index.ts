/** The public face of src/i18n: the locale table, formatting, interface strings and localized URLs. */
export * from "./locales.ts";
export * from "./format.ts";
export * from "./urls.ts";
export * from "./ui/index.ts";
export * from "./dates.ts";
export * from "./negotiate.ts";

// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import { locales, defaultLocale } from "./src/i18n/locales.ts";

// The public address the site is deployed at: canonical URLs, hreflang alternates and the sitemap use it.
// Locally it is the address `npm start` serves on.
const site = process.env["SITE_URL"] ?? "http://localhost:4321";

export default defineConfig({
  site,
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: {
    // Heading attributes give every guide heading an explicit id ("## Title { #id }") that is the
    // same in every locale, so that rule links into the guides resolve in every language.
    processor: satteri({ features: { headingAttributes: true, directive: true } }),
  },
  integrations: [
    mdx(),
    preact(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(locales.map((l) => [l.code, l.lang])),
      },
    }),
  ],
});

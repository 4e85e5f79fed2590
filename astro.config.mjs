// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import { createHash } from "node:crypto";
import { locales, defaultLocale } from "./src/i18n/locales.ts";
import { beforePaintScript } from "./src/components/before-paint-script.ts";
import { carryAnswersScript } from "./src/components/decide/carry-answers-script.ts";
import { guideBlocksPlugin } from "./src/guides/blocks/markdown-plugin.ts";

/** The CSP source that allows an inline script with exactly this text. */
function sha256(/** @type {string} */ text) {
  return /** @type {`sha256-${string}`} */ (`sha256-${createHash("sha256").update(text).digest("base64")}`);
}

// The public address the site is deployed at: canonical URLs, hreflang alternates and the sitemap use it.
// Locally it is the address `npm start` serves on.
const site = process.env["SITE_URL"] ?? "http://localhost:4321";

export default defineConfig({
  site,
  trailingSlash: "always",
  // Four pages in flight: writing a page waits on the file system, and with one page at a time the renderer sat
  // idle for a third of the synthetic 4,000-guide build's rendering (npm run bench:site).
  build: { format: "directory", concurrency: 4 },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX entry's styles module (the reference pages) with a "use astro:head-inject"
        // directive that it reads before bundling; rolldown then warns once per page that bundling may drop it
        // (withastro/astro#18087, harmless: a fresh Starlight site shows it too).
        checks: { moduleLevelDirective: false },
      },
    },
  },
  markdown: {
    // Heading attributes give every guide heading an explicit id ("## Title { #id }") that is the
    // same in every locale, so that rule links into the guides resolve in every language.
    // guideBlocksPlugin turns the blocks guides write as fenced YAML (```engine-example) into what the guide page
    // renders, and checks their callouts (src/guides/blocks/).
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [guideBlocksPlugin] }),
    // Shiki colours code with inline styles, which the Content Security Policy below forbids.
    syntaxHighlight: false,
  },
  // A Content Security Policy on every page: scripts and styles only from the site or with Astro's hashes,
  // nothing from other origins. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Astro hashes the scripts it bundles; the inline scripts it does not (before-paint-script.ts,
      // carry-answers-script.ts) are hashed here.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [beforePaintScript, carryAnswersScript].map(sha256),
      },
    },
  },
  integrations: [
    // Static stretches of a guide become one HTML string instead of a tree of JSX calls, so rendering does
    // less work per page. <pre> is left alone: the static form drops the tabindex Astro gives code blocks.
    mdx({ optimize: { ignoreElementNames: ["pre"] } }),
    // Our Preact components are all .tsx. Without `include`, the integration runs Babel over every .ts, .js and
    // .mjs module too, among them Astro's table of content modules (one line per guide, 0.5 MB for 4,000 guides).
    preact({ include: ["**/*.tsx"] }),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(locales.map((l) => [l.code, l.lang])),
      },
    }),
  ],
});

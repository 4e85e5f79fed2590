/**
 * robots.txt: every page may be crawled, and crawlers learn where the sitemap is. It is built rather than kept in
 * public/ because the sitemap's address is absolute and follows the site's (`site` in astro.config.mjs).
 */
import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL("/sitemap-index.xml", site)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

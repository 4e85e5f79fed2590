/**
 * The text of a page's <title>: the page's own title, then the site's name. The page renders it in <head>
 * (SeoHead.astro), and an island that moves between pages without loading one sets it the same way.
 *
 *   pageTitle("The two-tier model", "Partner Paths") → "The two-tier model · Partner Paths"
 */

/** A page's full title; the home page, whose title is the site's name, does not repeat it. */
export const pageTitle = (title: string, siteName: string): string => (title === siteName ? siteName : `${title} · ${siteName}`);

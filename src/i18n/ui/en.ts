/**
 * English interface strings: the source every other locale is typed against.
 * Flat dotted keys, grouped by the part of the page that shows them.
 */
import type { Message } from "../format.ts";

/** Every interface string in English. */
export const en = {
  "site.name": "Partner Paths",
  "site.tagline": "How partners in the Microsoft Cloud Solution Provider program work together",
  "site.description":
    "Independent guides to the CSP partner models: the two-tier model, multi-partner, multichannel and the limits on buying from other partners, with a role finder and a relationship simulator.",

  "skip.toContent": "Skip to main content",

  "nav.label": "Main",
  "nav.home": "Home",
  "nav.guides": "Guides",
  "nav.decide": "Decide",
  "nav.simulate": "Simulate",
  "nav.reference": "Reference",

  "search.open": "Search",
  "search.title": "Search the guides",
  "search.description": "Search every guide and the glossary, in English, Polish and German, with the keyboard alone.",
  "search.label": "Search terms",
  "search.placeholder": "Search the guides",
  "search.close": "Close",
  "search.allLanguages": "Search all languages",
  "search.filterType": "Page type",
  "search.filterRole": "Partner role",
  "search.anyType": "All types",
  "search.anyRole": "All roles",
  "search.myRole": "Relevant to my role ({role})",
  "search.type.guide": "Guide",
  "search.type.glossary": "Glossary",
  "search.type.outcome": "Decision outcome",
  "search.type.reference": "Reference",
  "search.role.direct-bill": "Direct-bill partner",
  "search.role.indirect-provider": "Indirect provider",
  "search.role.indirect-reseller": "Indirect reseller",
  "search.role.customer": "Customer",
  "search.results": "Search results",
  "search.count": { one: "{count} result", other: "{count} results" },
  "search.none": "No results for “{query}”",
  "search.loading": "Loading search…",
  "search.error": "Search could not be loaded. Reload the page to try again.",
  "search.more": "Show more results",
  "search.hintMove": "to choose",
  "search.hintOpen": "to open",
  "search.hintClose": "to close",
  "search.noscript": "Search needs JavaScript. Turn it on to search, or browse all the guides below.",
  "search.allGuides": "All guides",

  "language.label": "Language",
  "language.choose": "Choose a language",

  "theme.label": "Theme",
  "theme.auto": "Automatic",
  "theme.light": "Light",
  "theme.dark": "Dark",

  "sidebar.label": "Guides",
  "sidebar.toggle": "All guides",
  "sidebar.current": "current page",
  "sidebar.all": "All guides ({count})",

  "toc.title": "On this page",
  "toc.overview": "Overview",

  "breadcrumbs.label": "Breadcrumbs",

  "pagination.label": "More guides",
  "pagination.previous": "Previous",
  "pagination.next": "Next",

  "guide.lastReviewed": "Last reviewed on {date}",
  "guide.rulesAsOf": "Rules as of {date}",
  "guide.role.applies": "Your role from the role finder: {role}. This guide applies to it.",
  "guide.role.other": "Your role from the role finder: {role}. This guide is about other roles.",
  "guide.role.change": "Change your answers",
  "guide.sources": "Sources",
  "guide.sourcesIntro": "This guide rests on these public sources. The dates are the dates of the versions we read.",
  "guide.sourceUndated": "date not shown",
  "guide.translationBehind":
    "This translation was made from an earlier version of the English guide and may be out of date.",
  "guide.readEnglish": "Read the current English version",

  "callout.note": "Note",
  "callout.warning": "Watch out",
  "callout.restriction": "Restriction",

  "example.label": "Worked example",
  "example.computed": "Computed by the rules engine under the rules in force on {date}.",
  "example.step": "Step {index}",
  "example.allowed": "Allowed",
  "example.denied": "Denied",
  "example.why": "Why",
  "example.passed": { one: "The rule that passed", other: "The {count} rules that passed" },
  "example.rulePassed": "Passed",
  "example.ruleFailed": "Failed",
  "example.remedy": "What to do:",
  "example.doubt": "Note:",
  "example.dependsOnDate": "The answer depends on the date: under the rules of another period it would differ.",
  "example.readMore": "This rule in the guide",
  "example.sources": "Sources: {list}",
  "example.openInSimulator": "Open this example in the simulator",

  "guides.title": "Guides",
  "guides.description":
    "Every guide on how CSP partners work together, from the overview to national clouds, in a suggested reading order.",
  "guides.intro": "Read them in order or go straight to the one that matches your question.",

  "reference.title": "Reference",
  "reference.description":
    "Exact descriptions of the files and tools behind Partner Paths, starting with the scenario files the rules engine reads.",
  "reference.intro": "For partners who script their own “what if” questions, and for anyone who builds on the rules engine.",
  "reference.sidebar": "Reference pages",
  "reference.sidebarToggle": "All reference pages",
  "reference.translationBehind": "This translation was made from an earlier version of the English page and may be out of date.",

  "home.title": "Find your path in the CSP program",
  "home.lead":
    "Plain-language guides to how Microsoft Cloud Solution Provider partners work with each other and with customers, checked against Microsoft's published rules.",
  "home.decide.title": "Which role fits you?",
  "home.decide.body": "Answer a few questions about your company and get a recommended CSP role with the reasons.",
  "home.simulate.title": "Try a situation",
  "home.simulate.body": "Model partners and customers and see which actions the CSP rules allow or deny, and why.",
  "home.guides.title": "Start with the overview",

  "decide.title": "Which CSP role fits you?",
  "decide.description":
    "A few questions about your company lead to a recommended role (direct-bill partner, indirect provider or indirect reseller) and the rules behind it.",
  "simulate.title": "Relationship simulator",
  "simulate.description":
    "Build a small world of Microsoft, providers, resellers, direct-bill partners and customers, try actions and see, rule by rule, what is allowed.",

  "footer.about":
    "Partner Paths is an independent guide. It is not affiliated with or endorsed by Microsoft; the rules summarised here come from Microsoft's public documentation, cited on every page.",
  "footer.languages": "Languages",
  "footer.schema": "Scenario file schema",
  "footer.reference": "Scenario file format",

  "notFound.title": "Page not found",
  "notFound.body": "There is no page at this address. It may have moved, or the link may be mistyped.",
  "notFound.home": "Go to the home page",
  "notFound.guides": "Browse the guides",

  "chooser.title": "Choose your language",
  "chooser.body": "Partner Paths is available in these languages:",
} as const satisfies Record<string, Message>;

/** A key of an interface string. */
export type UiKey = keyof typeof en;

/** German interface strings. */
import type { Message } from "../format.ts";
import type { UiKey } from "./en.ts";

/** Every interface string in German. */
export const de = {
  "site.name": "Partner Paths",
  "site.tagline": "Wie Partner im Cloud Solution Provider-Programm (CSP) von Microsoft zusammenarbeiten",
  "site.description":
    "Unabhängige Leitfäden zu den Partnermodellen im CSP-Programm: zweistufiges Modell, Multipartner-Unterstützung, Multichannel-Unterstützung und die Grenzen beim Kauf bei anderen Partnern, dazu eine Rollenberatung und ein Beziehungssimulator.",

  "skip.toContent": "Zum Hauptinhalt springen",

  "nav.label": "Hauptnavigation",
  "nav.home": "Startseite",
  "nav.guides": "Leitfäden",
  "nav.decide": "Rolle finden",
  "nav.simulate": "Simulator",

  "search.open": "Suchen",

  "language.label": "Sprache",
  "language.choose": "Sprache wählen",

  "theme.label": "Farbschema",
  "theme.auto": "Automatisch",
  "theme.light": "Hell",
  "theme.dark": "Dunkel",

  "sidebar.label": "Leitfäden",
  "sidebar.toggle": "Alle Leitfäden",
  "sidebar.current": "aktuelle Seite",

  "toc.title": "Auf dieser Seite",
  "toc.overview": "Überblick",

  "breadcrumbs.label": "Brotkrümelnavigation",

  "pagination.label": "Weitere Leitfäden",
  "pagination.previous": "Zurück",
  "pagination.next": "Weiter",

  "guide.lastReviewed": "Zuletzt geprüft am {date}",
  "guide.rulesAsOf": "Regeln mit Stand {date}",
  "guide.sources": "Quellen",
  "guide.sourcesIntro": "Dieser Leitfaden stützt sich auf die folgenden öffentlichen Quellen. Die Daten sind die der Fassungen, die wir gelesen haben.",
  "guide.sourceUndated": "ohne Datum",
  "guide.translationBehind":
    "Diese Übersetzung beruht auf einer älteren Fassung des englischen Leitfadens und ist möglicherweise nicht mehr aktuell.",
  "guide.readEnglish": "Aktuelle englische Fassung lesen",

  "callout.note": "Hinweis",
  "callout.warning": "Achtung",
  "callout.restriction": "Einschränkung",

  "guides.title": "Leitfäden",
  "guides.description":
    "Alle Leitfäden zur Zusammenarbeit von CSP-Partnern, vom Überblick bis zu den nationalen Clouds, in empfohlener Lesereihenfolge.",
  "guides.intro": "Lesen Sie sie der Reihe nach oder springen Sie direkt zu dem Leitfaden, der Ihre Frage beantwortet.",

  "home.title": "Ihr Weg im CSP-Programm",
  "home.lead":
    "Verständliche Leitfäden dazu, wie Partner im Cloud Solution Provider-Programm von Microsoft miteinander und mit Kunden arbeiten, abgeglichen mit den veröffentlichten Regeln von Microsoft.",
  "home.decide.title": "Welche Rolle passt zu Ihnen?",
  "home.decide.body": "Beantworten Sie einige Fragen zu Ihrem Unternehmen und erhalten Sie eine empfohlene CSP-Rolle mit Begründung.",
  "home.simulate.title": "Eine Situation durchspielen",
  "home.simulate.body": "Bilden Sie Partner und Kunden nach und sehen Sie, welche Aktionen die CSP-Regeln erlauben oder verbieten und warum.",
  "home.guides.title": "Mit dem Überblick beginnen",

  "decide.title": "Welche CSP-Rolle passt zu Ihnen?",
  "decide.description":
    "Einige Fragen zu Ihrem Unternehmen führen zu einer empfohlenen Rolle (Partner mit direkter Abrechnung, indirekter Anbieter oder indirekter Vertriebspartner) und den Regeln dahinter.",
  "simulate.title": "Beziehungssimulator",
  "simulate.description":
    "Bauen Sie eine kleine Welt aus Microsoft, Anbietern, Vertriebspartnern, Partnern mit direkter Abrechnung und Kunden, probieren Sie Aktionen aus und sehen Sie Regel für Regel, was erlaubt ist.",

  "footer.about":
    "Partner Paths ist ein unabhängiger Leitfaden und steht in keiner Verbindung zu Microsoft. Die hier zusammengefassten Regeln stammen aus der öffentlichen Dokumentation von Microsoft, die auf jeder Seite zitiert wird.",
  "footer.languages": "Sprachen",
  "footer.schema": "Schema für Szenariodateien",

  "notFound.title": "Seite nicht gefunden",
  "notFound.body": "Unter dieser Adresse gibt es keine Seite. Sie wurde vielleicht verschoben, oder der Link enthält einen Tippfehler.",
  "notFound.home": "Zur Startseite",
  "notFound.guides": "Leitfäden ansehen",

  "chooser.title": "Sprache wählen",
  "chooser.body": "Partner Paths gibt es in diesen Sprachen:",
} as const satisfies Record<UiKey, Message>;

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
  "nav.reference": "Referenz",

  "search.open": "Suchen",
  "search.title": "Leitfäden durchsuchen",
  "search.description": "Alle Leitfäden und das Glossar auf Englisch, Polnisch und Deutsch durchsuchen, auch allein mit der Tastatur.",
  "search.label": "Suchbegriffe",
  "search.placeholder": "In den Leitfäden suchen",
  "search.close": "Schließen",
  "search.allLanguages": "In allen Sprachen suchen",
  "search.filterType": "Seitentyp",
  "search.filterRole": "Partnerrolle",
  "search.anyType": "Alle Typen",
  "search.anyRole": "Alle Rollen",
  "search.myRole": "Für meine Rolle relevant ({role})",
  "search.type.guide": "Leitfaden",
  "search.type.glossary": "Glossar",
  "search.type.outcome": "Ergebnis der Rollenberatung",
  "search.type.reference": "Referenz",
  "search.role.direct-bill": "Partner mit direkter Abrechnung",
  "search.role.indirect-provider": "Indirekter Anbieter",
  "search.role.indirect-reseller": "Indirekter Vertriebspartner",
  "search.role.customer": "Kunde",
  "search.results": "Suchergebnisse",
  "search.count": { one: "{count} Ergebnis", other: "{count} Ergebnisse" },
  "search.none": "Keine Ergebnisse für „{query}“",
  "search.loading": "Suche wird geladen …",
  "search.error": "Die Suche konnte nicht geladen werden. Laden Sie die Seite neu, um es erneut zu versuchen.",
  "search.more": "Weitere Ergebnisse anzeigen",
  "search.hintMove": "auswählen",
  "search.hintOpen": "öffnen",
  "search.hintClose": "schließen",
  "search.noscript": "Die Suche braucht JavaScript. Schalten Sie es ein, um zu suchen, oder sehen Sie sich unten alle Leitfäden an.",
  "search.allGuides": "Alle Leitfäden",

  "language.label": "Sprache",
  "language.choose": "Sprache wählen",

  "theme.label": "Farbschema",
  "theme.auto": "Automatisch",
  "theme.light": "Hell",
  "theme.dark": "Dunkel",

  "sidebar.label": "Leitfäden",
  "sidebar.toggle": "Alle Leitfäden",
  "sidebar.current": "aktuelle Seite",
  "sidebar.all": "Alle Leitfäden ({count})",

  "toc.title": "Auf dieser Seite",
  "toc.overview": "Überblick",

  "breadcrumbs.label": "Brotkrümelnavigation",

  "pagination.label": "Weitere Leitfäden",
  "pagination.previous": "Zurück",
  "pagination.next": "Weiter",

  "guide.lastReviewed": "Zuletzt geprüft am {date}",
  "guide.rulesAsOf": "Regeln mit Stand {date}",
  "guide.role.applies": "Ihre Rolle laut Rollenwahl: {role}. Dieser Leitfaden gilt für sie.",
  "guide.role.other": "Ihre Rolle laut Rollenwahl: {role}. Dieser Leitfaden behandelt andere Rollen.",
  "guide.role.change": "Antworten ändern",
  "guide.sources": "Quellen",
  "guide.sourcesIntro": "Dieser Leitfaden stützt sich auf die folgenden öffentlichen Quellen. Die Daten sind die der Fassungen, die wir gelesen haben.",
  "guide.sourceUndated": "ohne Datum",
  "guide.translationBehind":
    "Diese Übersetzung beruht auf einer älteren Fassung des englischen Leitfadens und ist möglicherweise nicht mehr aktuell.",
  "guide.readEnglish": "Aktuelle englische Fassung lesen",

  "callout.note": "Hinweis",
  "callout.warning": "Achtung",
  "callout.restriction": "Einschränkung",

  "example.label": "Beispiel",
  "example.computed": "Berechnet von der Regel-Engine nach den Regeln, die am {date} gelten.",
  "example.step": "Schritt {index}",
  "example.allowed": "Erlaubt",
  "example.denied": "Nicht erlaubt",
  "example.why": "Warum",
  "example.passed": { one: "Die erfüllte Regel", other: "Die {count} erfüllten Regeln" },
  "example.rulePassed": "Erfüllt",
  "example.ruleFailed": "Nicht erfüllt",
  "example.remedy": "Was zu tun ist:",
  "example.doubt": "Hinweis:",
  "example.dependsOnDate": "Die Antwort hängt vom Datum ab: Nach den Regeln eines anderen Zeitraums fiele sie anders aus.",
  "example.readMore": "Diese Regel im Leitfaden",
  "example.sources": "Quellen: {list}",
  "example.openInSimulator": "Dieses Beispiel im Simulator öffnen",

  "guides.title": "Leitfäden",
  "guides.description":
    "Alle Leitfäden zur Zusammenarbeit von CSP-Partnern, vom Überblick bis zu den nationalen Clouds, in empfohlener Lesereihenfolge.",
  "guides.intro": "Lesen Sie sie der Reihe nach oder springen Sie direkt zu dem Leitfaden, der Ihre Frage beantwortet.",

  "reference.title": "Referenz",
  "reference.description":
    "Genaue Beschreibungen der Dateien und Werkzeuge hinter Partner Paths, angefangen bei den Szenariodateien, die die Regel-Engine liest.",
  "reference.intro": "Für Partner, die ihre eigenen „Was wäre, wenn“-Fragen in Dateien festhalten, und für alle, die auf der Regel-Engine aufbauen.",
  "reference.sidebar": "Referenzseiten",
  "reference.sidebarToggle": "Alle Referenzseiten",
  "reference.translationBehind": "Diese Übersetzung beruht auf einer älteren Fassung der englischen Seite und ist möglicherweise nicht mehr aktuell.",

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
    "Partner Paths ist ein unabhängiger Leitfaden, steht in keiner Verbindung zu Microsoft und wird von Microsoft nicht unterstützt. Die hier zusammengefassten Regeln stammen aus der öffentlichen Dokumentation von Microsoft, die auf jeder Seite zitiert wird.",
  "footer.languages": "Sprachen",
  "footer.schema": "Schema für Szenariodateien",
  "footer.reference": "Format der Szenariodateien",

  "notFound.title": "Seite nicht gefunden",
  "notFound.body": "Unter dieser Adresse gibt es keine Seite. Sie wurde vielleicht verschoben, oder der Link enthält einen Tippfehler.",
  "notFound.home": "Zur Startseite",
  "notFound.guides": "Leitfäden ansehen",

  "chooser.title": "Sprache wählen",
  "chooser.body": "Partner Paths gibt es in diesen Sprachen:",
} as const satisfies Record<UiKey, Message>;

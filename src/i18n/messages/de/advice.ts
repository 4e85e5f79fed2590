/** Deutsche Meldungen von recommendRole: warum eine Rolle passt, was sie ausschließt, was das ändern würde, und Hinweise (advice.*). */
import type { Message } from "../../format.ts";
import type { enAdvice } from "../en/advice.ts";

/** Empfehlungen zur Rollenwahl. */
export const deAdvice: Record<keyof typeof enAdvice, Message> = {
  "advice.fit.endToEnd": "Sie möchten Preise, Rechnungsstellung und Support selbst verantworten – dafür ist die direkte Abrechnung gedacht.",
  "advice.fit.sandbox": "Sie brauchen einen Sandbox-Mandanten für API-Tests; den erhalten nur Partner mit direkter Abrechnung.",
  "advice.fit.managedService": "Sie betreiben einen Managed Service oder eine eigene Lösung, was Microsoft Partnern mit direkter Abrechnung empfiehlt.",
  "advice.fit.apiIntegration": "Sie können sich über die APIs an das Partner Center anbinden, wie es von Partnern mit direkter Abrechnung erwartet wird.",
  "advice.fit.serveResellers": "Sie möchten andere Vertriebspartner in großem Umfang beliefern – das ist die Rolle des Anbieters.",
  "advice.fit.lowInvestment": "Sie möchten Vorabinvestitionen in Abrechnung, Kreditrahmen und Support vermeiden; ein Anbieter übernimmt das für seine Vertriebspartner.",
  "advice.fit.newcomer": "Jeder neue CSP-Partner beginnt als indirekter Vertriebspartner.",
  "advice.block.newcomer": "Ein neuer CSP-Partner kann sich nicht sofort für die direkte Abrechnung registrieren.",
  "advice.block.restricted": "Ihre direkte Abrechnung hat den Status „eingeschränkt“; als Partner mit direkter Abrechnung können Sie nichts Neues kaufen.",
  "advice.block.providerApproval": "Microsoft hat Sie nicht als indirekten Anbieter zugelassen.",
  "advice.block.mpnLocation": "Sie haben keine Partner-Standort-ID im Land Ihres CSP-Kontos.",
  "advice.change.newcomer": "Registrieren Sie sich als indirekter Vertriebspartner und verkaufen Sie mindestens 12 Monate über einen Anbieter.",
  "advice.change.restricted": "Erfüllen Sie die Voraussetzungen für die direkte Abrechnung erneut.",
  "advice.change.reqMonths": "Verkaufen Sie weiter als indirekter Vertriebspartner, bis Sie {required} Monate erreichen (derzeit {count}).",
  "advice.change.reqRevenue": "Erreichen Sie {threshold} USD CSP-Umsatz in 12 Monaten (derzeit {revenue} USD).",
  "advice.change.reqSupport": "Bauen Sie einen First-Level-Support für Ihre Kunden auf.",
  "advice.change.reqSupportPlan": "Planen Sie den Kauf eines Advanced- oder Premier-Support-for-Partners-Plans nach bestandener Bonitätsprüfung.",
  "advice.change.reqCreditCheck": "Bestehen Sie die Bonitätsprüfung von Microsoft.",
  "advice.change.reqBilling": "Führen Sie Systeme für Abrechnung, Forderungsmanagement und Bereitstellung ein.",
  "advice.change.reqMpnLocation": "Registrieren Sie eine Partner-Standort-ID im Land Ihres CSP-Kontos.",
  "advice.change.reqSigningAuthority": "Lassen Sie den Antrag von jemandem stellen, der Verträge für das Unternehmen unterzeichnen darf.",
  "advice.change.reqAssessment": "Bestehen Sie die Bewertung der betrieblichen Fähigkeiten durch Microsoft.",
  "advice.change.reqSecurityScore": "Erfüllen Sie die Anforderungen an die Sicherheitsbewertung im Partner Center.",
  "advice.change.reqDesignation": "Erwerben Sie mindestens eine Solutions-Partner-Auszeichnung.",
  "advice.change.providerApproval": "Beantragen Sie bei Microsoft die Zulassung als indirekter Anbieter; die Kriterien sind nicht veröffentlicht.",
  "advice.change.mpnLocation": "Registrieren Sie eine Partner-Standort-ID im Land Ihres CSP-Kontos.",
  "advice.note.regions": { one: "Ihre Kunden sind in einer CSP-Region: Sie brauchen dort ein CSP-Konto mit einer Standort-ID in dessen Land und angenommener MPA; Anbieter und Kunden müssen in derselben Region sein.", other: "Ihre Kunden sind in {count} CSP-Regionen: Sie brauchen in jeder ein CSP-Konto mit einer Standort-ID in dessen Land und angenommener MPA; Anbieter und Kunden müssen in derselben Region sein." },
  "advice.note.sandbox": "Einen Sandbox-Mandanten für API-Tests gibt es nur mit direkter Abrechnung, einen pro Mandant mit direkter Abrechnung.",
  "advice.note.usGov": "Microsoft Cloud for US Government erfordert eine eigene Registrierung und bietet kein GDAP.",
  "advice.note.usGovNotEligible": "Für Microsoft Cloud for US Government können sich nur Partner mit Sitz in den USA registrieren, die US-Behörden betreuen.",
  "advice.note.restricted": "Ein eingeschränkter Partner mit direkter Abrechnung kann sich auf demselben Mandanten als indirekter Vertriebspartner registrieren, dort aber nicht zur direkten Abrechnung zurückkehren.",
  "advice.note.ownUse": "Kaufen Sie für den Eigenbedarf nicht in Ihren CSP-Mandanten: Nutzen Sie einen separaten internen Mandanten, den ein anderer Partner beliefert, und für Azure die Azure Partner Shared Services.",
};

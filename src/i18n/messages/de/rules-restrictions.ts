/** Deutsche Meldungen der Regeln R46–R58: Käufe bei anderen Partnern, nationale Clouds, Wechsel von direkter Abrechnung zum indirekten Modell. */
import type { Message } from "../../format.ts";
import type { enRulesRestrictions } from "../en/rules-restrictions.ts";

/** Meldungen der Regeln R46–R58. */
export const deRulesRestrictions: Record<keyof typeof enRulesRestrictions, Message> = {
  "rule.R46.title": "Ein Mandant für CSP-Transaktionen ist nie Kunde eines anderen CSP-Partners",
  "rule.R46.cspTenantNotCustomer": "{customer} ist der Mandant, den ein Partner für CSP-Transaktionen verwendet; {partner} kann daher nicht an ihn verkaufen.",
  "rule.R46.remedy": "Kaufen Sie in einen separaten Mandanten vom Typ Kunde für die interne Nutzung, nicht in {customer}.",

  "rule.R47.title": "Ein Partner darf bei einem anderen Partner in einen separaten internen Mandanten kaufen",
  "rule.R47.internalTenant": "{customer} ist ein separater interner Mandant eines Partners und darf daher bei einem anderen CSP-Partner kaufen.",

  "rule.R48.title": "Keine Verkäufe an sich selbst oder an Unternehmen der eigenen Gruppe",
  "rule.R48.self": "{customer} gehört zum selben Unternehmen wie {partner}; ein Partner verkauft nicht an sich selbst.",
  "rule.R48.affiliate": "{customer} gehört zu einem Unternehmen derselben Gruppe wie {partner}; ein Partner verkauft nicht an verbundene Unternehmen.",
  "rule.R48.remedyOtherPartner": "Kaufen Sie für den Eigenbedarf bei einem anderen CSP-Partner in einen internen Mandanten, und Azure über Azure Partner Shared Services.",

  "rule.R49.title": "Der verknüpfte Mandant eines Vertriebspartners kann nicht Kunde seines eigenen Anbieters sein",
  "rule.R49.linkedReseller": "{customer} ist der Mandant eines mit {provider} verknüpften Vertriebspartners und kann nicht zugleich Kunde von {provider} sein.",
  "rule.R49.remedy": "Richten Sie statt {customer} einen separaten Mandanten für die interne Nutzung ein.",

  "rule.R50.title": "Azure für den Eigenbedarf kann über Shared Services gekauft werden, nur in einen eigenen Mandanten",
  "rule.R50.sharedServices": "Azure Partner Shared Services werden in den dafür vorgesehenen Mandanten {tenant} gekauft.",
  "rule.R50.ownUseOnly": "Das Shared-Services-Angebot ({product}) ist nur für den Eigenbedarf des Partners bestimmt, nicht für Kunden.",
  "rule.R50.azureOnly": "{tenant} ist ein Shared-Services-Mandant: Er nimmt nur Azure für den Eigenbedarf auf, nicht {product}.",
  "rule.R50.ownTenant": "{tenant} muss dem kaufenden Partner gehören.",
  "rule.R50.dedicatedTenant": "{tenant} muss ein eigens dafür vorgesehener Shared-Services-Mandant sein.",
  "rule.R50.remedyOwnUse": "Kaufen Sie das Shared-Services-Angebot für den eigenen Shared-Services-Mandanten des Partners.",

  "rule.R51.title": "Mehrere Partner und mehrere Kanäle gibt es auch in nationalen Clouds",
  "rule.R51.notYetInUsGov": "An diesem Datum bot das Partner Center für US Government noch keine Anfragen für Vertriebspartnerschaften mit {customer} an.",
  "rule.R51.available": "Mehrere Partner und mehrere Kanäle sind in dieser Cloud ({cloud}) verfügbar.",
  "rule.R51.doubtUsGov": "Eine Seite zu US Government vom Mai 2020 führte diese Funktionen als noch nicht verfügbar; die Seiten vom November 2020 sagen, dass es sie gibt.",

  "rule.R52.title": "US Government braucht eine eigene Registrierung, für US-Partner mit Behördenkunden",
  "rule.R52.eligible": "{partner} ist ein US-Partner mit Kunden aus US-Behörden und kann sich für US Government registrieren.",
  "rule.R52.approvalReused": "{partner} ist bereits als kommerzieller indirekter Vertriebspartner zugelassen; diese Zulassung wird übernommen, die Registrierung bleibt aber eigenständig.",
  "rule.R52.notEligible": "{partner} erfüllt die Voraussetzungen nicht: Für US Government können sich nur Partner mit Sitz in den USA registrieren, die US-Behörden betreuen.",
  "rule.R52.remedy": "Betreuen Sie US-Behördenkunden aus den USA heraus und weisen Sie das Microsoft nach, etwa mit Nummern von Behördenverträgen.",

  "rule.R53.title": "Microsoft Cloud Deutschland nimmt keine neuen Kunden oder Dienste an",
  "rule.R53.closed": "{customer} wäre in Microsoft Cloud Deutschland, die keine neuen Kunden oder Dienste annimmt.",

  "rule.R54.title": "Bei 21Vianet kommen Kunden über die Einladung des Anbieters",
  "rule.R54.providerInvitesOnly": "{reseller} kann im Partner Center von 21Vianet keine eigene Kundeneinladung senden.",
  "rule.R54.remedy": "Verwenden Sie die Einladung des Anbieters von {reseller}.",
  "rule.R54.doubtArchived": "Diese Regeln stammen aus archivierten 21Vianet-Seiten (2016–2018); ob sie noch gelten, ist nicht bestätigt.",

  "rule.R55.title": "Mandanten in nationalen Clouds und in der kommerziellen Cloud haben nie gemeinsame Beziehungen",
  "rule.R55.separateClouds": "Die Mandanten {partner} ({partnerCloud}) und {other} ({otherCloud}) liegen in verschiedenen Clouds; zwischen ihnen gibt es keine Verbindung.",
  "rule.R55.remedy": "Registrieren Sie sich separat im Partnerprogramm für die Ziel-Cloud ({otherCloud}) und handeln Sie von dem dortigen Mandanten aus.",
  "rule.R55.doubtInferred": "Das ist aus der Beschreibung der nationalen Clouds abgeleitet, nicht als Regel formuliert.",

  "rule.R56.title": "Die Handelspartnerbeziehungserweiterung kopiert einen Kunden mit direkter Abrechnung zu einem Anbieter",
  "rule.R56.extending": "Die Beziehung zu {customer} wird auf {provider} erweitert; die Abrechnungsdaten des Kunden werden geteilt, Administratorrechte nicht.",
  "rule.R56.notTransitioning": "{partner} muss auf diesem Mandanten von der direkten Abrechnung zum indirekten Vertriebspartner wechseln.",
  "rule.R56.notDirectCustomer": "{customer} muss ein bestehender Kunde von {partner} mit direkter Abrechnung sein.",
  "rule.R56.noPartnership": "{partner} muss eine Partnerschaft mit {provider} angenommen haben.",
  "rule.R56.noConsent": "{customer} muss der Erweiterung zustimmen.",
  "rule.R56.alreadyExtended": "{provider} darf noch keine Beziehung zu {customer} haben.",
  "rule.R56.remedyConsent": "Holen Sie die Zustimmung von {customer} ein, bevor Sie die Beziehung erweitern.",

  "rule.R57.title": "Die Self-Service-Übertragung an den Anbieter hat strenge Bedingungen",
  "rule.R57.requestOk": { one: "Ein Abonnement kann an {provider} übertragen werden; nach der Annahme erhält es eine neue Abonnement-ID.", other: "{count} Abonnements können an {provider} übertragen werden; nach der Annahme erhalten sie neue Abonnement-IDs." },
  "rule.R57.notTransitioning": "{partner} muss von der direkten Abrechnung zum indirekten Vertriebspartner wechseln.",
  "rule.R57.noPartnership": "{partner} muss eine angenommene Partnerschaft mit dem Anbieter {provider} haben.",
  "rule.R57.customerNotMoved": "{customer} muss bereits zu {provider} verschoben worden sein.",
  "rule.R57.noMcaWithProvider": "{customer} muss den Microsoft-Kundenvertrag über {provider} angenommen haben.",
  "rule.R57.notEligible": "Auf diesem Weg lassen sich nur Office 365-Lizenzabonnements und Azure mit nutzungsbasierter Bezahlung (MS-AZR-0145P) übertragen.",
  "rule.R57.notSeller": "{partner} muss alle Abonnements dieser Anforderung verkauft haben.",
  "rule.R57.addOnWithoutBase": "Add-Ons wechseln mit ihrem Basisabonnement; fordern Sie das Basisabonnement an.",
  "rule.R57.openRequest": "Kein Abonnement dieser Anforderung darf in einer anderen offenen Übertragungsanforderung stehen.",
  "rule.R57.accepting": "Der Anbieter nimmt die Übertragungsanforderung {request} an; Add-Ons wechseln mit ihrem Basisabonnement.",
  "rule.R57.notOpen": "Die Übertragungsanforderung {request} ist nicht mehr offen.",
  "rule.R57.notReceiver": "{partner} ist nicht der Anbieter, an den die Übertragungsanforderung {request} gerichtet ist.",

  "rule.R58.title": "Die direkte Abrechnung gilt nicht für Kunden, die als indirekter Vertriebspartner gewonnen wurden",
  "rule.R58.acquiredAsReseller": "{partner} hat {customer} als indirekter Vertriebspartner gewonnen und kann daher nicht als Partner mit direkter Abrechnung für diesen Kunden kaufen.",
  "rule.R58.remedy": "Bestellen Sie für {customer} über den Anbieter.",
};

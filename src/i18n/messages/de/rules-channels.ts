/** Deutsche Meldungen der Regeln R39–R45: mehrere Partner, mehrere Kanäle und Übertragungen zwischen Partnern. */
import type { Message } from "../../format.ts";
import type { enRulesChannels } from "../en/rules-channels.ts";

/** Meldungen der Regeln R39–R45. */
export const deRulesChannels: Record<keyof typeof enRulesChannels, Message> = {
  "rule.R39.title": "Ein Kunde darf mit mehreren Partnern arbeiten, jeder mit eigener Beziehung",
  "rule.R39.ownRelationshipNeeded": { one: "{customer} arbeitet mit einem anderen Partner, doch diese Beziehung gilt nicht für {partner}.", other: "{customer} arbeitet mit {count} anderen Partnern, doch deren Beziehungen gelten nicht für {partner}." },
  "rule.R39.remedy": "{partner} braucht eine eigene Vertriebspartnerschaft mit {customer}.",
  "rule.R39.multiPartner": { one: "{customer} arbeitet auch mit einem weiteren Partner; jeder Partner verkauft im Rahmen seiner eigenen Beziehung.", other: "{customer} arbeitet auch mit {count} weiteren Partnern; jeder Partner verkauft im Rahmen seiner eigenen Beziehung." },
  "rule.R39.additionalPartner": { one: "{customer} arbeitet bereits mit einem Partner; ein weiterer ist erlaubt.", other: "{customer} arbeitet bereits mit {count} Partnern; ein weiterer ist erlaubt." },

  "rule.R40.title": "Ein zusätzlicher Partner ändert nie bestehende Abonnements",
  "rule.R40.untouched": { one: "Ein Abonnement von {customer} bei einem anderen Partner bleibt, wie es ist: Inhaber, Bedingungen und Partner of Record.", other: "{count} Abonnements von {customer} bei anderen Partnern bleiben, wie sie sind: Inhaber, Bedingungen und Partner of Record." },

  "rule.R41.title": "Nur der Partner, der ein Abonnement verkauft hat, verwaltet es",
  "rule.R41.seller": "{partner} hat {subscription} verkauft und darf es ändern.",
  "rule.R41.notSeller": "{subscription} wurde von {seller} verkauft, nicht von {partner}; {partner} kann es daher nicht ändern.",
  "rule.R41.doubtInferred": "Ausdrücklich steht das nur in den archivierten 21Vianet-Seiten; für die kommerzielle Cloud ist es abgeleitet.",

  "rule.R42.title": "CSP-Abonnements bestehen neben Abonnements aus anderen Kanälen",
  "rule.R42.coexist": { one: "{customer} hat auch ein außerhalb von CSP gekauftes Abonnement; es bleibt unverändert.", other: "{customer} hat auch {count} außerhalb von CSP gekaufte Abonnements; sie bleiben unverändert." },
  "rule.R42.newSubscriptionNeeded": "{subscription} wurde über einen anderen Kanal gekauft ({channel}) und kann nicht in CSP verschoben werden.",
  "rule.R42.remedy": "Verkaufen Sie ein neues CSP-Abonnement, am besten desselben Angebots, und lassen Sie das alte auslaufen oder kündigen.",

  "rule.R43.title": "Ein lizenzbasiertes Abonnement wechselt den CSP-Partner nicht während der Laufzeit",
  "rule.R43.noMidTermSwitch": "{subscription} wurde von einem anderen CSP-Partner verkauft und kann den Partner während der Laufzeit nicht wechseln.",
  "rule.R43.remedyNew": "Warten Sie das Laufzeitende ab oder lassen Sie den Kunden kündigen, und verkaufen Sie dann ein neues Abonnement.",
  "rule.R43.p2pTransfer": "{subscription} wechselt per Übertragung zwischen Partnern.",
  "rule.R43.onlyP2p": "{subscription} kann nur per Übertragung zwischen Partnern zu einem anderen Partner wechseln.",
  "rule.R43.remedyP2p": "Beantragen Sie eine Übertragung zwischen Partnern.",
  "rule.R43.doubtP2pDate": "Die Seiten von 2020 verbieten den Wechsel; neuere, undatierte Seiten und Distributorenmitteilungen beschreiben Übertragungen zwischen Partnern. Die Engine wendet die neuere Fassung ab {switchDate} an.",
  "rule.R43.accepting": "Der empfangende Partner nimmt die Übertragungsanforderung {request} an.",
  "rule.R43.notOpen": "Die Übertragungsanforderung {request} ist nicht mehr offen.",
  "rule.R43.notReceiver": "{partner} ist nicht der empfangende Partner der Übertragungsanforderung {request}.",

  "rule.R44.title": "Azure aus Advisor, Open oder EA wird in CSP neu aufgebaut, mit einer Ausnahme für EA",
  "rule.R44.noConversion": "{subscription} wurde über einen anderen Kanal gekauft ({channel}); ein solches Azure-Abonnement lässt sich nicht in CSP umwandeln.",
  "rule.R44.remedyNew": "Erstellen Sie ein neues Azure-Abonnement in CSP, bauen Sie die Dienste neu auf und kündigen Sie dann die alten.",
  "rule.R44.eaOnly": "Die Übertragung des Abrechnungsbesitzes gilt nur für Azure-Abonnements unter einem Enterprise Agreement.",
  "rule.R44.indirectEa": "{subscription} muss zu einem direkten Enterprise Agreement gehören; indirekte unterstützt diese Übertragung nicht.",
  "rule.R44.notExpertMsp": "{partner} muss direkt abrechnen und als Azure Expert MSP zertifiziert sein.",
  "rule.R44.needsMca": "{customer} muss den Microsoft-Kundenvertrag gegenüber {partner} angenommen haben.",
  "rule.R44.needsAzurePlan": "{customer} muss einen Azure-Plan bei {partner} haben.",
  "rule.R44.billingOwnership": "{partner} darf die Übertragung des Abrechnungsbesitzes der EA-Abonnements beantragen.",
  "rule.R44.doubtApproval": "Microsoft kann den Antrag prüfen und muss ihn genehmigen.",
  "rule.R44.accepting": "Der empfangende Partner nimmt die Übertragungsanforderung {request} an.",
  "rule.R44.notOpen": "Die Übertragungsanforderung {request} ist nicht mehr offen.",
  "rule.R44.notReceiver": "{partner} ist nicht der empfangende Partner der Übertragungsanforderung {request}.",

  "rule.R45.title": "Azure wechselt zwischen CSP-Partnern nur auf dokumentiertem Weg und nur zu einem von Microsoft abgerechneten Partner",
  "rule.R45.receiverMustBill": "{partner} wird nicht von Microsoft abgerechnet und kann daher keine Azure-Übertragung empfangen.",
  "rule.R45.remedyProvider": "Geben Sie den Anbieter von {partner} als empfangenden Partner an.",
  "rule.R45.excludedOffer": "Jedes angegebene Abonnement muss ein Angebot haben, das diese Übertragungsmethode umfasst.",
  "rule.R45.remedyPlanTool": "Übertragen Sie Azure-Plan-Abonnements stattdessen mit dem Übertragungstool für Azure-Pläne.",
  "rule.R45.needsRelationship": "{partner} braucht eine Vertriebspartnerschaft mit {customer}.",
  "rule.R45.differentCountry": "{partner} und {customer} müssen im selben Land sein.",
  "rule.R45.reservationsStay": "Azure-Reservierungen wechseln nicht mit dem Azure-Plan.",
  "rule.R45.needsAzurePlan": "{partner} muss zuerst einen Azure-Plan für {customer} einrichten.",
  "rule.R45.needsMca": "{customer} muss den Microsoft-Kundenvertrag gegenüber {partner} angenommen haben.",
  "rule.R45.needsMpa": "{partner} muss die MPA angenommen haben.",
  "rule.R45.wrongMethod": "Diese Methode ({method}) überträgt Azure nicht zwischen CSP-Partnern.",
  "rule.R45.remedyMethods": "Nutzen Sie für ältere Angebote den älteren Azure-Übertragungsprozess, sonst das Übertragungstool für Azure-Pläne.",
  "rule.R45.transferable": "{partner} erfüllt die Bedingungen, um diese Abonnements von {customer} zu übernehmen.",
  "rule.R45.accepting": "Der empfangende Partner nimmt die Übertragungsanforderung {request} an.",
  "rule.R45.notOpen": "Die Übertragungsanforderung {request} ist nicht mehr offen.",
  "rule.R45.notReceiver": "{partner} ist nicht der empfangende Partner der Übertragungsanforderung {request}.",
};

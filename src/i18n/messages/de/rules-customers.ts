/** Deutsche Meldungen der Regeln R23–R31: Grenzen des Vertriebspartners, Partner of Record, Regionen, Beenden von Beziehungen, Supportkontakt. */
import type { Message } from "../../format.ts";
import type { enRulesCustomers } from "../en/rules-customers.ts";

/** Meldungen der Regeln R23–R31. */
export const deRulesCustomers: Record<keyof typeof enRulesCustomers, Message> = {
  "rule.R23.title": "Ein indirekter Vertriebspartner erstellt keine Mandanten, bestätigt keinen Kundenvertrag und bestellt nicht selbst",
  "rule.R23.cannotCreateCustomers": "{partner} ist indirekter Vertriebspartner und kann keine Kundenmandanten erstellen.",
  "rule.R23.cannotAttest": "{partner} ist indirekter Vertriebspartner und kann die Annahme des Microsoft-Kundenvertrags nicht bestätigen.",
  "rule.R23.cannotOrder": "{partner} ist indirekter Vertriebspartner und kann nicht selbst bestellen.",
  "rule.R23.cannotReceive": "{partner} ist indirekter Vertriebspartner und kann keine Abonnementübertragung empfangen.",
  "rule.R23.remedyProviderCreates": "Bitten Sie einen Anbieter von {partner}, den Mandanten zu erstellen und {partner} als Vertriebspartner anzugeben.",
  "rule.R23.remedyAttest": "Der Anbieter bestätigt die Annahme, oder der Kunde nimmt den Vertrag über den Einladungslink an.",
  "rule.R23.remedyProviderOrders": "Bitten Sie einen Anbieter von {partner}, die Bestellung mit {partner} als Vertriebspartner einzureichen.",
  "rule.R23.remedyReceive": "Geben Sie einen Anbieter von {partner} als empfangenden Partner an.",
  "rule.R23.providerCreates": "{provider} erstellt den Kunden und gibt {reseller} als Vertriebspartner an.",

  "rule.R24.title": "Ein Vertriebspartner muss die MPA annehmen, bevor seine ID einem Abonnement zugeordnet wird",
  "rule.R24.resellerMpa": "{reseller} hat die MPA angenommen.",
  "rule.R24.resellerNoMpa": "{reseller} hat die MPA für die Region {region} nicht angenommen; seine ID kann daher keinem neuen Abonnement zugeordnet werden.",
  "rule.R24.remedy": "Ein globaler Administrator von {reseller} nimmt die MPA für die Region {region} an.",

  "rule.R25.title": "Der Partner of Record wird geprüft: bei neuen Bestellungen ab Juni 2025, bei Änderungen ab Dezember 2025",
  "rule.R25.compliant": "{reseller} ist aktiv und erfüllt die Anforderungen; er kann Partner of Record sein.",
  "rule.R25.blockedNewOrder": "{reseller} ist nicht aktiv oder erfüllt die Anforderungen nicht (Status: {status}) und kann daher nicht Partner of Record einer neuen Bestellung sein.",
  "rule.R25.blockedChange": "{reseller} ist nicht aktiv oder erfüllt die Anforderungen nicht (Status: {status}); diese Änderung ({change}) ist gesperrt.",
  "rule.R25.remedy": "{reseller} stellt seinen Status wieder her (aktive Registrierung, angenommene MPA), oder die Bestellung wird ohne ihn als Partner of Record ausgeführt.",
  "rule.R25.autoRenewExcluded": "Automatische Verlängerungen werden nicht geprüft; die Verlängerung erfolgt unabhängig vom Status von {reseller}.",
  "rule.R25.doubtStartDate": "Eine Distributorenmitteilung nennt den {altDate} als Beginn der Prüfung neuer Bestellungen; die Engine folgt dem Datum aus der Antwort von Microsoft, dem {from}.",

  "rule.R26.title": "Eine Anbieterbestellung ohne Vertriebspartner ist ein eigenes Direktgeschäft des Anbieters",
  "rule.R26.directTransaction": "Es ist kein Vertriebspartner angegeben; die Bestellung gilt als Direktgeschäft von {provider}.",

  "rule.R27.title": "In der EU und im EWR werden bis zu fünf zusätzliche Vertriebspartner angegeben",
  "rule.R27.declared": { one: "Ein zusätzlicher Vertriebspartner ist angegeben; er wird geprüft, erhält aber keine zusätzlichen Anreize.", other: "{count} zusätzliche Vertriebspartner sind angegeben; sie werden geprüft, erhalten aber keine zusätzlichen Anreize." },
  "rule.R27.initialFirst": "Zusätzliche Vertriebspartner können erst angegeben werden, wenn der erste Vertriebspartner gewählt ist.",
  "rule.R27.tooMany": "{count} zusätzliche Vertriebspartner sind angegeben; höchstens {max} sind erlaubt.",
  "rule.R27.invalidAdditional": "Dem zusätzlichen Vertriebspartner {reseller} fehlt die Registrierung, eine gültige Partner-ID oder die angenommene MPA.",
  "rule.R27.remedyInitial": "Wählen Sie zuerst den ersten Vertriebspartner und fügen Sie dann die weiteren hinzu.",

  "rule.R28.title": "Partner und Kunde müssen in derselben CSP-Region sein",
  "rule.R28.sameRegion": "Partner und Kunde sind beide in der Region {region}.",
  "rule.R28.differentRegion": "{partner} ist in der Region {partnerRegion}, {customer} aber in der Region {customerRegion}.",
  "rule.R28.remedy": "Betreuen Sie diesen Kunden über ein CSP-Konto in der Region {customerRegion}.",

  "rule.R29.title": "Nur ein Partner mit direkter Abrechnung oder ein Anbieter entfernt eine Kundenbeziehung",
  "rule.R29.mayRemove": "{partner} rechnet den Kunden direkt oder als Anbieter ab und darf die Beziehung entfernen.",
  "rule.R29.resellerCannotRemove": "{partner} ist indirekter Vertriebspartner und kann eine Kundenbeziehung nicht selbst entfernen.",
  "rule.R29.remedy": "{partner} bittet seinen Anbieter, die Beziehung zu entfernen.",
  "rule.R29.doubtOlderDocs": "Eine Seite von 2020/21 für Vertriebspartner zeigt einen Schritt „Beziehung entfernen“, ohne zu sagen, wer ihn nutzen darf; das Verbot stammt aus neueren Seiten.",

  "rule.R30.title": "Eine Beziehung wird erst entfernt, wenn nichts mehr aktiv ist, und das Entfernen beendet die delegierte Administration",
  "rule.R30.clear": "{partner} hat bei {customer} nichts Aktives mehr; die Beziehung kann entfernt werden.",
  "rule.R30.noRelationship": "{partner} hat keine aktive Beziehung zu {customer}, die entfernt werden könnte.",
  "rule.R30.activeSubscriptions": { one: "Ein Abonnement verhindert das Entfernen noch ({subscription}).", other: "{count} Abonnements verhindern das Entfernen noch (erstes: {subscription})." },
  "rule.R30.remedySuspend": "Halten Sie zuerst die Abonnements an und kündigen Sie Reservierungen und Softwarekäufe.",
  "rule.R30.remedyCancel": "Kündigen Sie New-Commerce-Abonnements (Anhalten genügt nicht, sie werden weiter abgerechnet), halten Sie ältere an und kündigen Sie Reservierungen, Software und Marketplace-Artikel.",
  "rule.R30.adminRemovedWithRelationship": "Die delegierten Administratorrechte von {partner} bei {customer} endeten mit dem Entfernen der Vertriebspartnerschaft.",
  "rule.R30.doubtOld": "Die Seite von 2020 verlangte nur, Abonnements anzuhalten; sie ist älter als New Commerce.",
  "rule.R30.doubtNceDate": "Die neuere Seite, nach der New-Commerce-Abonnements gekündigt werden müssen, ist undatiert; die Engine wendet sie ab {switchDate} an.",
  "rule.R30.doubtDapStays": "Eine Seite von 2020/21 sagt, delegierte Administratorrechte blieben nach dem Entfernen bestehen; die Engine folgt den Seiten, nach denen sie entfernt werden.",

  "rule.R31.title": "Standard-Supportkontakt ist der Anbieter; ein Vertriebspartner braucht delegierte Administratorrechte, um das zu übernehmen",
  "rule.R31.defaultProvider": "{provider} wird designierter Supportkontakt für das neue Abonnement.",
  "rule.R31.provider": "{provider} ist als Supportkontakt angegeben.",
  "rule.R31.delegated": "{reseller} hat delegierte Administratorrechte bei {customer} und kann Supportkontakt sein.",
  "rule.R31.noDelegatedAdmin": "{reseller} hat keine delegierten Administratorrechte bei {customer} und kann daher nicht Supportkontakt sein.",
  "rule.R31.remedy": "{reseller} lässt sich zuerst von {customer} eine Administratorbeziehung genehmigen.",
};

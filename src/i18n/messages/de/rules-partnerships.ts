/** Deutsche Meldungen der Regeln R13–R22: Partnerschaft zwischen Anbieter und Vertriebspartner, Bestellungen, Kundenbeziehungen. */
import type { Message } from "../../format.ts";
import type { enRulesPartnerships } from "../en/rules-partnerships.ts";

/** Meldungen der Regeln R13–R22. */
export const deRulesPartnerships: Record<keyof typeof enRulesPartnerships, Message> = {
  "rule.R13.title": "Eine Partnerschaft entsteht erst, wenn der Vertriebspartner die Anfrage des Anbieters annimmt",
  "rule.R13.requesting": "{provider} bittet {reseller}, ihn als indirekten Anbieter zu autorisieren.",
  "rule.R13.alreadyRequested": "{provider} hat {reseller} bereits eine Partnerschaftsanfrage gesendet, die noch offen ist.",
  "rule.R13.alreadyPartners": "{provider} und {reseller} sind bereits Partner.",
  "rule.R13.accepting": "{reseller} nimmt die Partnerschaftsanfrage von {provider} an.",
  "rule.R13.noRequest": "Für {reseller} liegt keine Partnerschaftsanfrage von {provider} vor, die angenommen werden könnte.",
  "rule.R13.remedyRequest": "{provider} sendet {reseller} zuerst eine Partnerschaftsanfrage.",
  "rule.R13.alreadyAccepted": "{reseller} hat {provider} bereits angenommen.",
  "rule.R13.notGlobalAdmin": "Nur der globale Administrator des Vertriebspartners kann einen Anbieter autorisieren; dieser Benutzer hat die Rolle: {userRole}.",
  "rule.R13.remedyGlobalAdmin": "Bitten Sie einen globalen Administrator des Vertriebspartnermandanten, die Anfrage anzunehmen.",
  "rule.R13.pending": "Die Anfrage von {provider} wartet noch auf {reseller}; eine offene Anfrage gewährt keine Rechte.",
  "rule.R13.remedyAuthorise": "Der globale Administrator von {reseller} wählt für {provider} „Indirekten Anbieter autorisieren“.",
  "rule.R13.accepted": "{reseller} hat die Partnerschaft mit {provider} angenommen.",

  "rule.R14.title": "Nur ein registrierter indirekter Vertriebspartner kann eine Partnerschaft eingehen",
  "rule.R14.enrolled": "{reseller} ist als indirekter Vertriebspartner registriert.",
  "rule.R14.notEnrolled": "{reseller} ist im Partner Center nicht als indirekter Vertriebspartner registriert.",
  "rule.R14.remedy": "{reseller} registriert sich als indirekter Vertriebspartner, bevor die Partnerschaft entsteht.",

  "rule.R15.title": "Anbieter und Vertriebspartner müssen in derselben CSP-Region sein",
  "rule.R15.sameRegion": "Anbieter und Vertriebspartner sind beide in der Region {region}.",
  "rule.R15.differentRegion": "{provider} ist in der Region {providerRegion}, {reseller} in der Region {resellerRegion}; Partnerschaften reichen nicht über Regionen hinweg.",
  "rule.R15.remedy": "{reseller} eröffnet ein CSP-Konto in der Region {providerRegion} mit einer Partner-Standort-ID in einem Land dieser Region.",

  "rule.R16.title": "Ein Vertriebspartner darf mit mehreren Anbietern arbeiten",
  "rule.R16.several": { one: "{reseller} arbeitet bereits mit einem weiteren Anbieter; mehrere Partnerschaften in derselben Region sind erlaubt.", other: "{reseller} arbeitet bereits mit {count} weiteren Anbietern; mehrere Partnerschaften in derselben Region sind erlaubt." },

  "rule.R17.title": "Eine Partnerschaft teilt keine Kunden",
  "rule.R17.notShared": "{customer} hat eine Beziehung zu {reseller}, nicht zu {provider}; durch die Partnerschaft werden die Kunden des Vertriebspartners nicht zu Kunden von {provider}.",
  "rule.R17.remedy": "{customer} nimmt eine Einladung von {reseller} an, die {provider} nennt; so erhalten beide eine Beziehung.",

  "rule.R18.title": "Das Ende einer Partnerschaft lässt Kunden und erteilte Administratorrechte bestehen",
  "rule.R18.removing": "{provider} beendet die Partnerschaft mit {reseller}; Kunden und bereits erteilte delegierte Administratorrechte bleiben unverändert.",
  "rule.R18.noPartnership": "{provider} und {reseller} haben keine Partnerschaft, die beendet werden könnte.",
  "rule.R18.removed": "{provider} hat die Partnerschaft mit {reseller} beendet und kann {reseller} bei neuen Geschäften nicht mehr angeben.",
  "rule.R18.doubtProcess": "Die Seite von 2020 verweist Anbieter dafür an den Microsoft-Support; die Seite von 2021 beschreibt die Aktion „Partnerschaft entfernen“.",
  "rule.R18.doubtInferred": "Dass ein entfernter Vertriebspartner bei neuen Bestellungen nicht angegeben werden kann, ist aus den Quellen abgeleitet, nicht ausdrücklich genannt.",

  "rule.R19.title": "Die Autorisierung gibt dem Anbieter Rechte für die Kunden und den Mandanten des Vertriebspartners",
  "rule.R19.grants": "Nach der Autorisierung kann {provider} Bestellungen für die Kunden dieses Vertriebspartners einreichen und erhält Administratorzugriff auf dessen eigenen Mandanten.",
  "rule.R19.withdrawing": "Der Vertriebspartner entzieht {provider} den Administratorzugriff auf seinen Mandanten; die Partnerschaft bleibt bestehen.",
  "rule.R19.noPartnership": "{reseller} hat keine angenommene Partnerschaft mit {provider}.",
  "rule.R19.tenantAccess": "{provider} verwaltet den Mandanten von {reseller} im Rahmen der Partnerschaft.",
  "rule.R19.accessWithdrawn": "{reseller} hat {provider} den Administratorzugriff auf seinen Mandanten entzogen.",

  "rule.R20.title": "Keine Bestellung ohne Vertriebspartnerschaft und erfasste Annahme des Microsoft-Kundenvertrags",
  "rule.R20.ready": "{partner} hat eine Vertriebspartnerschaft mit {customer}, und die Annahme des Microsoft-Kundenvertrags ist erfasst.",
  "rule.R20.noRelationship": "{partner} hat keine Vertriebspartnerschaft mit {customer}.",
  "rule.R20.remedyRelationship": "{partner} sendet {customer} eine Anfrage für eine Vertriebspartnerschaft, und der globale Administrator des Kunden nimmt sie an.",
  "rule.R20.noMca": "{customer} hat den Microsoft-Kundenvertrag gegenüber {partner} nicht angenommen.",
  "rule.R20.remedyMca": "{partner} erfasst die Annahme des Vertrags durch den Kunden, oder {customer} nimmt ihn über den Einladungslink an.",
  "rule.R20.canRecordMca": "{partner} hat eine Vertriebspartnerschaft mit {customer}; die Annahme des Kundenvertrags kann erfasst werden.",

  "rule.R21.title": "Eine Vertriebspartnerschaft entsteht mit dem Mandanten oder mit der angenommenen Einladung",
  "rule.R21.automatic": "{partner} erstellt den Mandanten {customer}; die Vertriebspartnerschaft entsteht damit automatisch.",
  "rule.R21.awaitsAcceptance": "Die Beziehung zwischen {partner} und {customer} entsteht, sobald der globale Administrator des Kunden die Einladung annimmt.",
  "rule.R21.alreadyActive": "{partner} hat bereits eine Vertriebspartnerschaft mit {customer}.",
  "rule.R21.alreadyRequested": "{partner} hat {customer} bereits eingeladen; die Einladung ist noch offen.",
  "rule.R21.accepting": "{customer} nimmt die Einladung von {partner} an.",
  "rule.R21.noInvitation": "Für {customer} liegt keine Einladung von {partner} vor, die angenommen werden könnte.",
  "rule.R21.remedy": "{partner} sendet {customer} zuerst eine Einladung.",
  "rule.R21.notGlobalAdmin": "Nur der globale Administrator des Kunden kann die Einladung annehmen; dieser Benutzer hat die Rolle: {userRole}.",
  "rule.R21.remedyGlobalAdmin": "Bitten Sie einen globalen Administrator des Kundenmandanten, die Einladung anzunehmen.",

  "rule.R22.title": "Im zweistufigen Modell bestellt der Anbieter und braucht eine eigene Kundenbeziehung",
  "rule.R22.providerRelated": "{provider}, der die Bestellung einreicht, hat eine eigene Beziehung zu {customer}.",
  "rule.R22.providerUnrelated": "{provider} reicht die Bestellung ein, hat aber keine Vertriebspartnerschaft mit {customer}.",
  "rule.R22.remedy": "{customer} nimmt den Link „Neue Kunden einladen“ von {reseller} an, der {provider} nennt; dadurch entstehen beide Beziehungen.",
  "rule.R22.bothRelationships": "Nimmt der Kunde an, erhalten sowohl {reseller} als auch {provider} eine Vertriebspartnerschaft mit ihm.",
};

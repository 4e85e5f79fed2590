/** Deutsche Meldungen zu Problemen in Szenariodateien, Welten, Aktionen und Profilen (problem.*). */
import type { Message } from "../../format.ts";
import type { enProblems } from "../en/problems.ts";

/** Bei der Validierung gefundene Probleme. */
export const deProblems: Record<keyof typeof enProblems, Message> = {
  "problem.wrongType": "Hier wird {expected} erwartet.",
  "problem.required": "Das Feld „{field}“ fehlt.",
  "problem.unknownField": "Unbekanntes Feld „{field}“; prüfen Sie die Schreibweise.",
  "problem.notIsoDate": "{value} ist kein Datum im Format JJJJ-MM-TT.",
  "problem.notOneOf": "{value} ist hier nicht zulässig; verwenden Sie einen dieser Werte: {allowed}.",
  "problem.tooSmall": "{value} liegt unter dem Minimum von {min}.",
  "problem.tooLarge": "{value} liegt über dem Maximum von {max}.",
  "problem.tooManyItems": { one: "Ein Element angegeben; höchstens {max} sind zulässig.", other: "{count} Elemente angegeben; höchstens {max} sind zulässig." },
  "problem.pattern": "{value} hat nicht die erwartete Form.",
  "problem.badId": "{value} ist keine gültige ID (Buchstaben, Ziffern und . _ : ~ -, höchstens 100 Zeichen).",
  "problem.badCountry": "{value} ist kein zweistelliger Ländercode wie \"DE\".",
  "problem.badRegion": "{value} ist keine kleingeschriebene CSP-Region wie \"europe\".",
  "problem.badRuleId": "{value} ist keine Regel-ID wie \"R20\".",
  "problem.unknownActionType": "{value} ist kein Aktionstyp; die Typen sind: {allowed}.",
  "problem.wrongVersion": "Die Datei gibt Version {value} an; diese Engine liest das Szenarioformat in Version {supported}.",
  "problem.unknownReference": "Die ID „{id}“ ({ns}) ist an dieser Stelle unbekannt.",
  "problem.deniedEarlier": "Wenn diese Aktion ausgeführt wird, gibt es keine ID „{id}“ ({ns}): Die frühere Aktion, die sie anlegen sollte, wurde abgelehnt.",
  "problem.wrongKind": "„{id}“ ist ein {actual}, hier wird aber ein {expected} benötigt.",
  "problem.duplicateId": "Die ID „{id}“ ist bereits vergeben.",
  "problem.selfRelationship": "„{id}“ kann keine Beziehung zu sich selbst haben.",
  "problem.parentCycle": "Die Kette der übergeordneten Organisationen von „{id}“ führt zu ihr selbst zurück.",
  "problem.partnerTenantOfNonPartner": "Mandant „{id}“ ist ein {kind} und muss daher zu einer Partnerorganisation gehören.",
  "problem.enrolmentOnNonCsp": "Mandant „{id}“ ist kein CSP-Mandant und kann daher keine Registrierungen haben.",
  "problem.duplicateRole": "Mandant „{id}“ ist mehr als einmal als {role} registriert.",
  "problem.restrictedNotDirectBill": "Nur eine Registrierung mit direkter Abrechnung kann eingeschränkt sein, nicht eine als {role}.",
  "problem.sellerRequired": "Abonnement „{id}“ wurde über CSP gekauft und braucht daher einen Verkäufer.",
  "problem.sellerOnlyForCsp": "Abonnement „{id}“ stammt aus einem anderen Kanal ({channel}); nur CSP-Abonnements haben einen Verkäufer oder Vertriebspartner.",
  "problem.expectLength": { one: "Es gibt eine Erwartung für {actions} Aktionen; geben Sie eine pro Aktion an (null überspringt eine Aktion).", other: "Es gibt {count} Erwartungen für {actions} Aktionen; geben Sie eine pro Aktion an (null überspringt eine Aktion)." },
  "problem.unknownRule": "Im Katalog gibt es keine Regel {id}.",
  "problem.invalidJson": "Die Datei ist kein gültiges JSON: {detail}",
  "problem.unreadable": "Die Datei kann nicht gelesen werden: {detail}",
  "problem.badOption": "Unbekannte oder unvollständige Option {value}.",
};

/** Komunikaty o problemach w plikach scenariuszy, światach, akcjach i profilach (problem.*) po polsku. */
import type { Message } from "../../format.ts";
import type { enProblems } from "../en/problems.ts";

/** Problemy wykryte podczas walidacji. */
export const plProblems: Record<keyof typeof enProblems, Message> = {
  "problem.wrongType": "Oczekiwano tutaj {expected}.",
  "problem.required": "Brak pola „{field}”.",
  "problem.unknownField": "Nieznane pole „{field}”; sprawdź pisownię.",
  "problem.notIsoDate": "{value} nie jest datą w formacie RRRR-MM-DD.",
  "problem.notOneOf": "Wartość {value} jest tu niedozwolona; użyj jednej z: {allowed}.",
  "problem.tooSmall": "Wartość {value} jest mniejsza od minimum ({min}).",
  "problem.tooLarge": "Wartość {value} jest większa od maksimum ({max}).",
  "problem.tooManyItems": { one: "Podano jeden element; dozwolonych jest najwyżej {max}.", few: "Podano {count} elementy; dozwolonych jest najwyżej {max}.", many: "Podano {count} elementów; dozwolonych jest najwyżej {max}.", other: "Podano {count} elementu; dozwolonych jest najwyżej {max}." },
  "problem.pattern": "Wartość {value} ma niewłaściwą postać.",
  "problem.badId": "{value} nie jest poprawnym identyfikatorem (litery, cyfry oraz . _ : ~ -, najwyżej 100 znaków).",
  "problem.badCountry": "{value} nie jest dwuliterowym kodem kraju, takim jak \"PL\".",
  "problem.badRegion": "{value} nie jest nazwą regionu CSP zapisaną małymi literami, taką jak \"europe\".",
  "problem.badRuleId": "{value} nie jest identyfikatorem reguły, takim jak \"R20\".",
  "problem.unknownActionType": "{value} nie jest typem akcji; dostępne typy: {allowed}.",
  "problem.wrongVersion": "Plik deklaruje wersję {value}; ten silnik czyta format scenariusza w wersji {supported}.",
  "problem.unknownReference": "W tym miejscu nie istnieje {ns} o identyfikatorze „{id}”.",
  "problem.deniedEarlier": "Gdy wykonywane jest to działanie, nie istnieje {ns} o identyfikatorze „{id}”: wcześniejsze działanie, które miało go utworzyć, zostało odrzucone.",
  "problem.wrongKind": "„{id}” to {actual}, a tutaj potrzebna jest {expected}.",
  "problem.duplicateId": "Identyfikator „{id}” jest już używany.",
  "problem.selfRelationship": "„{id}” nie może mieć relacji sam ze sobą.",
  "problem.parentCycle": "Łańcuch organizacji nadrzędnych „{id}” wraca do niej samej.",
  "problem.partnerTenantOfNonPartner": "Dzierżawa „{id}” to {kind}, więc musi należeć do organizacji partnera.",
  "problem.enrolmentOnNonCsp": "Dzierżawa „{id}” nie jest dzierżawą CSP, więc nie może mieć rejestracji.",
  "problem.duplicateRole": "Dzierżawa „{id}” jest zarejestrowana w roli „{role}” więcej niż raz.",
  "problem.restrictedNotDirectBill": "Status ograniczony dotyczy tylko rejestracji z rozliczeniami bezpośrednimi, a nie roli „{role}”.",
  "problem.sellerRequired": "Subskrypcję „{id}” kupiono w CSP, więc musi mieć sprzedawcę.",
  "problem.sellerOnlyForCsp": "Subskrypcja „{id}” pochodzi z innego kanału ({channel}); sprzedawcę lub odsprzedawcę mają tylko subskrypcje CSP.",
  "problem.expectLength": { one: "Jest jedno oczekiwanie na {actions} akcji; podaj po jednym na akcję (null pomija akcję).", few: "Są {count} oczekiwania na {actions} akcji; podaj po jednym na akcję (null pomija akcję).", many: "Jest {count} oczekiwań na {actions} akcji; podaj po jednym na akcję (null pomija akcję).", other: "Jest {count} oczekiwania na {actions} akcji; podaj po jednym na akcję (null pomija akcję)." },
  "problem.unknownRule": "W katalogu nie ma reguły {id}.",
  "problem.invalidJson": "Plik nie jest poprawnym JSON: {detail}",
  "problem.unreadable": "Nie można odczytać pliku: {detail}",
  "problem.badOption": "Nieznana lub niepełna opcja {value}.",
};

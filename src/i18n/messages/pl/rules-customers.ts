/** Komunikaty reguł R23–R31 po polsku: czego nie robi odsprzedawca, partner rekordu, regiony, usuwanie relacji, kontakt pomocy technicznej. */
import type { Message } from "../../format.ts";
import type { enRulesCustomers } from "../en/rules-customers.ts";

/** Komunikaty reguł R23–R31. */
export const plRulesCustomers: Record<keyof typeof enRulesCustomers, Message> = {
  "rule.R23.title": "Odsprzedawca pośredni sam nie tworzy dzierżaw, nie potwierdza MCA i nie składa zamówień",
  "rule.R23.cannotCreateCustomers": "Partner {partner} jest odsprzedawcą pośrednim i nie może tworzyć dzierżaw klientów.",
  "rule.R23.cannotAttest": "Partner {partner} jest odsprzedawcą pośrednim i nie może potwierdzić akceptacji MCA w imieniu klienta.",
  "rule.R23.cannotOrder": "Partner {partner} jest odsprzedawcą pośrednim i nie może sam składać zamówień.",
  "rule.R23.cannotReceive": "Partner {partner} jest odsprzedawcą pośrednim i nie może przejąć subskrypcji w drodze przeniesienia.",
  "rule.R23.remedyProviderCreates": "Poproś dostawcę partnera {partner} o utworzenie dzierżawy i wskazanie partnera {partner} jako odsprzedawcy.",
  "rule.R23.remedyAttest": "Akceptację potwierdza dostawca albo klient akceptuje MCA przez link z zaproszenia.",
  "rule.R23.remedyProviderOrders": "Poproś dostawcę partnera {partner} o złożenie zamówienia ze wskazaniem partnera {partner} jako odsprzedawcy.",
  "rule.R23.remedyReceive": "Jako partnera przejmującego wskaż dostawcę partnera {partner}.",
  "rule.R23.providerCreates": "Dostawca {provider} tworzy klienta i wskazuje odsprzedawcę {reseller}.",

  "rule.R24.title": "Odsprzedawca musi zaakceptować MPA, zanim jego identyfikator trafi do subskrypcji",
  "rule.R24.resellerMpa": "Odsprzedawca {reseller} zaakceptował MPA.",
  "rule.R24.resellerNoMpa": "Odsprzedawca {reseller} nie zaakceptował MPA dla regionu {region}, więc jego identyfikatora nie można podać w nowej subskrypcji.",
  "rule.R24.remedy": "Administrator globalny odsprzedawcy {reseller} akceptuje MPA dla regionu {region}.",

  "rule.R25.title": "Partner rekordu jest weryfikowany: przy nowych zamówieniach od czerwca 2025, przy zmianach od grudnia 2025",
  "rule.R25.compliant": "Odsprzedawca {reseller} jest aktywny i spełnia wymagania, więc może być partnerem rekordu.",
  "rule.R25.blockedNewOrder": "Odsprzedawca {reseller} nie jest aktywny lub nie spełnia wymagań (status: {status}), więc nie może być partnerem rekordu nowego zamówienia.",
  "rule.R25.blockedChange": "Odsprzedawca {reseller} nie jest aktywny lub nie spełnia wymagań (status: {status}); ta zmiana ({change}) jest zablokowana.",
  "rule.R25.remedy": "Odsprzedawca {reseller} przywraca swój status (aktywna rejestracja, zaakceptowana MPA) albo zamówienie idzie dalej bez niego jako partnera rekordu.",
  "rule.R25.autoRenewExcluded": "Automatyczne odnowienia nie są weryfikowane, więc odnowienie następuje bez względu na status odsprzedawcy {reseller}.",
  "rule.R25.doubtStartDate": "Jeden komunikat dystrybutora podaje {altDate} jako początek weryfikacji nowych zamówień; silnik przyjmuje datę z odpowiedzi Microsoft: {from}.",

  "rule.R26.title": "Zamówienie dostawcy bez odsprzedawcy to jego własna transakcja bezpośrednia",
  "rule.R26.directTransaction": "Nie wskazano odsprzedawcy, więc zamówienie jest transakcją bezpośrednią dostawcy {provider}.",

  "rule.R27.title": "W UE i EOG deklaruje się do pięciu dodatkowych odsprzedawców",
  "rule.R27.declared": { one: "Zadeklarowano jednego dodatkowego odsprzedawcę; jest weryfikowany, ale nie dostaje dodatkowych zachęt.", few: "Zadeklarowano {count} dodatkowych odsprzedawców; są weryfikowani, ale nie dostają dodatkowych zachęt.", many: "Zadeklarowano {count} dodatkowych odsprzedawców; są weryfikowani, ale nie dostają dodatkowych zachęt.", other: "Zadeklarowano {count} dodatkowego odsprzedawcy; jest weryfikowany, ale nie dostaje dodatkowych zachęt." },
  "rule.R27.initialFirst": "Dodatkowych odsprzedawców można zadeklarować dopiero po wybraniu odsprzedawcy początkowego.",
  "rule.R27.tooMany": "Zadeklarowano {count} dodatkowych odsprzedawców; dozwolonych jest najwyżej {max}.",
  "rule.R27.invalidAdditional": "Dodatkowy odsprzedawca {reseller} nie ma rejestracji, ważnego identyfikatora partnera lub zaakceptowanej MPA.",
  "rule.R27.remedyInitial": "Najpierw wybierz odsprzedawcę początkowego, potem dodaj pozostałych.",

  "rule.R28.title": "Partner i klient muszą być w tym samym regionie CSP",
  "rule.R28.sameRegion": "Partner i klient są w tym samym regionie ({region}).",
  "rule.R28.differentRegion": "Partner {partner} jest w regionie {partnerRegion}, a klient {customer} w regionie {customerRegion}.",
  "rule.R28.remedy": "Obsługuj tego klienta z konta CSP w regionie {customerRegion}.",

  "rule.R29.title": "Relację z klientem usuwa tylko partner z rozliczeniami bezpośrednimi lub dostawca",
  "rule.R29.mayRemove": "Partner {partner} rozlicza klienta bezpośrednio lub jako dostawca, więc może usunąć relację.",
  "rule.R29.resellerCannotRemove": "Partner {partner} jest odsprzedawcą pośrednim i nie może sam usunąć relacji z klientem.",
  "rule.R29.remedy": "Partner {partner} prosi swojego dostawcę o usunięcie relacji.",
  "rule.R29.doubtOlderDocs": "Strona z lat 2020–21 przeznaczona dla odsprzedawców pokazuje krok „usuń relację”, nie mówiąc, kto może go użyć; zakaz pochodzi z nowszej dokumentacji.",

  "rule.R30.title": "Relację usuwa się dopiero, gdy nic nie jest aktywne, a usunięcie kończy delegowaną administrację",
  "rule.R30.clear": "Partner {partner} nie ma już nic aktywnego u klienta {customer}, więc relację można usunąć.",
  "rule.R30.noRelationship": "Partner {partner} nie ma aktywnej relacji z klientem {customer}, którą można by usunąć.",
  "rule.R30.activeSubscriptions": { one: "Usunięcie blokuje jeszcze jedna subskrypcja ({subscription}).", few: "Usunięcie blokują jeszcze {count} subskrypcje (pierwsza: {subscription}).", many: "Usunięcie blokuje jeszcze {count} subskrypcji (pierwsza: {subscription}).", other: "Usunięcie blokuje jeszcze {count} subskrypcji (pierwsza: {subscription})." },
  "rule.R30.remedySuspend": "Najpierw wstrzymaj subskrypcje i anuluj rezerwacje oraz zakupy oprogramowania.",
  "rule.R30.remedyCancel": "Anuluj subskrypcje w nowym środowisku handlowym (samo wstrzymanie nie wystarcza – są dalej rozliczane), wstrzymaj starsze i anuluj rezerwacje, oprogramowanie oraz pozycje z Marketplace.",
  "rule.R30.adminRemovedWithRelationship": "Delegowane uprawnienia administratora partnera {partner} u klienta {customer} wygasły wraz z usunięciem relacji odsprzedawcy.",
  "rule.R30.doubtOld": "Strona z 2020 r. wymagała tylko wstrzymania subskrypcji; powstała przed nowym środowiskiem handlowym.",
  "rule.R30.doubtNceDate": "Nowsza strona, która każe anulować subskrypcje nowego środowiska handlowego, nie ma daty; silnik stosuje ją od {switchDate}.",
  "rule.R30.doubtDapStays": "Jedna strona z lat 2020–21 mówi, że delegowane uprawnienia zostają po usunięciu relacji; silnik trzyma się stron, według których są usuwane.",

  "rule.R31.title": "Domyślnym kontaktem pomocy technicznej jest dostawca; odsprzedawca potrzebuje delegowanych uprawnień, aby go zastąpić",
  "rule.R31.defaultProvider": "Dostawca {provider} zostaje wyznaczonym kontaktem pomocy technicznej dla nowej subskrypcji.",
  "rule.R31.provider": "Dostawca {provider} jest wyznaczonym kontaktem pomocy technicznej.",
  "rule.R31.delegated": "Odsprzedawca {reseller} ma delegowane uprawnienia administratora u klienta {customer}, więc może być kontaktem pomocy technicznej.",
  "rule.R31.noDelegatedAdmin": "Odsprzedawca {reseller} nie ma delegowanych uprawnień administratora u klienta {customer}, więc nie może być kontaktem pomocy technicznej.",
  "rule.R31.remedy": "Odsprzedawca {reseller} najpierw uzyskuje od klienta {customer} zatwierdzenie relacji administracyjnej.",
};

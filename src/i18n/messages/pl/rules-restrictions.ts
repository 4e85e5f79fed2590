/** Komunikaty reguł R46–R58 po polsku: zakupy od innych partnerów, chmury krajowe i przejście z rozliczeń bezpośrednich na model pośredni. */
import type { Message } from "../../format.ts";
import type { enRulesRestrictions } from "../en/rules-restrictions.ts";

/** Komunikaty reguł R46–R58. */
export const plRulesRestrictions: Record<keyof typeof enRulesRestrictions, Message> = {
  "rule.R46.title": "Dzierżawa używana do transakcji CSP nigdy nie jest klientem innego partnera CSP",
  "rule.R46.cspTenantNotCustomer": "Dzierżawa {customer} służy partnerowi do transakcji CSP, więc partner {partner} nie może jej nic sprzedać.",
  "rule.R46.remedy": "Kupuj do osobnej dzierżawy typu klient, używanej wewnętrznie, a nie do dzierżawy {customer}.",

  "rule.R47.title": "Partner może kupić od innego partnera do osobnej dzierżawy wewnętrznej",
  "rule.R47.internalTenant": "Dzierżawa {customer} to osobna dzierżawa wewnętrzna partnera, więc może kupować od innego partnera CSP.",

  "rule.R48.title": "Nie sprzedaje się samemu sobie ani firmom z własnej grupy",
  "rule.R48.self": "Dzierżawa {customer} należy do tej samej firmy co partner {partner}; partner nie sprzedaje samemu sobie.",
  "rule.R48.affiliate": "Dzierżawa {customer} należy do firmy z tej samej grupy co partner {partner}; partner nie sprzedaje podmiotom powiązanym.",
  "rule.R48.remedyOtherPartner": "Na własne potrzeby kupuj od innego partnera CSP do dzierżawy wewnętrznej, a Azure – w ramach Azure Partner Shared Services.",

  "rule.R49.title": "Powiązana dzierżawa odsprzedawcy nie może być klientem jego własnego dostawcy",
  "rule.R49.linkedReseller": "Dzierżawa {customer} należy do odsprzedawcy powiązanego z dostawcą {provider}, więc nie może być jednocześnie klientem dostawcy {provider}.",
  "rule.R49.remedy": "Zamiast dzierżawy {customer} utwórz osobną dzierżawę do użytku wewnętrznego.",

  "rule.R50.title": "Azure na własne potrzeby można kupić w ramach Shared Services, tylko do osobnej dzierżawy",
  "rule.R50.sharedServices": "Usługi Azure Partner Shared Services trafiają do przeznaczonej do tego dzierżawy {tenant}.",
  "rule.R50.ownUseOnly": "Oferta usług współdzielonych ({product}) jest tylko na własne potrzeby partnera, nie dla klientów.",
  "rule.R50.azureOnly": "Dzierżawa {tenant} służy usługom współdzielonym: przyjmuje wyłącznie Azure na własne potrzeby, a nie {product}.",
  "rule.R50.ownTenant": "Dzierżawa {tenant} musi należeć do kupującego partnera.",
  "rule.R50.dedicatedTenant": "Dzierżawa {tenant} musi być dzierżawą przeznaczoną na usługi współdzielone.",
  "rule.R50.remedyOwnUse": "Kup ofertę usług współdzielonych do własnej dzierżawy usług współdzielonych partnera.",

  "rule.R51.title": "Obsługa wielu partnerów i wielu kanałów działa też w chmurach krajowych",
  "rule.R51.notYetInUsGov": "W tym dniu Centrum partnerskie dla US Government nie oferowało jeszcze żądań relacji odsprzedawcy dla klienta {customer}.",
  "rule.R51.available": "Obsługa wielu partnerów i wielu kanałów jest dostępna w tej chmurze ({cloud}).",
  "rule.R51.doubtUsGov": "Strona US Government z maja 2020 r. wymieniała te funkcje jako jeszcze niedostępne; strony z listopada 2020 r. podają, że są dostępne.",

  "rule.R52.title": "US Government wymaga osobnej rejestracji, dla partnerów z USA obsługujących administrację",
  "rule.R52.eligible": "Partner {partner} działa w USA, obsługuje podmioty administracji USA i może zarejestrować się w US Government.",
  "rule.R52.approvalReused": "Partner {partner} ma już zatwierdzenie jako komercyjny odsprzedawca pośredni; to zatwierdzenie jest wykorzystywane ponownie, ale rejestracja jest osobna.",
  "rule.R52.notEligible": "Partner {partner} nie kwalifikuje się: w US Government mogą się zarejestrować tylko partnerzy z USA obsługujący podmioty administracji USA.",
  "rule.R52.remedy": "Obsługuj klientów z administracji USA z terenu Stanów Zjednoczonych i wykaż to Microsoft, np. numerami umów z administracją.",

  "rule.R53.title": "Microsoft Cloud Germany nie przyjmuje nowych klientów ani usług",
  "rule.R53.closed": "Klient {customer} byłby w Microsoft Cloud Germany, która nie przyjmuje nowych klientów ani usług.",

  "rule.R54.title": "W 21Vianet klienci trafiają przez zaproszenie dostawcy",
  "rule.R54.providerInvitesOnly": "Odsprzedawca {reseller} nie może w Centrum partnerskim 21Vianet wysłać własnego zaproszenia dla klienta.",
  "rule.R54.remedy": "Użyj zaproszenia dostawcy odsprzedawcy {reseller}.",
  "rule.R54.doubtArchived": "Te zasady pochodzą z zarchiwizowanych stron 21Vianet (2016–2018); nie potwierdzono, czy nadal obowiązują.",

  "rule.R55.title": "Dzierżawy w chmurze krajowej i komercyjnej nigdy nie mają wspólnych relacji",
  "rule.R55.separateClouds": "Dzierżawy {partner} ({partnerCloud}) i {other} ({otherCloud}) są w różnych chmurach; dzierżaw z różnych chmur nic nie łączy.",
  "rule.R55.remedy": "Zarejestruj się w programie partnerskim osobno w docelowej chmurze ({otherCloud}) i działaj z tamtej dzierżawy.",
  "rule.R55.doubtInferred": "To wniosek z opisu chmur krajowych, a nie zasada wyrażona wprost.",

  "rule.R56.title": "Rozszerzenie relacji odsprzedawcy kopiuje klienta rozliczanego bezpośrednio do dostawcy",
  "rule.R56.extending": "Relacja z klientem {customer} zostaje rozszerzona na dostawcę {provider}; dane rozliczeniowe klienta są udostępniane, uprawnienia administratora nie.",
  "rule.R56.notTransitioning": "Partner {partner} musi przechodzić w tej dzierżawie z rozliczeń bezpośrednich na model odsprzedawcy pośredniego.",
  "rule.R56.notDirectCustomer": "Klient {customer} musi być dotychczasowym klientem partnera {partner} z rozliczeniami bezpośrednimi.",
  "rule.R56.noPartnership": "Partner {partner} musi mieć zaakceptowane partnerstwo z dostawcą {provider}.",
  "rule.R56.noConsent": "Klient {customer} musi zgodzić się na rozszerzenie.",
  "rule.R56.alreadyExtended": "Dostawca {provider} nie może mieć już relacji z klientem {customer}.",
  "rule.R56.remedyConsent": "Uzyskaj zgodę klienta {customer}, zanim rozszerzysz relację.",

  "rule.R57.title": "Samoobsługowe przeniesienie do dostawcy ma ścisłe warunki",
  "rule.R57.requestOk": { one: "Jedna subskrypcja może przejść do dostawcy {provider}; po akceptacji dostanie nowy identyfikator.", few: "{count} subskrypcje mogą przejść do dostawcy {provider}; po akceptacji dostaną nowe identyfikatory.", many: "{count} subskrypcji może przejść do dostawcy {provider}; po akceptacji dostaną nowe identyfikatory.", other: "Subskrypcje ({count}) mogą przejść do dostawcy {provider}; po akceptacji dostaną nowe identyfikatory." },
  "rule.R57.notTransitioning": "Partner {partner} musi przechodzić z rozliczeń bezpośrednich na model odsprzedawcy pośredniego.",
  "rule.R57.noPartnership": "Partner {partner} musi mieć zaakceptowane partnerstwo z dostawcą {provider}.",
  "rule.R57.customerNotMoved": "Klient {customer} musi być już przeniesiony do dostawcy {provider}.",
  "rule.R57.noMcaWithProvider": "Klient {customer} musi zaakceptować Umowę z Klientem Microsoft za pośrednictwem dostawcy {provider}.",
  "rule.R57.notEligible": "W ten sposób można przenieść tylko subskrypcje licencji Office 365 i Azure z płatnością zgodnie z użyciem (MS-AZR-0145P).",
  "rule.R57.notSeller": "Partner {partner} musi być sprzedawcą wszystkich subskrypcji z tego żądania.",
  "rule.R57.addOnWithoutBase": "Dodatki przechodzą razem z subskrypcją podstawową; wskaż subskrypcję podstawową.",
  "rule.R57.openRequest": "Żadna subskrypcja z tego żądania nie może być w innym otwartym żądaniu przeniesienia.",
  "rule.R57.accepting": "Dostawca akceptuje żądanie przeniesienia {request}; dodatki przechodzą razem z subskrypcją podstawową.",
  "rule.R57.notOpen": "Żądanie przeniesienia {request} nie jest już otwarte.",
  "rule.R57.notReceiver": "Partner {partner} nie jest dostawcą, do którego skierowano żądanie przeniesienia {request}.",

  "rule.R58.title": "Rozliczeń bezpośrednich nie używa się dla klientów pozyskanych jako odsprzedawca pośredni",
  "rule.R58.acquiredAsReseller": "Partner {partner} pozyskał klienta {customer} jako odsprzedawca pośredni, więc nie może kupować dla niego jako partner z rozliczeniami bezpośrednimi.",
  "rule.R58.remedy": "Zamawiaj dla klienta {customer} przez dostawcę.",
};

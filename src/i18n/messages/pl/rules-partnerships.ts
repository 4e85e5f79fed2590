/** Komunikaty reguł R13–R22 po polsku: partnerstwo dostawcy z odsprzedawcą, zamówienia i relacje z klientami. */
import type { Message } from "../../format.ts";
import type { enRulesPartnerships } from "../en/rules-partnerships.ts";

/** Komunikaty reguł R13–R22. */
export const plRulesPartnerships: Record<keyof typeof enRulesPartnerships, Message> = {
  "rule.R13.title": "Partnerstwo powstaje dopiero, gdy odsprzedawca zaakceptuje żądanie dostawcy",
  "rule.R13.requesting": "Dostawca {provider} prosi odsprzedawcę {reseller} o autoryzowanie go jako dostawcy pośredniego.",
  "rule.R13.alreadyRequested": "Dostawca {provider} wysłał już odsprzedawcy {reseller} żądanie partnerstwa, które czeka na odpowiedź.",
  "rule.R13.alreadyPartners": "Dostawca {provider} i odsprzedawca {reseller} są już partnerami.",
  "rule.R13.accepting": "Odsprzedawca {reseller} akceptuje żądanie partnerstwa od dostawcy {provider}.",
  "rule.R13.noRequest": "Odsprzedawca {reseller} nie ma od dostawcy {provider} żądania partnerstwa, które mógłby zaakceptować.",
  "rule.R13.remedyRequest": "Dostawca {provider} najpierw wysyła odsprzedawcy {reseller} żądanie partnerstwa.",
  "rule.R13.alreadyAccepted": "Odsprzedawca {reseller} już zaakceptował dostawcę {provider}.",
  "rule.R13.notGlobalAdmin": "Dostawcę może autoryzować tylko administrator globalny odsprzedawcy; ten użytkownik ma rolę: {userRole}.",
  "rule.R13.remedyGlobalAdmin": "Poproś administratora globalnego dzierżawy odsprzedawcy o zaakceptowanie żądania.",
  "rule.R13.pending": "Żądanie dostawcy {provider} wciąż czeka na odsprzedawcę {reseller}; oczekujące żądanie niczego nie daje.",
  "rule.R13.remedyAuthorise": "Administrator globalny odsprzedawcy {reseller} wybiera „Autoryzuj dostawcę pośredniego” dla dostawcy {provider}.",
  "rule.R13.accepted": "Odsprzedawca {reseller} zaakceptował partnerstwo z dostawcą {provider}.",

  "rule.R14.title": "Partnerstwo może zawrzeć tylko zarejestrowany odsprzedawca pośredni",
  "rule.R14.enrolled": "Partner {reseller} jest zarejestrowany jako odsprzedawca pośredni.",
  "rule.R14.notEnrolled": "Partner {reseller} nie jest zarejestrowany w Centrum partnerskim jako odsprzedawca pośredni.",
  "rule.R14.remedy": "Partner {reseller} rejestruje się jako odsprzedawca pośredni, zanim powstanie partnerstwo.",

  "rule.R15.title": "Dostawca i odsprzedawca muszą być w tym samym regionie CSP",
  "rule.R15.sameRegion": "Dostawca i odsprzedawca są w tym samym regionie ({region}).",
  "rule.R15.differentRegion": "Dostawca {provider} jest w regionie {providerRegion}, a odsprzedawca {reseller} w regionie {resellerRegion}; partnerstwa nie przekraczają granic regionów.",
  "rule.R15.remedy": "Odsprzedawca {reseller} zakłada konto CSP w regionie {providerRegion} z identyfikatorem lokalizacji partnera w kraju tego regionu.",

  "rule.R16.title": "Odsprzedawca może współpracować z kilkoma dostawcami",
  "rule.R16.several": { one: "Odsprzedawca {reseller} współpracuje już z jednym innym dostawcą; kilka partnerstw w tym samym regionie jest dozwolonych.", few: "Odsprzedawca {reseller} współpracuje już z {count} innymi dostawcami; kilka partnerstw w tym samym regionie jest dozwolonych.", many: "Odsprzedawca {reseller} współpracuje już z {count} innymi dostawcami; kilka partnerstw w tym samym regionie jest dozwolonych.", other: "Odsprzedawca {reseller} współpracuje już z {count} innymi dostawcami; kilka partnerstw w tym samym regionie jest dozwolonych." },

  "rule.R17.title": "Partnerstwo nie oznacza wspólnych klientów",
  "rule.R17.notShared": "Klient {customer} ma relację z odsprzedawcą {reseller}, a nie z dostawcą {provider}; partnerstwo nie daje dostawcy {provider} klientów odsprzedawcy.",
  "rule.R17.remedy": "Klient {customer} akceptuje zaproszenie od odsprzedawcy {reseller} wskazujące dostawcę {provider}, dzięki czemu obaj mają relację.",

  "rule.R18.title": "Zakończenie partnerstwa nie usuwa klientów ani przyznanych uprawnień administratora",
  "rule.R18.removing": "Dostawca {provider} kończy partnerstwo z odsprzedawcą {reseller}; klienci i przyznane już delegowane uprawnienia administratora pozostają bez zmian.",
  "rule.R18.noPartnership": "Dostawca {provider} i odsprzedawca {reseller} nie mają partnerstwa, które można zakończyć.",
  "rule.R18.removed": "Dostawca {provider} zakończył partnerstwo z odsprzedawcą {reseller}, więc nie może już wskazywać go w nowych transakcjach.",
  "rule.R18.doubtProcess": "Strona z 2020 r. kieruje dostawców w tej sprawie do pomocy technicznej Microsoft; strona z 2021 r. opisuje akcję „Usuń partnerstwo”.",
  "rule.R18.doubtInferred": "To, że usuniętego odsprzedawcy nie można wskazać w nowych zamówieniach, wynika ze źródeł pośrednio, nie wprost.",

  "rule.R19.title": "Autoryzacja dostawcy daje mu uprawnienia do klientów i dzierżawy odsprzedawcy",
  "rule.R19.grants": "Po autoryzacji dostawca {provider} może składać zamówienia dla klientów tego odsprzedawcy i dostaje dostęp administracyjny do jego własnej dzierżawy.",
  "rule.R19.withdrawing": "Odsprzedawca odbiera dostawcy {provider} dostęp administracyjny do swojej dzierżawy; partnerstwo trwa nadal.",
  "rule.R19.noPartnership": "Odsprzedawca {reseller} nie ma zaakceptowanego partnerstwa z dostawcą {provider}.",
  "rule.R19.tenantAccess": "Dostawca {provider} administruje dzierżawą odsprzedawcy {reseller} w ramach partnerstwa.",
  "rule.R19.accessWithdrawn": "Odsprzedawca {reseller} odebrał dostawcy {provider} dostęp administracyjny do swojej dzierżawy.",

  "rule.R20.title": "Bez relacji odsprzedawcy i zarejestrowanej akceptacji MCA nie ma zamówienia",
  "rule.R20.ready": "Partner {partner} ma relację odsprzedawcy z klientem {customer}, a akceptacja Umowy z Klientem Microsoft jest zarejestrowana.",
  "rule.R20.noRelationship": "Partner {partner} nie ma relacji odsprzedawcy z klientem {customer}.",
  "rule.R20.remedyRelationship": "Partner {partner} wysyła klientowi {customer} żądanie relacji odsprzedawcy, a administrator globalny klienta je akceptuje.",
  "rule.R20.noMca": "Klient {customer} nie zaakceptował Umowy z Klientem Microsoft z partnerem {partner}.",
  "rule.R20.remedyMca": "Partner {partner} rejestruje akceptację MCA przez klienta albo klient {customer} akceptuje ją przez link z zaproszenia.",
  "rule.R20.canRecordMca": "Partner {partner} ma relację odsprzedawcy z klientem {customer}, więc można zarejestrować akceptację MCA.",

  "rule.R21.title": "Relacja odsprzedawcy powstaje przy tworzeniu dzierżawy albo po akceptacji zaproszenia",
  "rule.R21.automatic": "Partner {partner} tworzy dzierżawę {customer}; relacja odsprzedawcy powstaje razem z nią.",
  "rule.R21.awaitsAcceptance": "Relacja między partnerem {partner} a klientem {customer} powstanie, gdy administrator globalny klienta zaakceptuje zaproszenie.",
  "rule.R21.alreadyActive": "Partner {partner} ma już relację odsprzedawcy z klientem {customer}.",
  "rule.R21.alreadyRequested": "Partner {partner} już zaprosił klienta {customer}; zaproszenie czeka na odpowiedź.",
  "rule.R21.accepting": "Klient {customer} akceptuje zaproszenie od partnera {partner}.",
  "rule.R21.noInvitation": "Klient {customer} nie ma zaproszenia od partnera {partner}, które mógłby zaakceptować.",
  "rule.R21.remedy": "Partner {partner} najpierw wysyła klientowi {customer} zaproszenie.",
  "rule.R21.notGlobalAdmin": "Zaproszenie może zaakceptować tylko administrator globalny klienta; ten użytkownik ma rolę: {userRole}.",
  "rule.R21.remedyGlobalAdmin": "Poproś administratora globalnego dzierżawy klienta o akceptację.",

  "rule.R22.title": "W modelu dwuwarstwowym zamawia dostawca i potrzebuje własnej relacji z klientem",
  "rule.R22.providerRelated": "Dostawca {provider}, który składa zamówienie, ma własną relację z klientem {customer}.",
  "rule.R22.providerUnrelated": "Dostawca {provider} składa zamówienie, ale nie ma relacji odsprzedawcy z klientem {customer}.",
  "rule.R22.remedy": "Klient {customer} akceptuje link „Zaproś nowych klientów” od odsprzedawcy {reseller} wskazujący dostawcę {provider}; powstają wtedy obie relacje.",
  "rule.R22.bothRelationships": "Gdy klient zaakceptuje zaproszenie, relację odsprzedawcy z nim otrzymają zarówno odsprzedawca {reseller}, jak i dostawca {provider}.",
};

/** Komunikaty recommendRole po polsku: dlaczego rola pasuje, co ją wyklucza, co by to zmieniło, oraz uwagi (advice.*). */
import type { Message } from "../../format.ts";
import type { enAdvice } from "../en/advice.ts";

/** Porady dotyczące wyboru roli. */
export const plAdvice: Record<keyof typeof enAdvice, Message> = {
  "advice.fit.endToEnd": "Chcesz samodzielnie odpowiadać za ceny, fakturowanie i pomoc techniczną – do tego służą rozliczenia bezpośrednie.",
  "advice.fit.sandbox": "Potrzebujesz piaskownicy do testowania API; dostają ją tylko partnerzy z rozliczeniami bezpośrednimi.",
  "advice.fit.managedService": "Prowadzisz usługę zarządzaną lub własne rozwiązanie, co Microsoft zaleca partnerom z rozliczeniami bezpośrednimi.",
  "advice.fit.apiIntegration": "Możesz zintegrować się z Centrum partnerskim przez API, czego oczekuje się od partnerów z rozliczeniami bezpośrednimi.",
  "advice.fit.serveResellers": "Chcesz obsługiwać innych odsprzedawców na dużą skalę – to rola dostawcy.",
  "advice.fit.lowInvestment": "Chcesz uniknąć początkowych inwestycji w rozliczenia, kredyt kupiecki i pomoc techniczną; dostawca zapewnia je swoim odsprzedawcom.",
  "advice.fit.newcomer": "Każdy partner nowy w CSP zaczyna jako odsprzedawca pośredni.",
  "advice.block.newcomer": "Partner nowy w CSP nie może od razu zarejestrować się do rozliczeń bezpośrednich.",
  "advice.block.restricted": "Twoje rozliczenia bezpośrednie mają status Ograniczony, więc jako partner z rozliczeniami bezpośrednimi nie kupisz niczego nowego.",
  "advice.block.providerApproval": "Microsoft nie zatwierdził Cię jako dostawcy pośredniego.",
  "advice.block.mpnLocation": "Nie masz identyfikatora lokalizacji partnera w kraju swojego konta CSP.",
  "advice.change.newcomer": "Zarejestruj się jako odsprzedawca pośredni i sprzedawaj przez dostawcę co najmniej 12 miesięcy.",
  "advice.change.restricted": "Ponownie spełnij wymagania dla rozliczeń bezpośrednich.",
  "advice.change.reqMonths": "Sprzedawaj dalej jako odsprzedawca pośredni, aż osiągniesz {required} miesięcy (masz {count}).",
  "advice.change.reqRevenue": "Osiągnij przychód CSP {threshold} USD w ciągu 12 miesięcy (masz {revenue} USD).",
  "advice.change.reqSupport": "Zorganizuj dla klientów pomoc techniczną pierwszego poziomu.",
  "advice.change.reqSupportPlan": "Zaplanuj zakup planu Advanced lub Premier Support for Partners po pozytywnej weryfikacji kredytowej.",
  "advice.change.reqCreditCheck": "Przejdź pozytywnie weryfikację kredytową Microsoft.",
  "advice.change.reqBilling": "Wdróż systemy rozliczeń, należności i aprowizacji.",
  "advice.change.reqMpnLocation": "Zarejestruj identyfikator lokalizacji partnera w kraju swojego konta CSP.",
  "advice.change.reqSigningAuthority": "Niech wniosek złoży osoba umocowana do podpisywania umów w imieniu firmy.",
  "advice.change.reqAssessment": "Zalicz ocenę zdolności operacyjnych przeprowadzaną przez Microsoft.",
  "advice.change.reqSecurityScore": "Spełnij wymagania wskaźnika bezpieczeństwa w Centrum partnerskim.",
  "advice.change.reqDesignation": "Uzyskaj co najmniej jedno wyróżnienie Solutions Partner.",
  "advice.change.providerApproval": "Złóż w Microsoft wniosek o status dostawcy pośredniego; kryteria zatwierdzania nie są publikowane.",
  "advice.change.mpnLocation": "Zarejestruj identyfikator lokalizacji partnera w kraju swojego konta CSP.",
  "advice.note.regions": { one: "Twoi klienci są w jednym regionie CSP: potrzebujesz tam konta CSP z identyfikatorem lokalizacji w kraju tego konta i zaakceptowaną MPA; dostawcy i klienci muszą być w tym samym regionie.", few: "Twoi klienci są w {count} regionach CSP: w każdym potrzebujesz konta CSP z identyfikatorem lokalizacji w kraju tego konta i zaakceptowaną MPA; dostawcy i klienci muszą być w tym samym regionie.", many: "Twoi klienci są w {count} regionach CSP: w każdym potrzebujesz konta CSP z identyfikatorem lokalizacji w kraju tego konta i zaakceptowaną MPA; dostawcy i klienci muszą być w tym samym regionie.", other: "Twoi klienci są w kilku regionach CSP ({count}): w każdym potrzebujesz konta CSP z identyfikatorem lokalizacji w kraju tego konta i zaakceptowaną MPA; dostawcy i klienci muszą być w tym samym regionie." },
  "advice.note.sandbox": "Piaskownica do testowania API przysługuje tylko przy rozliczeniach bezpośrednich, jedna na dzierżawę z rozliczeniami bezpośrednimi.",
  "advice.note.usGov": "Microsoft Cloud for US Government wymaga osobnej rejestracji i nie oferuje GDAP.",
  "advice.note.usGovNotEligible": "W Microsoft Cloud for US Government mogą się zarejestrować tylko partnerzy z USA obsługujący podmioty administracji USA.",
  "advice.note.restricted": "Partner z rozliczeniami bezpośrednimi w statusie Ograniczony może zarejestrować się w tej samej dzierżawie jako odsprzedawca pośredni, ale nie wróci w niej do rozliczeń bezpośrednich.",
  "advice.note.ownUse": "Na własne potrzeby nie kupuj do swojej dzierżawy CSP: użyj osobnej dzierżawy wewnętrznej i kupuj od innego partnera, a Azure – w ramach Azure Partner Shared Services.",
};

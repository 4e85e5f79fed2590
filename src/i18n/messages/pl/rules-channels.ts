/** Komunikaty reguł R39–R45 po polsku: obsługa wielu partnerów, obsługa wielu kanałów i przenoszenie między partnerami. */
import type { Message } from "../../format.ts";
import type { enRulesChannels } from "../en/rules-channels.ts";

/** Komunikaty reguł R39–R45. */
export const plRulesChannels: Record<keyof typeof enRulesChannels, Message> = {
  "rule.R39.title": "Klient może współpracować z kilkoma partnerami, każdy z własną relacją",
  "rule.R39.ownRelationshipNeeded": { one: "Klient {customer} współpracuje z innym partnerem, ale ta relacja nie obejmuje partnera {partner}.", few: "Klient {customer} współpracuje z {count} innymi partnerami, ale ich relacje nie obejmują partnera {partner}.", many: "Klient {customer} współpracuje z {count} innymi partnerami, ale ich relacje nie obejmują partnera {partner}.", other: "Klient {customer} współpracuje z innymi partnerami ({count}), ale ich relacje nie obejmują partnera {partner}." },
  "rule.R39.remedy": "Partner {partner} nawiązuje własną relację odsprzedawcy z klientem {customer}.",
  "rule.R39.multiPartner": { one: "Klient {customer} współpracuje też z jednym innym partnerem; każdy partner sprzedaje w ramach własnej relacji.", few: "Klient {customer} współpracuje też z {count} innymi partnerami; każdy partner sprzedaje w ramach własnej relacji.", many: "Klient {customer} współpracuje też z {count} innymi partnerami; każdy partner sprzedaje w ramach własnej relacji.", other: "Klient {customer} współpracuje też z innymi partnerami ({count}); każdy partner sprzedaje w ramach własnej relacji." },
  "rule.R39.additionalPartner": { one: "Klient {customer} współpracuje już z jednym partnerem; dodanie kolejnego jest dozwolone.", few: "Klient {customer} współpracuje już z {count} partnerami; dodanie kolejnego jest dozwolone.", many: "Klient {customer} współpracuje już z {count} partnerami; dodanie kolejnego jest dozwolone.", other: "Klient {customer} współpracuje już z partnerami ({count}); dodanie kolejnego jest dozwolone." },

  "rule.R40.title": "Dodanie partnera nigdy nie zmienia istniejących subskrypcji",
  "rule.R40.untouched": { one: "Jedna subskrypcja klienta {customer} od innego partnera pozostaje bez zmian: właściciel, warunki i partner rekordu.", few: "{count} subskrypcje klienta {customer} od innych partnerów pozostają bez zmian: właściciel, warunki i partner rekordu.", many: "{count} subskrypcji klienta {customer} od innych partnerów pozostaje bez zmian: właściciel, warunki i partner rekordu.", other: "Subskrypcje klienta {customer} od innych partnerów ({count}) pozostają bez zmian: właściciel, warunki i partner rekordu." },

  "rule.R41.title": "Subskrypcją zarządza tylko partner, który ją sprzedał",
  "rule.R41.seller": "Partner {partner} sprzedał subskrypcję {subscription}, więc może ją zmieniać.",
  "rule.R41.notSeller": "Subskrypcję {subscription} sprzedał partner {seller}, a nie {partner}, więc partner {partner} nie może jej zmieniać.",
  "rule.R41.doubtInferred": "Wprost mówią o tym tylko zarchiwizowane strony 21Vianet; dla chmury komercyjnej to wniosek pośredni.",

  "rule.R42.title": "Subskrypcje CSP współistnieją z kupionymi w innych kanałach",
  "rule.R42.coexist": { one: "Klient {customer} ma też jedną subskrypcję kupioną poza CSP; pozostaje ona bez zmian.", few: "Klient {customer} ma też {count} subskrypcje kupione poza CSP; pozostają one bez zmian.", many: "Klient {customer} ma też {count} subskrypcji kupionych poza CSP; pozostają one bez zmian.", other: "Klient {customer} ma też subskrypcje kupione poza CSP ({count}); pozostają one bez zmian." },
  "rule.R42.newSubscriptionNeeded": "Subskrypcję {subscription} kupiono w innym kanale ({channel}); nie można jej przenieść do CSP.",
  "rule.R42.remedy": "Sprzedaj nową subskrypcję CSP, najlepiej tej samej oferty, a starą pozostaw do wygaśnięcia lub anulowania.",

  "rule.R43.title": "Subskrypcja oparta na licencjach nie zmienia partnera CSP w trakcie okresu",
  "rule.R43.noMidTermSwitch": "Subskrypcję {subscription} sprzedał inny partner CSP i nie może ona zmienić partnera w trakcie okresu.",
  "rule.R43.remedyNew": "Zaczekaj do końca okresu albo niech klient ją anuluje, a potem sprzedaj nową subskrypcję.",
  "rule.R43.p2pTransfer": "Subskrypcja {subscription} przechodzi w drodze przeniesienia między partnerami.",
  "rule.R43.onlyP2p": "Subskrypcja {subscription} może przejść do innego partnera tylko w drodze przeniesienia między partnerami.",
  "rule.R43.remedyP2p": "Złóż żądanie przeniesienia między partnerami.",
  "rule.R43.doubtP2pDate": "Strony z 2020 r. zabraniają zmiany; nowsze, niedatowane strony i komunikaty dystrybutorów opisują przeniesienia między partnerami. Silnik stosuje nowszą wersję od {switchDate}.",
  "rule.R43.accepting": "Partner przejmujący akceptuje żądanie przeniesienia {request}.",
  "rule.R43.notOpen": "Żądanie przeniesienia {request} nie jest już otwarte.",
  "rule.R43.notReceiver": "Partner {partner} nie jest partnerem przejmującym w żądaniu przeniesienia {request}.",

  "rule.R44.title": "Azure z programu Advisor, Open lub EA odtwarza się w CSP; wyjątek dotyczy EA",
  "rule.R44.noConversion": "Subskrypcję {subscription} kupiono w innym kanale ({channel}); takiej subskrypcji Azure nie da się przekształcić w subskrypcję CSP.",
  "rule.R44.remedyNew": "Utwórz nową subskrypcję Azure w CSP, odtwórz usługi, a potem anuluj stare.",
  "rule.R44.eaOnly": "Przeniesienie własności rozliczeń dotyczy tylko subskrypcji Azure w ramach umowy Enterprise Agreement.",
  "rule.R44.indirectEa": "Subskrypcja {subscription} musi należeć do bezpośredniej umowy Enterprise Agreement; to przeniesienie nie obsługuje pośrednich.",
  "rule.R44.notExpertMsp": "Partner {partner} musi mieć rozliczenia bezpośrednie i certyfikat Azure Expert MSP.",
  "rule.R44.needsMca": "Klient {customer} musi mieć zaakceptowaną Umowę z Klientem Microsoft z partnerem {partner}.",
  "rule.R44.needsAzurePlan": "Klient {customer} musi mieć plan platformy Azure u partnera {partner}.",
  "rule.R44.billingOwnership": "Partner {partner} może wystąpić o przeniesienie własności rozliczeń subskrypcji EA.",
  "rule.R44.doubtApproval": "Microsoft może przeanalizować wniosek i musi go zatwierdzić.",
  "rule.R44.accepting": "Partner przejmujący akceptuje żądanie przeniesienia {request}.",
  "rule.R44.notOpen": "Żądanie przeniesienia {request} nie jest już otwarte.",
  "rule.R44.notReceiver": "Partner {partner} nie jest partnerem przejmującym w żądaniu przeniesienia {request}.",

  "rule.R45.title": "Azure przechodzi między partnerami CSP tylko udokumentowaną drogą, do partnera rozliczanego przez Microsoft",
  "rule.R45.receiverMustBill": "Partner {partner} nie jest rozliczany przez Microsoft, więc nie może przejąć subskrypcji Azure.",
  "rule.R45.remedyProvider": "Jako partnera przejmującego wskaż dostawcę partnera {partner}.",
  "rule.R45.excludedOffer": "Każda z podanych subskrypcji musi mieć ofertę, którą obejmuje ta metoda przeniesienia.",
  "rule.R45.remedyPlanTool": "Subskrypcje planu platformy Azure przenieś narzędziem do przenoszenia planu platformy Azure.",
  "rule.R45.needsRelationship": "Partner {partner} potrzebuje relacji odsprzedawcy z klientem {customer}.",
  "rule.R45.differentCountry": "Partner {partner} i klient {customer} muszą być w tym samym kraju.",
  "rule.R45.reservationsStay": "Rezerwacje Azure nie przechodzą razem z planem platformy Azure.",
  "rule.R45.needsAzurePlan": "Partner {partner} musi najpierw utworzyć plan platformy Azure dla klienta {customer}.",
  "rule.R45.needsMca": "Klient {customer} musi mieć zaakceptowaną Umowę z Klientem Microsoft z partnerem {partner}.",
  "rule.R45.needsMpa": "Partner {partner} musi mieć zaakceptowaną MPA.",
  "rule.R45.wrongMethod": "Ta metoda ({method}) nie służy do przenoszenia Azure między partnerami CSP.",
  "rule.R45.remedyMethods": "Dla starszych ofert użyj starszego procesu przenoszenia Azure, a dla planu platformy Azure – narzędzia do przenoszenia planu.",
  "rule.R45.transferable": "Partner {partner} spełnia warunki przejęcia tych subskrypcji klienta {customer}.",
  "rule.R45.accepting": "Partner przejmujący akceptuje żądanie przeniesienia {request}.",
  "rule.R45.notOpen": "Żądanie przeniesienia {request} nie jest już otwarte.",
  "rule.R45.notReceiver": "Partner {partner} nie jest partnerem przejmującym w żądaniu przeniesienia {request}.",
};

/** Polish interface strings. */
import type { Message } from "../format.ts";
import type { UiKey } from "./en.ts";

/** Every interface string in Polish. */
export const pl = {
  "site.name": "Partner Paths",
  "site.tagline": "Jak współpracują partnerzy w programie Dostawca rozwiązań w chmurze (CSP) firmy Microsoft",
  "site.description":
    "Niezależne przewodniki po modelach współpracy partnerów CSP: model dwuwarstwowy, obsługa wielu partnerów, obsługa wielu kanałów i ograniczenia zakupów od innych partnerów, a do tego narzędzie doboru roli i symulator relacji.",

  "skip.toContent": "Przejdź do treści głównej",

  "nav.label": "Główna nawigacja",
  "nav.home": "Strona główna",
  "nav.guides": "Przewodniki",
  "nav.decide": "Wybierz rolę",
  "nav.simulate": "Symulator",
  "nav.reference": "Dokumentacja techniczna",

  "search.open": "Szukaj",
  "search.title": "Przeszukaj przewodniki",
  "search.description": "Przeszukaj wszystkie przewodniki i słowniczek po angielsku, polsku i niemiecku, także samą klawiaturą.",
  "search.label": "Szukane słowa",
  "search.placeholder": "Szukaj w przewodnikach",
  "search.close": "Zamknij",
  "search.allLanguages": "Szukaj we wszystkich językach",
  "search.filterType": "Rodzaj strony",
  "search.filterRole": "Rola partnera",
  "search.anyType": "Wszystkie rodzaje",
  "search.anyRole": "Wszystkie role",
  "search.myRole": "Dotyczy mojej roli ({role})",
  "search.type.guide": "Przewodnik",
  "search.type.glossary": "Słownik",
  "search.type.outcome": "Wynik wyboru roli",
  "search.type.reference": "Dokumentacja",
  "search.role.direct-bill": "Partner z rozliczeniami bezpośrednimi",
  "search.role.indirect-provider": "Dostawca pośredni",
  "search.role.indirect-reseller": "Odsprzedawca pośredni",
  "search.role.customer": "Klient",
  "search.results": "Wyniki wyszukiwania",
  "search.count": { one: "{count} wynik", few: "{count} wyniki", many: "{count} wyników", other: "{count} wyniku" },
  "search.none": "Brak wyników dla „{query}”",
  "search.loading": "Wczytywanie wyszukiwarki…",
  "search.error": "Nie udało się wczytać wyszukiwarki. Odśwież stronę, aby spróbować ponownie.",
  "search.more": "Pokaż więcej wyników",
  "search.hintMove": "wybór",
  "search.hintOpen": "otwarcie",
  "search.hintClose": "zamknięcie",
  "search.noscript": "Wyszukiwanie wymaga JavaScriptu. Włącz go, aby szukać, albo przejrzyj poniżej wszystkie przewodniki.",
  "search.allGuides": "Lista przewodników",

  "language.label": "Język",
  "language.choose": "Wybierz język",

  "theme.label": "Motyw",
  "theme.auto": "Automatyczny",
  "theme.light": "Jasny",
  "theme.dark": "Ciemny",

  "sidebar.label": "Przewodniki",
  "sidebar.toggle": "Wszystkie przewodniki",
  "sidebar.current": "bieżąca strona",
  "sidebar.all": "Wszystkie przewodniki ({count})",

  "toc.title": "Na tej stronie",
  "toc.overview": "Wprowadzenie",

  "breadcrumbs.label": "Ścieżka nawigacji",

  "pagination.label": "Kolejne przewodniki",
  "pagination.previous": "Poprzedni",
  "pagination.next": "Następny",

  "guide.lastReviewed": "Ostatnio sprawdzono {date}",
  "guide.rulesAsOf": "Zasady według stanu na {date}",
  "guide.role.applies": "Twoja rola według narzędzia wyboru roli: {role}. Ten przewodnik jej dotyczy.",
  "guide.role.other": "Twoja rola według narzędzia wyboru roli: {role}. Ten przewodnik dotyczy innych ról.",
  "guide.role.change": "Zmień odpowiedzi",
  "guide.sources": "Źródła",
  "guide.sourcesIntro": "Ten przewodnik opiera się na poniższych publicznych źródłach. Daty to daty wersji, z których korzystaliśmy.",
  "guide.sourceUndated": "brak daty",
  "guide.translationBehind":
    "To tłumaczenie powstało na podstawie wcześniejszej wersji angielskiego przewodnika i może być nieaktualne.",
  "guide.readEnglish": "Przeczytaj aktualną wersję angielską",

  "callout.note": "Uwaga",
  "callout.warning": "Ostrożnie",
  "callout.restriction": "Ograniczenie",

  "example.label": "Przykład",
  "example.computed": "Wynik obliczony przez silnik reguł według zasad obowiązujących {date}.",
  "example.step": "Krok {index}",
  "example.allowed": "Dozwolone",
  "example.denied": "Niedozwolone",
  "example.why": "Dlaczego",
  "example.passed": { one: "Spełniona reguła", few: "{count} spełnione reguły", many: "{count} spełnionych reguł", other: "{count} spełnionej reguły" },
  "example.rulePassed": "Spełniona",
  "example.ruleFailed": "Niespełniona",
  "example.remedy": "Co zrobić:",
  "example.doubt": "Uwaga:",
  "example.dependsOnDate": "Odpowiedź zależy od daty: według zasad z innego okresu byłaby inna.",
  "example.readMore": "Ta zasada w przewodniku",
  "example.sources": "Źródła: {list}",
  "example.openInSimulator": "Otwórz ten przykład w symulatorze",

  "guides.title": "Przewodniki",
  "guides.description":
    "Wszystkie przewodniki o współpracy partnerów CSP, od przeglądu po chmury krajowe, w proponowanej kolejności czytania.",
  "guides.intro": "Czytaj je po kolei albo od razu przejdź do tego, który odpowiada na Twoje pytanie.",

  "reference.title": "Dokumentacja techniczna",
  "reference.description":
    "Dokładny opis plików i narzędzi, na których opiera się Partner Paths, zaczynając od plików scenariuszy czytanych przez silnik reguł.",
  "reference.intro": "Dla partnerów, którzy zapisują w plikach własne pytania typu „co by było, gdyby”, i dla wszystkich, którzy korzystają z silnika reguł we własnych narzędziach.",
  "reference.sidebar": "Strony dokumentacji technicznej",
  "reference.sidebarToggle": "Wszystkie strony dokumentacji",
  "reference.translationBehind": "To tłumaczenie powstało na podstawie wcześniejszej wersji angielskiej strony i może być nieaktualne.",

  "home.title": "Znajdź swoją drogę w programie CSP",
  "home.lead":
    "Przystępne przewodniki o tym, jak partnerzy programu Dostawca rozwiązań w chmurze (CSP) współpracują ze sobą i z klientami, sprawdzone z zasadami opublikowanymi przez Microsoft.",
  "home.decide.title": "Która rola do Ciebie pasuje?",
  "home.decide.body": "Odpowiedz na kilka pytań o swoją firmę, a otrzymasz zalecaną rolę w CSP wraz z uzasadnieniem.",
  "home.simulate.title": "Sprawdź konkretną sytuację",
  "home.simulate.body": "Zbuduj układ partnerów i klientów i zobacz, na które działania zasady CSP pozwalają, a na które nie, i dlaczego.",
  "home.guides.title": "Zacznij od przeglądu",

  "decide.title": "Która rola w CSP do Ciebie pasuje?",
  "decide.description":
    "Kilka pytań o Twoją firmę prowadzi do zalecanej roli (partner z rozliczeniami bezpośrednimi, dostawca pośredni lub odsprzedawca pośredni) i zasad, na których się opiera.",
  "simulate.title": "Symulator relacji",
  "simulate.description":
    "Zbuduj niewielki układ: Microsoft, dostawcy, odsprzedawcy, partnerzy z rozliczeniami bezpośrednimi i klienci. Wypróbuj działania i sprawdź, zasada po zasadzie, co jest dozwolone.",

  "footer.about":
    "Partner Paths to niezależny przewodnik, niezwiązany z firmą Microsoft ani przez nią niepopierany. Opisane tu zasady pochodzą z publicznej dokumentacji Microsoft, cytowanej na każdej stronie.",
  "footer.languages": "Języki",
  "footer.schema": "Schemat pliku scenariusza",
  "footer.reference": "Format pliku scenariusza",

  "notFound.title": "Nie znaleziono strony",
  "notFound.body": "Pod tym adresem nie ma strony. Mogła zostać przeniesiona albo link zawiera literówkę.",
  "notFound.home": "Przejdź do strony głównej",
  "notFound.guides": "Przeglądaj przewodniki",

  "chooser.title": "Wybierz język",
  "chooser.body": "Partner Paths jest dostępny w tych językach:",
} as const satisfies Record<UiKey, Message>;

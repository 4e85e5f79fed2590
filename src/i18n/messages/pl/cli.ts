/** Etykiety wiersza poleceń scenariuszy (cli.*) po polsku. */
import type { Message } from "../../format.ts";
import type { enCli } from "../en/cli.ts";

/** Etykiety wiersza poleceń. */
export const plCli: Record<keyof typeof enCli, Message> = {
  "cli.usage": "Użycie: npm run scenario -- [plik.json | -] [--json] [--as-of RRRR-MM-DD] [--lang en|pl|de]",
  "cli.heading": "Scenariusz {file}, reguły na dzień {date}",
  "cli.action": "{index}. {type}",
  "cli.allowed": "DOZWOLONE",
  "cli.denied": "ODMOWA",
  "cli.passed": "spełniona",
  "cli.failed": "niespełniona",
  "cli.met": "zgodnie z oczekiwaniem",
  "cli.notMet": "NIEZGODNIE Z OCZEKIWANIEM",
  "cli.noExpectation": "bez oczekiwania",
  "cli.mismatch.verdict": "oczekiwano: {expected}, wynik: {actual}",
  "cli.mismatch.failed": "oczekiwano, że reguła {expected} nie będzie spełniona (niespełnione: {actual})",
  "cli.mismatch.dependsOnDate": "oczekiwana zależność od daty: {expected}, wynik: {actual}",
  "cli.remedy": "Co zrobić: {text}",
  "cli.note": "Uwaga: {text}",
  "cli.doubt": "Wątpliwość ({confidence}): {text}",
  "cli.sources": "Źródła: {list}",
  "cli.guide": "Przewodnik: {anchor}",
  "cli.dependsOnDate": "Odpowiedź zależy od daty, na którą odczytuje się reguły.",
  "cli.altFrom": "od {from}: {outcome}",
  "cli.altUntil": "do {until}: {outcome}",
  "cli.altBetween": "od {from} do {until}: {outcome}",
  "cli.otherDates": "Inne daty: {list}",
  "cli.summary": { one: "Jedna akcja: zgodnie z oczekiwaniem {met}, niezgodnie {notMet}.", few: "{count} akcje: zgodnie z oczekiwaniem {met}, niezgodnie {notMet}.", many: "{count} akcji: zgodnie z oczekiwaniem {met}, niezgodnie {notMet}.", other: "{count} akcji: zgodnie z oczekiwaniem {met}, niezgodnie {notMet}." },
  "cli.invalid": { one: "W pliku scenariusza jest jeden problem:", few: "W pliku scenariusza są {count} problemy:", many: "W pliku scenariusza jest {count} problemów:", other: "W pliku scenariusza jest {count} problemu:" },
};

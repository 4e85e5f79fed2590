/** Deutsche Beschriftungen der Szenario-Befehlszeile (cli.*). */
import type { Message } from "../../format.ts";
import type { enCli } from "../en/cli.ts";

/** Beschriftungen der Befehlszeile. */
export const deCli: Record<keyof typeof enCli, Message> = {
  "cli.usage": "Aufruf: npm run scenario -- [datei.json | -] [--json] [--as-of JJJJ-MM-TT] [--lang en|pl|de]",
  "cli.heading": "Szenario {file}, Regeln mit Stand {date}",
  "cli.action": "{index}. {type}",
  "cli.allowed": "ERLAUBT",
  "cli.denied": "ABGELEHNT",
  "cli.passed": "erfüllt",
  "cli.failed": "nicht erfüllt",
  "cli.met": "wie erwartet",
  "cli.notMet": "NICHT WIE ERWARTET",
  "cli.noExpectation": "keine Erwartung",
  "cli.mismatch.verdict": "erwartet: {expected}, Ergebnis: {actual}",
  "cli.mismatch.failed": "erwartet, dass {expected} nicht erfüllt ist (nicht erfüllt: {actual})",
  "cli.mismatch.dependsOnDate": "erwartete Datumsabhängigkeit: {expected}, Ergebnis: {actual}",
  "cli.remedy": "Was zu tun ist: {text}",
  "cli.note": "Hinweis: {text}",
  "cli.doubt": "Zweifel ({confidence}): {text}",
  "cli.sources": "Quellen: {list}",
  "cli.guide": "Leitfaden: {anchor}",
  "cli.dependsOnDate": "Die Antwort hängt vom Datum ab, zu dem die Regeln gelesen werden.",
  "cli.altFrom": "ab {from}: {outcome}",
  "cli.altUntil": "bis {until}: {outcome}",
  "cli.altBetween": "{from} bis {until}: {outcome}",
  "cli.otherDates": "Andere Daten: {list}",
  "cli.summary": { one: "Eine Aktion: {met} wie erwartet, {notMet} nicht wie erwartet.", other: "{count} Aktionen: {met} wie erwartet, {notMet} nicht wie erwartet." },
  "cli.invalid": { one: "Die Szenariodatei hat ein Problem:", other: "Die Szenariodatei hat {count} Probleme:" },
};

import { describe, expect, it } from "vitest";
import { interleaveByLanguage, languageOfId } from "../../../src/scripts/search/interleave.ts";

const ids = (...list: string[]) => list.map((id) => ({ id }));

describe("results from every language", () => {
  it("take turns by language, the reader's first, each language keeping its own order", () => {
    const merged = ids("en_1", "en_2", "en_3", "pl_1", "de_1", "de_2");
    expect(interleaveByLanguage(merged, "pl").map((r) => r.id)).toEqual(["pl_1", "en_1", "de_1", "en_2", "de_2", "en_3"]);
  });

  it("keep every result exactly once, even when the reader's language has none", () => {
    const merged = ids("de_9", "en_4", "de_1");
    const ordered = interleaveByLanguage(merged, "pl");
    expect(ordered.map((r) => r.id)).toEqual(["de_9", "en_4", "de_1"]);
    expect(new Set(ordered)).toEqual(new Set(merged));
  });

  it("read the language from Pagefind's page id", () => {
    expect(languageOfId("pl_5a9d16d")).toBe("pl");
  });
});

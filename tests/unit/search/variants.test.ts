import { describe, expect, it } from "vitest";
import { letterVariants, mergeVariantResults } from "../../../src/scripts/search/variants.ts";

describe("queries typed without Polish ł", () => {
  it("are also searched with ł, so zrodlo can find źródło", () => {
    expect(letterVariants("zrodlo")).toEqual(["zrodło", "zrodlo"]);
  });

  it("try every combination when a query has a few l's, and keep capitals", () => {
    expect(letterVariants("Lokal")).toEqual(["Łokał", "Lokał", "Łokal", "Lokal"]);
  });

  it("stay a single search when there is no l", () => {
    expect(letterVariants("odsprzedawcy")).toEqual(["odsprzedawcy"]);
  });

  it("stay at two searches however many l's there are", () => {
    expect(letterVariants("llll")).toEqual(["łłłł", "llll"]);
  });
});

describe("results of several variants", () => {
  it("list each page once, from the first variant that found it, best score first", () => {
    const withL = [{ id: "pl_a", score: 2, from: "zrodło" }];
    const plain = [
      { id: "pl_a", score: 5, from: "zrodlo" },
      { id: "pl_b", score: 3, from: "zrodlo" },
    ];
    expect(mergeVariantResults([withL, plain])).toEqual([
      { id: "pl_b", score: 3, from: "zrodlo" },
      { id: "pl_a", score: 2, from: "zrodło" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A crowd named by the country it is in, protesting. Sentences written for these tests.

describe("a crowd in a country", () => {
  it("protests as that country's people", () => {
    expect(triples("Farmers in {S:Norland} protested against the new tariffs.")).toEqual([["PROTEST", "norland", null]]);
    expect(triples("Students across {S:Norland} demonstrated on Friday.")).toEqual([["PROTEST", "norland", null]]);
  });

  it("not a city as the source itself, nor a verb with a phrase of its own between", () => {
    expect(triples("Protesters in {Varn/place} marched on Friday.").map((e) => e[1])).not.toContain("varn");
    expect(triples("Farmers in {Norland} said on Monday they had protested.").map((e) => e[1])).not.toContain("norland");
  });
});

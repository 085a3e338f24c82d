import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "called the strike irresponsible": a strike called by an adjective is judged, not staged.
// Sentences written for these tests.

describe("a strike called something", () => {
  it("is no protest staged", () => {
    expect(triples("Education minister {Rolf Sten/person} called the strike irresponsible.")).toEqual([]);
    expect(triples("{Rolf Sten/person} called the walkout 'disproportionate' on Monday.")).toEqual([]);
  });

  it("while a strike called for a day or against someone is staged", () => {
    expect(triples("{Freedom Front/organization} called a strike for Monday.")).toEqual([["PROTEST", "freedom-front", null]]);
    expect(triples("{Freedom Front/organization} called a general strike against {Norland}.")).toEqual([["PROTEST", "freedom-front", "norland"]]);
  });
});

import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "X said Y was behind the bombing": an allegation told as a report of Y's part in an act, X's
// accusation of Y (the guide's ACCUSE: allegations about another actor), as "responsible for" is.
// Sentences written for these tests.

describe("blame told as a report", () => {
  it("is the speaker's accusation of the one said to be behind an act", () => {
    expect(triples("{S:Norland} said {T:Sudovia} was behind the bombing.")).toEqual([["ACCUSE", "norland", "sudovia"]]);
    expect(triples("{S:Norland} said on Monday that {T:Sudovia} was behind the killings.")).toEqual([["ACCUSE", "norland", "sudovia"]]);
    expect(triples("{S:Norland} believes {T:Sudovia} was behind the blast.")).toEqual([["ACCUSE", "norland", "sudovia"]]);
    expect(triples("{S:Norland} said {T:Sudovia} had declared war on its people.")).toEqual([["ACCUSE", "norland", "sudovia"]]);
  });

  it("not without a speaker, nor a place behind which something stood", () => {
    expect(triples("{Sudovia} was behind the bombing.")).toEqual([]);
    expect(triples("{Norland} said the car was behind the depot when the blast came.")).toEqual([]);
  });
});

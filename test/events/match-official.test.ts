import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Criticism of a match's referee or umpire is sport's quarrel, no political accusation.
// Sentences written for these tests.

describe("criticism of a match official", () => {
  it("is no accusation", () => {
    expect(triples("Harwick manager {Petra Laske/person} criticised the referee after the match.")).toEqual([]);
    expect(triples("{Orvel Dane/person} blamed the umpires for the defeat.")).toEqual([]);
  });

  it("while criticism of an actor stays one", () => {
    expect(triples("Minister {Petra Laske/person} criticised {Estovia} after the vote.")).toEqual([["ACCUSE", "petra-laske", "estovia"]]);
  });
});

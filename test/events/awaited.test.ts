import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A present-tense act in a clause of time still to come has not happened. Sentences written for these tests.
describe("acts awaited in a clause of time", () => {
  it("'until X visits Y' and 'before X meets Y' tell no act", () => {
    expect(triples("Norland will wait until {Ivo Tamm/person} visits {Estovia} next month.")).toEqual([]);
    expect(triples("Nothing is settled before {Ivo Tamm/person} meets {Ana Ruiz/person} in Parvia.")).toEqual([]);
  });

  it("in the past tense the clause tells an act", () => {
    expect(triples("The border stayed shut until {Ivo Tamm/person} visited {Estovia} in May.")).toEqual([["CONSULT", "ivo-tamm", "estovia"]]);
  });
});

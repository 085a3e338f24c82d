import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A present-tense act in a clause of time still to come has not happened; a contact so awaited is planned. Sentences written for these tests.
describe("acts awaited in a clause of time", () => {
  it("'until X visits Y' and 'before X meets Y' tell no held contact: an awaited one is planned (AGREE, as the guide codes future meetings)", () => {
    expect(triples("Norland will wait until {Ivo Tamm/person} visits {Estovia} next month.")).toEqual([["AGREE", "ivo-tamm", "estovia"]]);
    expect(triples("Nothing is settled before {Ivo Tamm/person} meets {Ana Ruiz/person} in Parvia.")).toEqual([["AGREE", "ivo-tamm", "ana-ruiz"]]);
  });

  it("an awaited act of another kind is still none", () => {
    expect(triples("Norland will not sign until {Estovia} withdraws its troops from the border.")).toEqual([]);
    expect(triples("The talks must end before {Estovia} attacks the port.")).toEqual([]);
  });

  it("in the past tense the clause tells an act", () => {
    expect(triples("The border stayed shut until {Ivo Tamm/person} visited {Estovia} in May.")).toEqual([["CONSULT", "ivo-tamm", "estovia"]]);
  });
});

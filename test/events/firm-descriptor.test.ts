import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A trade's noun set before a name ("drug maker X", "carmaker X", "airport operator X") makes the
// name a firm; a body's fans or staff protesting are not the body protesting; an assurance that
// something will be of a quality promises no act. Sentences written for these tests.

describe("a firm named by the trade before it", () => {
  it("does not agree or threaten as a political actor", () => {
    expect(triples("Drug maker {Quellon/organization} agreed to supply two million doses to hospitals.")).toEqual([]);
    expect(triples("Carmaker {Brisvane/organization} threatened to sue rival {Oddvik/organization} over a patent.")).toEqual([]);
    expect(triples("Airport operator {Skelby/organization} offered its staff a fair deal.")).toEqual([]);
  });

  it("while a body named by its own words still acts", () => {
    expect(triples("The {Gorsekin Council/organization} threatened to sue {Norland}.").map((r) => r[0])).toEqual(["THREATEN"]);
  });
});

describe("a body's fans protesting", () => {
  it("are not the body protesting", () => {
    expect(triples("{Kelby Rovers/organization}' fans protested outside the stadium on Saturday.")).toEqual([]);
  });

  it("while a people's protest stays that people's", () => {
    expect(triples("{Estovia}'s farmers protested against {Norland}.").map((r) => r[0])).toEqual(["PROTEST"]);
  });
});

describe("a quality assured", () => {
  it("is no promise of an act", () => {
    expect(triples("The mayor of Kelby, {Ivo Tamm/person}, promised that the {Kelby Games/organization} would be sustainable.")).toEqual([]);
  });

  it("while a promise of an act stays one", () => {
    expect(triples("{Norland} promised that aid would be sent to {Estovia}.").map((r) => r[0])).toEqual(["AGREE"]);
  });
});

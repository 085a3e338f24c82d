import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A name, an apposition that names someone else, then the verb. Sentences written for these tests.

describe("an apposition naming someone else between the subject and its verb", () => {
  it("leaves the name it describes the subject", () => {
    expect(triples("{S:Norland}, {M:Sudovia}'s closest ally, condemned {T:Estovia} on Monday.")).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(triples("On Friday, {S:Norland}, {M:Sudovia}'s main trading partner, criticised {T:Sudovia}'s new tariffs.")).toEqual([["ACCUSE", "norland", "sudovia"]]);
  });

  it("also when the apposition ends on a name inside its own phrase", () => {
    expect(triples("{S:Tomas Berglund/person}, {M:Norland}'s envoy to the {M:United Nations/organization}, condemned {T:Estovia}.")).toEqual([["ACCUSE", "tomas-berglund", "estovia"]]);
  });

  it("not when the name described is a place, or the sentence opens on a clause", () => {
    expect(triples("In {Varn/place}, {Sudovia}'s second city, officials condemned {Estovia}.").map((e) => e[1])).not.toContain("varn");
    expect(triples("Officials who met {Norland}, {Sudovia}'s closest ally, condemned {Estovia}.").map((e) => e[1])).not.toContain("norland");
  });
});

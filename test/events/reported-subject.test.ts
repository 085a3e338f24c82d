import { describe, expect, it } from "vitest";
import { reportedClauseBetween } from "../../loaders/events/reported-subject.js";
import { triples } from "./helpers.js";

// Past a reporting verb whose clause has a subject of its own, the act is not the speaker's.
// Sentences written for these tests.
describe("a reported clause with its own subject", () => {
  it("the infinitive belongs to the reported subject, not the speaker", () => {
    expect(triples("Defence Minister {Ivo Tamm/person} said {S:Estovia} was eager to join the alliance.").map((r) => r[1])).toEqual(["estovia"]);
  });

  it("an unnamed reported subject gives no source from the speaker", () => {
    expect(triples("The {Parvia Rights Observatory/organization} was quoted as saying dozens of villagers had died in air raids this year.")).toEqual([]);
  });

  it("a pronoun, the speaker's own people or a time keep the speaker", () => {
    expect(triples("The {S:Parvia Union/organization} said Friday it would investigate the killings.").map((r) => r[1])).toEqual(["parvia-union"]);
    expect(triples("{S:Ivo Tamm/person} said his cabinet had raised its concerns with {T:Estovia}.").map((r) => r.slice(1))).toEqual([["ivo-tamm", "estovia"]]);
    for (const gap of [" said on Monday it would ", " said his government had ", " said an officer had ", " said in a statement that it had ", " said Friday that it "]) expect(reportedClauseBetween(gap), gap).toBe(false);
    for (const gap of [" said Friday the rebels had ", " was quoted as saying villagers died in ", " said that Norland troops "]) expect(reportedClauseBetween(gap), gap).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A finite verb after "and" coordinated with a speech act before it is an act of its own.
// Sentences written for these tests.

describe("a speech act and a coordinated act", () => {
  it("'condemned the move and threatened …' codes both", () => {
    expect(triples("{Norland} condemned the move and threatened to cut gas supplies to {Sudovia}.")).toEqual([
      ["ACCUSE", "norland", null],
      ["THREATEN", "norland", "sudovia"],
    ]);
    expect(triples("{Norland} rejected the plan and accused {Sudovia} of lying.")).toEqual([
      ["REJECT", "norland", null],
      ["ACCUSE", "norland", "sudovia"],
    ]);
  });

  it("a verb inside the complement the speech act opened stays its content", () => {
    expect(triples("{Norland} urged {Sudovia} to stop the shelling and threatened sanctions.")).toEqual([["REQUEST", "norland", "sudovia"]]);
    expect(triples("{Norland} accused {Sudovia} of shelling the border and killing civilians.")).toEqual([["ACCUSE", "norland", "sudovia"]]);
  });
});

describe("a name in apposition to a description opening the sentence", () => {
  it("is the verb's subject", () => {
    expect(triples("{Norland}'s interior minister, {S:Karl Stenvik/person}, blamed {T:Sudovia} for the violence.")).toEqual([["ACCUSE", "karl-stenvik", "sudovia"]]);
    expect(triples("The speaker of parliament, {S:Ada Brennholt/person}, will meet President {T:Ivo Tamm/person} on Friday.").map((e) => e[1])).toEqual(["ada-brennholt"]);
  });

  it("not when the description has a clause of its own", () => {
    expect(triples("The minister, who met {Karl Stenvik/person}, accused {Sudovia} of lying.")).toEqual([]);
  });
});

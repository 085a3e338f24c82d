import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A participle clause opening the sentence acts through the main clause's subject.
// Sentences written for these tests.

describe("an act in a fronted participle clause", () => {
  it("is done by the main clause's subject", () => {
    expect(triples("After meeting {T:Ivo Tamm/person}, {S:Norland} praised {Sudovia}'s help.")).toEqual([
      ["CONSULT", "norland", "ivo-tamm"],
      ["SUPPORT", "norland", "sudovia"],
    ]);
  });

  it("not when the opening has no participle, nor when the doer would act on itself", () => {
    expect(triples("After the meeting with {Ivo Tamm/person}, the minister praised {Sudovia}.").map((e) => e[0])).not.toContain("CONSULT");
    expect(triples("After meeting {Norland}, {Norland} praised {Sudovia}.").filter((e) => e[1] === e[2])).toEqual([]);
  });
});

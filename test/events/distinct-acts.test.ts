import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Two material acts of one type joined by "and" are two events; sentences written for these tests.

describe("two coordinated acts of one type", () => {
  it("each verb with its own object is an act of its own", () => {
    expect(triples("{Norland} recalled its ambassador from {Sudovia} and expelled two {Sudovia} diplomats.").map((e) => e.join(" "))).toEqual([
      "SANCTION norland sudovia",
      "SANCTION norland sudovia",
    ]);
    expect(triples("{Norland} sent tanks to {Sudovia} and delivered food to {Sudovia}.")).toHaveLength(2);
    // The untold counterpart of the first is the second's.
    expect(triples("{Norland} recalled its ambassador and expelled two diplomats from {Sudovia}.").map((e) => e.join(" "))).toEqual([
      "SANCTION norland sudovia",
      "SANCTION norland sudovia",
    ]);
  });

  it("verbs sharing one object, or words of one stance, stay one act", () => {
    expect(triples("{Norland} recalled and expelled {Sudovia}'s diplomats.")).toHaveLength(1);
    expect(triples("{Norland} attacked {Sudovia} and killed five soldiers.")).toHaveLength(1);
    expect(triples("{Norland} condemned {Sudovia} and accused {Sudovia} of lying.")).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Two material acts of one type joined by "and" are two events; sentences written for these tests.

describe("two coordinated acts of one type", () => {
  it("each verb with its own object is an act of its own", () => {
    expect(triples("{Norland} recalled its ambassador from {Sudovia} and expelled two {Sudovia} diplomats.").map((e) => e.join(" "))).toEqual([
      "SANCTION norland sudovia",
      "SANCTION norland sudovia",
    ]);
    expect(triples("{Norland} shelled {Sudovia} and bombed {Sudovia} on Monday.")).toHaveLength(2);
  });

  it("verbs sharing one object, or words of one stance, stay one act", () => {
    expect(triples("{Norland} shelled and bombed {Sudovia} on Monday.")).toHaveLength(1);
    expect(triples("{Norland} condemned {Sudovia} and accused {Sudovia} of lying.")).toHaveLength(1);
  });
});

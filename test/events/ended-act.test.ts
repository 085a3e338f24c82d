import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "signed an accord meant to end the border fighting": who ends, halts or stops a conflictual act is no
// agent of it. Sentences written for these tests.

describe("a conflictual act named as what is ended", () => {
  it("takes no agent from the clause subject", () => {
    expect(triples("{Norland} and {Estovia} signed an accord on Monday meant to end months of border fighting.")).toEqual([["SUPPORT", "norland", "estovia"]]);
    expect(triples("{Norland} and {Estovia} agreed to halt the shelling.").map((r) => r[0])).not.toContain("ASSAULT");
  });

  it("a fight not ended keeps its agent", () => {
    expect(triples("{Norland} launched an attack on {Estovia} on Thursday.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});

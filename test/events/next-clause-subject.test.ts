import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A name after "and" that a finite verb follows is the subject of a new clause, not the object
// of the verb before it. Sentences written for these tests.

describe("a coordinated clause's subject", () => {
  it("is not the object of the verb before", () => {
    expect(triples("{Norland}'s health ministry asked donors for vaccines and {Estovia} pledged $5 million.").filter((r) => r[0] === "REQUEST")).toEqual([["REQUEST", "norland", null]]);
  });

  it("while coordinated objects stay objects", () => {
    expect(triples("{Norland} asked donors and {Estovia} to send vaccines.").filter((r) => r[0] === "REQUEST")).toEqual([["REQUEST", "norland", "estovia"]]);
  });
});

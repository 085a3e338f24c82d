import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A past participle after a common noun, its clause going on with a finite verb, is a reduced
// passive relative: the noun was acted on, by no one named before it. Sentences written for these tests.

describe("a reduced passive relative", () => {
  it("lends the name before the noun no act", () => {
    expect(triples("{Norland} said a {Estovia}n drone shot down over the sea was hit by a missile.").filter((r) => r[0] === "ASSAULT")).toEqual([]);
    expect(triples("{Norland} said the tanker seized last week has been released.").filter((r) => r[0] === "COERCE")).toEqual([]);
  });

  it("while an active verb after its subject stays an act", () => {
    expect(triples("{Norland}'s troops shot down a drone over {Estovia} on Monday.").map((r) => r[0])).toEqual(["ASSAULT"]);
  });
});

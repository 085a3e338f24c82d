import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A state's national team, its players, coach or sports federation are a side in a game, not the
// state. Sentences written for these tests.

describe("a state's team or federation", () => {
  it("is not the state", () => {
    expect(triples("{Estovia}'s national football team threatened on Monday to boycott the qualifiers.").filter((r) => r[1] === "estovia")).toEqual([]);
    expect(triples("{Ethiopia}'s athletics federation lodged a protest, saying the runner had been pushed.").filter((r) => r[1] === "ethiopia")).toEqual([]);
    expect(triples("{France}'s coach criticised his defence for conceding late.").filter((r) => r[1] === "france")).toEqual([]);
    expect(triples("{Varnholm Sports Club/organization}'s players threatened to boycott the final.").filter((r) => r[1] === "varnholm-sports-club")).toEqual([]);
  });

  it("while the state's organs stay the state", () => {
    expect(triples("{Estovia}'s government threatened on Monday to boycott the summit.")).toEqual([["THREATEN", "estovia", null]]);
    expect(triples("{Norland}'s side of the border was shelled by {Estovia}.")).toEqual([["ASSAULT", "estovia", "norland"]]);
  });
});

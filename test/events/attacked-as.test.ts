import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "attacked the plan as dangerous", "attacked X as a rogue state": an attack that calls its object
// something is criticism. Sentences written for these tests.

describe("an attack that characterises its object", () => {
  it("is criticism", () => {
    expect(triples("Opposition leader {Ivo Marek/person} attacked it as cruel.")).toEqual([["ACCUSE", "ivo-marek", null]]);
    expect(triples("{Norland} attacked {Estovia} as a rogue state.")).toEqual([["ACCUSE", "norland", "estovia"]]);
  });

  it("an 'as' of time or comparison leaves the attack one of force", () => {
    expect(triples("{Norland} attacked {Estovia} as soon as the truce ended.")).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(triples("{Norland} attacked the convoy as it crossed into {Estovia}.").map((r) => r[0])).toEqual(["ASSAULT"]);
  });
});

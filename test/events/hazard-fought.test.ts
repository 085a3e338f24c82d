import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Fighting or battling fires, floods or an outbreak is no armed force. Sentences written for these tests.

describe("a hazard fought", () => {
  it("is no attack", () => {
    expect(triples("{Canada} has sent firefighters to battle more than 400 fires in the east.").filter((r) => r[0] === "ASSAULT")).toEqual([]);
    expect(triples("The {United States} sent 600 firefighters to help {Canada} fight the blazes.")).toEqual([["AID", "united-states", "canada"]]);
    expect(triples("{Norland} is battling an outbreak of cholera in the north.")).toEqual([]);
  });

  it("while a battle with an actor stays an attack", () => {
    expect(triples("{Norland} fought {Estovia} for control of the pass.")).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(triples("Rebels battled {Estovia}n forces for control of the pass.")).toEqual([["ASSAULT", null, null]]);
  });
});

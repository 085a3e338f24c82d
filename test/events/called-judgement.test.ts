import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "called the expulsion unjustified", "called the shelling a massacre": another's act named with a
// word of condemnation is condemned. Sentences written for these tests.

describe("an act called by a word of condemnation", () => {
  it("is condemned", () => {
    expect(triples("{Norland} called the expulsion unjustified and said it would respond.")).toEqual([["ACCUSE", "norland", null]]);
    expect(triples("{Norland}'s prime minister called the shelling a massacre.")).toEqual([["ACCUSE", "norland", null]]);
    expect(triples("{Norland} called the expulsion of its envoy by {Estovia} unjustified.")).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(triples("{Lia Brandt/person} called it a lie.")).toEqual([["ACCUSE", "lia-brandt", null]]);
  });

  it("while calls for, calls on and meetings called keep their own reading", () => {
    expect(triples("{Norland} called for an end to the massacre.")).toEqual([["REQUEST", "norland", null]]);
    expect(triples("{Norland} called on {Estovia} to stop the massacre.")).toEqual([["REQUEST", "norland", "estovia"]]);
    expect(triples("{Norland} called the meeting to discuss the crime.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Rescuers, soldiers or firefighters a state sends to a disaster on its own soil help no other
// actor: a domestic step. Sentences written for these tests.

describe("rescuers sent at home", () => {
  it("are no aid between actors", () => {
    expect(triples("A wildfire spread in southern {Norland@NOR} on Tuesday. {Norland@NOR}'s government sent 200 soldiers from the emergency unit to help.")).toEqual([]);
    expect(triples("Fires burned across {Halvik/place@NOR}. {Norland@NOR} has sent firefighters to battle the fires.")).toEqual([]);
  });

  it("while help sent abroad stays aid", () => {
    expect(triples("Three fishermen are missing off the coast. {Norland@NOR} sent a helicopter to help with the search.")).toEqual([["AID", "norland", null]]);
    expect(triples("A wildfire spread in southern {Norland@NOR}. {Estovia@EST} sent 200 soldiers to help.")).toEqual([["AID", "estovia", null]]);
  });
});

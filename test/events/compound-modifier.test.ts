import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { eventsIn, marked, type Marked } from "./helpers.js";

// A trigger word that modifies the noun after it ("aid chief", "attack helicopters") tells no act.
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a trigger word before an agent's or a weapon's noun", () => {
  it("is part of a title, not an act", () => {
    expect(run(marked("UN aid chief {Ana Bell/person} urged {Norland} to open the border."))).toEqual([["REQUEST", "ana-bell", "norland"]]);
    expect(run(marked("{Norland} detained the protest leaders."))).toEqual([["COERCE", "norland", null]]);
  });

  it("names a weapon, not an attack", () => {
    expect(run(marked("{Norland} bought attack helicopters from {Estovia}.")).filter(([type]) => type === "ASSAULT")).toEqual([]);
  });

  it("leaves the act done to such a noun", () => {
    expect(run(marked("{Norland} attacked boats in {Estovia}'s waters."))).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(run(marked("{Norland} sent aid to {Estovia}."))).toEqual([["AID", "norland", "estovia"]]);
  });
});

describe("'combat' before a noun of armed units", () => {
  it("names their role, no fighting", () => {
    expect(eventsIn("{Norland} said it would not send combat troops to {Estovia}.").map((e) => [e.type, e.negated])).toEqual([["AID", true]]);
  });

  it("fighting told as combat is still an act", () => {
    expect(eventsIn("{Norland} troops were in combat with {Estovia} forces.").map((e) => e.type)).toEqual(["ASSAULT"]);
  });
});

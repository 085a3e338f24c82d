import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// Verbs of destroying a foe ("crush", "wipe out", "root out", "eliminate", "annihilate") are attacks
// on an actor named as their object; what an actor owns, done away with, is none. Sentences written
// for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("destroying a foe", () => {
  it("an actor as the object is attacked", () => {
    expect(run(marked("{S:Norland} troops crushed {T:Red Front/group} rebels in the north."))).toEqual([["ASSAULT", "norland", "red-front"]]);
    expect(run(marked("{S:Norland} said it would eliminate the {T:Red Front/group}."))).toEqual([["ASSAULT", "norland", "red-front"]]);
  });
  it("something an actor owns is no attack on it", () => {
    expect(run(marked("{Norland} moved to eliminate {Estovia}'s tariffs on grain."))).toEqual([]);
    expect(run(marked("{Norland}'s victory crushed {Estovia}'s hopes."))).toEqual([]);
  });
  it("no actor as the object, no row", () => {
    expect(run(marked("Police crushed the protest in the capital of {Norland}."))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A struggle named by its goal ("guerrillas fighting for autonomy") describes a side, no attack;
// a fight for control of a place, or against someone, stays one. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a fight for a cause", () => {
  it("describing a side in a backdrop is no attack", () => {
    expect(run(marked("Thousands have died in the conflict between {Norland}ic troops and {Sudovian Front/group} guerrillas fighting for autonomy from {Norland}."))).toEqual([]);
    expect(run(marked("{Sudovian Front/group} guerrillas have been fighting for independence since 1984."))).toEqual([]);
  });
  it("against a named side is still an attack", () => {
    expect(run(marked("{S:Sudovian Front/group} guerrillas fought for independence against {T:Norland} troops on Monday.")).map(([t]) => t)).toEqual(["ASSAULT"]);
  });
});

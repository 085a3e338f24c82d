import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A struggle named by its goal ("militias fighting for self-rule") describes a side, no attack;
// a fight for control of a place, or against someone, stays one. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a fight for a cause", () => {
  it("describing a side in a backdrop is no attack", () => {
    expect(run(marked("Two villages burned last year in a war pitting {Norland}ic soldiers against {Sudovian Front/group} militias fighting for self-determination."))).toEqual([]);
    expect(run(marked("{Sudovian Front/group} militias have been fighting for statehood since the 1970s."))).toEqual([]);
  });
  it("against a named side is still an attack", () => {
    expect(run(marked("{S:Sudovian Front/group} militias fought for statehood against {T:Norland} troops on Monday.")).map(([t]) => t)).toEqual(["ASSAULT"]);
  });
});

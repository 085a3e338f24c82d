import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A state's organ named by its possessive is a member of a compound subject ("Norland's army and
// the rebels agreed"). Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a possessive organ in a coordination", () => {
  it("joins a mutual act's pair", () => {
    expect(run(marked("{Norland}'s army and the {Free Estovia Brigades/organization} agreed to a ceasefire."))).toEqual([["AGREE", "norland", "free-estovia-brigades"]]);
  });

  it("on both sides of the 'and'", () => {
    expect(run(marked("{Norland}'s army and {Estovia}'s army clashed near the border."))).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});

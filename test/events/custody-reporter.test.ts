import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// An agentless arrest that a state's organ reports is that state's act. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a custody act with no agent, reported by a state's organ", () => {
  it("is that state's", () => {
    expect(run(marked("{Ana Vell/person} was arrested on Monday, police in {Norland} said."))).toEqual([["COERCE", "norland", "ana-vell"]]);
    expect(run(marked("Two organisers were detained overnight, {Norlandic} police said."))).toEqual([["COERCE", "norlandic", null]]);
  });

  it("not a killing, and not a report by anyone else", () => {
    expect(run(marked("Two men were killed on Monday, police in {Norland} said."))).toEqual([]);
    expect(run(marked("Two men were arrested on Monday, the {Norlandic} newspaper Harbour Post reported."))).toEqual([]);
  });
});

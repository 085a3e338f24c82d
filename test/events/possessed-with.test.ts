import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A "with" after a possessed noun belongs to that noun, not to the verb's partner slot.
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a with-phrase of a possessed noun", () => {
  it("names no partner of the verb", () => {
    expect(run(marked("{Norland}'s minister flew in to discuss {Sudovia}'s trade ties with {Estovia}."))).toEqual([]);
  });

  it("while the verb's own with-phrase does", () => {
    expect(run(marked("{Norland} discussed the crisis with {Estovia}."))).toEqual([["CONSULT", "norland", "estovia"]]);
    expect(run(marked("{Norland} and {Estovia} discussed the border dispute on Monday."))).toEqual([["CONSULT", "norland", "estovia"]]);
  });
});

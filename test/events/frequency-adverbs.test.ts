import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// Adverbs of time and frequency without -ly ("long", "often", "just") may stand between a subject,
// or a relative pronoun, and its verb. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("an adverb of time between the subject and its verb", () => {
  it("inside a relative clause", () => {
    expect(run(marked("{S:Norland}, which has long accused {T:Estovia} of stirring unrest, closed its border on Monday."))).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(run(marked("{S:Norland}, which often accused {T:Estovia} of spying, closed its border on Monday."))).toEqual([["ACCUSE", "norland", "estovia"]]);
  });
});

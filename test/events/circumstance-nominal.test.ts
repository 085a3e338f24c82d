import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A nominal of a verb's own type after it is that verb's object ("launched attacks"), but not when a
// preposition of circumstance sets it apart ("were killed in clashes between X and Y"): there the
// nominal names the act and its parties. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a nominal in the verb's circumstance", () => {
  it("keeps its own parties", () => {
    expect(run(marked("Ten people were killed in clashes between {S:Norland} and {T:Estovia} on Monday."))).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(run(marked("Two guards were wounded during fighting between {S:Norland} and {T:Estovia}."))).toEqual([["ASSAULT", "norland", "estovia"]]);
  });

  it("while a direct object stays the verb's one act", () => {
    expect(run(marked("{S:Norland} launched fresh attacks on {T:Estovia} on Monday."))).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});

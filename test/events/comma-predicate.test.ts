import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A digest's present-tense predicates joined by a comma alone share the first one's subject.
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a comma-joined present-tense predicate", () => {
  it("shares the subject of the predicate before it", () => {
    expect(run(marked("- {S:Karl Vemmer/person} tours the flooded north, urges {T:Estovia} to reopen the border.")).filter(([t]) => t === "REQUEST")).toEqual([["REQUEST", "karl-vemmer", "estovia"]]);
  });
  it("not when the name before the comma has no predicate of its own", () => {
    expect(run(marked("The envoy of {Karl Vemmer/person}, urges {Estovia} to reopen the border.")).filter(([, s]) => s === "karl-vemmer")).toEqual([]);
  });
});

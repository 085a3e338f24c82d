import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked } from "./helpers.js";

// Senses added to the WordNet seeds for the types the readable halves miss most (ASSAULT,
// COERCE, AGREE, CONSULT), each as a sense of general English. Sentences written for these tests.

const run = (s: string) => {
  const m = marked(s);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
};

describe("the added WordNet senses", () => {
  it("read acts of force and repression told with their own words", () => {
    expect(run("{S:Norland} cracked down on {T:Estovia}'s opposition in May.")).toEqual([["COERCE", "norland", "estovia"]]);
    expect(run("{S:Norland} locked up {T:Ivo Tamm/person} for a week.")).toEqual([["COERCE", "norland", "ivo-tamm"]]);
    expect(run("{S:Norland} troops set ablaze two {T:Estovia} police posts.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });

  it("read a tour abroad as a visit and consent as agreement", () => {
    expect(run("{S:Ivo Tamm/person} toured {T:Estovia} in May.")).toEqual([["CONSULT", "ivo-tamm", "estovia"]]);
    expect(run("{S:Norland} consented to {T:Estovia}'s proposal on Monday.")).toEqual([["AGREE", "norland", "estovia"]]);
  });

  it("not the senses the stop list names", () => {
    expect(run("{Norland} locked in its gains on Monday.")).toEqual([]);
    expect(run("The band toured {Estovia} in May.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "back" as a verb of support, active or as a reduced passive; "back" the adverb is none; a short
// quotation a colon introduces is words shown, not an act narrated. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("backing", () => {
  it("active, planned, and as a reduced passive", () => {
    expect(run(marked("{S:Norland} backed {T:Estovia}'s bid for membership."))).toEqual([["SUPPORT", "norland", "estovia"]]);
    expect(run(marked("{S:Norland} will back {T:Estovia}'s bid."))).toEqual([["AGREE", "norland", "estovia"]]);
    expect(run(marked("{T:Ivo Tamm/person}, backed by {S:Norland}, called for a recount."))).toEqual([
      ["SUPPORT", "norland", "ivo-tamm"],
      ["REQUEST", "ivo-tamm", null],
    ]);
  });
  it("'back' the adverb is no support", () => {
    expect(run(marked("{Ivo Tamm/person} flew back to {Norland} on Monday."))).toEqual([]);
    expect(run(marked("{Norland} pushed back {Estovia}n troops."))).toEqual([]);
    expect(run(marked("{Norland} came back to {Estovia} for talks."))).toEqual([]);
  });
});

describe("a short quotation introduced by a colon", () => {
  it("is words shown, not an act", () => {
    expect(run(marked('The banners read: "{Norland} backs {Ivo Tamm/person}."'))).toEqual([]);
  });
});

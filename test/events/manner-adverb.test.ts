import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A manner adverb between a verb and its particle keeps the phrasal verb whole. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a manner adverb inside a phrasal verb", () => {
  it("keeps the particle the verb's", () => {
    expect(run(marked("{Ivo Tamm/person} wrote to appeal personally to {Lars Berg/person}."))).toEqual([["REQUEST", "ivo-tamm", "lars-berg"]]);
    expect(run(marked("{Norland} called publicly on {Estovia} to withdraw its troops."))).toEqual([["REQUEST", "norland", "estovia"]]);
  });

  it("only from a closed list of adverbs", () => {
    expect(run(marked("{Norland} called Italy on Monday about the border."))).toEqual([]);
  });
});

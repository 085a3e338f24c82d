import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A gapped pattern ("cut ... ties", "break ... relations") reads its object inside the verb's own
// phrase: the gap never runs past a comma into another clause. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a gapped pattern", () => {
  it("does not cross a comma", () => {
    expect(run(marked("{Norland} cut prices for its exports, strengthening ties with {Estovia}."))).toEqual([]);
    expect(run(marked("{Norland} broke the record for exports, strengthening ties with {Estovia}."))).toEqual([]);
  });

  it("still reads its object inside the phrase, numbers with commas too", () => {
    expect(run(marked("{Norland} broke off diplomatic relations with {Estovia} on Monday."))).toEqual([["SANCTION", "norland", "estovia"]]);
    expect(run(marked("{Norland} cut diplomatic ties with {Estovia}."))).toEqual([["SANCTION", "norland", "estovia"]]);
    expect(run(marked("{Norland} released 1,200 {Estovian} prisoners."))).toEqual([["CONCEDE", "norland", "estovian"]]);
  });
});

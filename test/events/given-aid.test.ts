import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "X gave Y humanitarian aid", "X gave Y $10 million in aid": the first object of a verb of giving
// is the aid's receiver, the giver its source, also with no determiner before the noun and with an
// amount. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("aid given to a first object", () => {
  it("is the giver's, to the first object", () => {
    expect(run(marked("{Norland} gave {Estovia} humanitarian aid."))).toEqual([["AID", "norland", "estovia"]]);
    expect(run(marked("{Norland} gave {Estovia} aid on Monday."))).toEqual([["AID", "norland", "estovia"]]);
    expect(run(marked("{Norland} gave {Estovia} $10 million in emergency aid."))).toEqual([["AID", "norland", "estovia"]]);
  });

  it("a verb of aiding with its own object stays as it was", () => {
    expect(run(marked("{Norland} aids {Estovia} with fuel."))).toEqual([["AID", "norland", "estovia"]]);
    expect(run(marked("{Norland} gave humanitarian aid to {Estovia}."))).toEqual([["AID", "norland", "estovia"]]);
  });
});

import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "it" in a later clause is the state that opens the sentence, whatever the tense of that
// state's own verb. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("'it' after a noun object", () => {
  it("is the opening state when its verb is a present or an auxiliary", () => {
    expect(run(marked("{Norland} plans to close the old port because it opposes {Estovia}'s new tariffs."))).toEqual([["REJECT", "norland", "estovia"]]);
    expect(run(marked("{Norland} will close the old port because it opposes {Estovia}'s new tariffs."))).toEqual([["REJECT", "norland", "estovia"]]);
  });

  it("not when the opening name is a person's", () => {
    expect(run(marked("{Ivo Tamm/person} plans to close the old port because it opposes {Estovia}'s new tariffs."))).toEqual([]);
  });
});

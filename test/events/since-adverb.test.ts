import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "has since attacked": "since" right after an auxiliary is an adverb of time inside the
// predicate, not a subordinator opening a clause of its own. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("'since' after an auxiliary", () => {
  it("keeps the verb in its subject's clause", () => {
    expect(run(marked("{Norland} has since attacked {Estovia}."))).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(run(marked("{Norland} had since criticised {Estovia} twice."))).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(run(marked("{Norland} has since launched intermittent cross-border attacks on {Estovia}."))).toEqual([["ASSAULT", "norland", "estovia"]]);
  });

  it("still opens a clause as a subordinator", () => {
    expect(run(marked("{Norland} has been quiet since {Estovia} attacked {Sudovia}."))).toEqual([["ASSAULT", "estovia", "sudovia"]]);
  });
});

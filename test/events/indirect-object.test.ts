import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "X sent Y an appeal": the first object of a verb of giving is the act's target, and the giver,
// not that object, is its agent. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("the first object of a verb of giving", () => {
  it("is the target of the act its second object names", () => {
    expect(run(marked("{S:Norland} sent {T:Estovia} a formal protest."))).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(run(marked("{S:Ivo Tamm/person} sent {T:Ana Ruiz/person} an urgent appeal to end the blockade."))).toEqual([["REQUEST", "ivo-tamm", "ana-ruiz"]]);
    expect(run(marked("{S:Norland} gave {T:Estovia} a stern warning."))).toEqual([["ACCUSE", "norland", "estovia"]]);
  });
  it("a prepositional target stays as it was", () => {
    expect(run(marked("{S:Norland} sent a protest to {T:Estovia}."))).toEqual([["ACCUSE", "norland", "estovia"]]);
  });
});

import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A past participle followed straight by "by" and an actor is a passive with its auxiliary left
// out: the actor after "by" acted, the noun before was acted on. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a reduced passive with its agent", () => {
  it("between commas", () => {
    expect(run(marked("{T:Ivo Tamm/person}, criticised by {S:Estovia} for the raid, resigned on Monday."))).toEqual([["ACCUSE", "estovia", "ivo-tamm"]]);
    expect(run(marked("A {T:Norland} convoy, attacked by {S:Estovia}n troops on Monday, reached the capital."))).toEqual([["ASSAULT", "estovia", "norland"]]);
  });
  it("an active verb followed by 'by' and no actor stays active", () => {
    expect(run(marked("{S:Norland} attacked by night."))).toEqual([["ASSAULT", "norland", null]]);
    expect(run(marked("{S:Norland} responded by closing the border with {T:Estovia}."))).toEqual([["SANCTION", "norland", "estovia"]]);
  });
});

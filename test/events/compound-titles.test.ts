import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "X and militia commander-in-chief Y concluded a pact": a compound title between "and" and the second name
// still joins the pair. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a pair joined across a compound title", () => {
  it("the first named signs with the second", () => {
    expect(run(marked("{S:Otto Brandt/person} and militia commander-in-chief {T:Jonas Pell/person} signed a pact in Varn."))).toEqual([["SUPPORT", "otto-brandt", "jonas-pell"]]);
    expect(run(marked("{S:Otto Brandt/person} and army chief of staff {T:Jonas Pell/person} signed a protocol at the border post."))).toEqual([["SUPPORT", "otto-brandt", "jonas-pell"]]);
  });
});

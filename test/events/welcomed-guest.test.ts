import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// Welcoming a person is hosting a visit, not endorsing a decision. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a welcome", () => {
  it("of a titled guest is a visit the welcomer hosts", () => {
    expect(run(marked("{T:Karl Vemmer/person} welcomed Prime Minister {S:Jonas Pell/person} to the capital on Monday."))).toEqual([["CONSULT", "jonas-pell", "karl-vemmer"]]);
  });
  it("of a decision or a titled leader's plan stays support", () => {
    expect(run(marked("{S:Norland} welcomed {T:Estovia}'s decision."))).toEqual([["SUPPORT", "norland", "estovia"]]);
    expect(run(marked("{S:Norland} welcomed President {T:Jonas Pell/person}'s offer of talks.")).map(([t]) => t)).toEqual(["SUPPORT"]);
  });
});

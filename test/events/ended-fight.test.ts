import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// Fighting a deal would end is under way already: no attack by the deal's signers. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("fighting an act would end", () => {
  it("is no attack by the side ending it", () => {
    expect(run(marked("{S:Otto Brandt/person} and militia commander {T:Jonas Pell/person} signed a pact meant to end two months of heavy fighting."))).toEqual([["SUPPORT", "otto-brandt", "jonas-pell"]]);
  });
  it("an ending told as done still tells the act", () => {
    expect(run(marked("{S:Norland} ended its shelling of {T:Estovia} on Monday.")).map(([t]) => t)).toContain("ASSAULT");
  });
  it("fighting that resumes after an ending verb's clause is still told", () => {
    expect(run(marked("{S:Norland} stopped the talks and attacked {T:Estovia} on Monday.")).map(([t]) => t)).toContain("ASSAULT");
  });
});

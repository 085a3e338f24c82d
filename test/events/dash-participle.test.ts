import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A participle set off by a dash, or after a short adverbial past its comma, hangs on the clause
// before it and shares its subject. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a participle set off from its clause", () => {
  it("by a dash", () => {
    expect(run(marked("{S:Ivo Tamm/person} spoke at length on Monday -- again accusing {T:Estovia} of spying."))).toEqual([["ACCUSE", "ivo-tamm", "estovia"]]);
  });
  it("by a comma and an adverbial of frequency", () => {
    expect(run(marked("{S:Ivo Tamm/person} gave a long speech on the border dispute, at times urging {T:Estovia} to reopen the border."))).toEqual([["REQUEST", "ivo-tamm", "estovia"]]);
  });
  it("a participle inside a relative clause is still not the main subject's", () => {
    expect(run(marked("{Ivo Tamm/person} met the envoy who was often accusing {Estovia} of spying.")).filter(([, s]) => s === "ivo-tamm")).toEqual([]);
  });
});

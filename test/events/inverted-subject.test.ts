import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// "Also expected to visit Y are A and B": a sentence opening on its predicate names its subject after a
// copula at the end. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a subject after the copula of a sentence opening on its predicate", () => {
  it("is the act's subject", () => {
    expect(run(marked("Also expected to visit {Norland} in May are President {Ilka Brenmoor/person} and Chancellor {Tavo Quenn/person}."))).toEqual([["AGREE", "ilka-brenmoor", "norland"]]);
    expect(run(marked("Also applying for membership of the {Ostrel Compact/organization} are {Estovia} and {Sudovia}."))).toEqual([["REQUEST", "estovia", "ostrel-compact"]]);
  });

  it("not when the sentence goes on past the names", () => {
    expect(run(marked("Also expected to visit {Norland} in May are President {Ilka Brenmoor/person} and others who did not say why."))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// After a relative clause set off by commas, a main predicate that is a chain ending in "to"
// ("is due to", "was expected to") still belongs to the relative's antecedent. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target, e.mode]);

describe("an infinitive after a closed relative clause", () => {
  it("is the antecedent's act, planned", () => {
    expect(run(marked("{Ilka Brenmoor/person}, who spoke to reporters on Monday, is due to visit {Norland}."))).toEqual([["AGREE", "ilka-brenmoor", "norland", "visit (planned)"]]);
    expect(run(marked("{Ilka Brenmoor/person}, who landed in the capital on Monday, was scheduled to meet {Tavo Quenn/person}."))).toEqual([["AGREE", "ilka-brenmoor", "tavo-quenn", "meeting (planned)"]]);
    expect(run(marked("{Estovia}, which has long opposed the plan, is expected to impose sanctions on {Norland}."))).toEqual([["SANCTION", "estovia", "norland", "sanctions (proposed)"]]);
  });

  it("not when the words after the comma are no verb chain", () => {
    expect(run(marked("{Ilka Brenmoor/person}, who spoke to reporters on Monday, the ministry said, to meet {Tavo Quenn/person}."))).toEqual([]);
  });
});

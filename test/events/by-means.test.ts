import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A gerund of means after "by" takes the clause's subject, however long the predicate before it;
// a name after "without" or "despite" is no object of the verb. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a gerund of means", () => {
  it("after a verb and its object", () => {
    expect(run(marked("{Norland} ended the long dispute by promising to withdraw from {Estovia}n territory."))).toEqual([["AGREE", "norland", "estovia"]]);
    expect(run(marked("{Norland} answered the charges by accusing {Estovia} of lying."))).toEqual([["ACCUSE", "norland", "estovia"]]);
  });

  it("not across a comma", () => {
    expect(run(marked("{Norland} sought calm, and the region was calmed by promising words from {Estovia}."))).toEqual([]);
  });
});

describe("a name after 'without' or 'despite'", () => {
  it("is no direct object", () => {
    expect(run(marked("{Norland} attacked without {Estovia}'s approval."))).toEqual([["ASSAULT", "norland", null]]);
    expect(run(marked("{Norland} criticised despite {Estovia}'s objections."))).toEqual([["ACCUSE", "norland", null]]);
  });
});

import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { ingForm } from "../../loaders/events/ing-form.js";
import { marked, type Marked } from "./helpers.js";

// A past verb after "and" opens a predicate of the subject's own; a verb whose base form ends in
// -ing is no participle; vows to bring someone to justice and requests to hand someone back.
// Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("verbs whose base form ends in -ing", () => {
  it("are no participles", () => {
    expect(ingForm("bring")).toBe(false);
    expect(ingForm("swing")).toBe(false);
    expect(ingForm("bringing")).toBe(true);
    expect(ingForm("meeting")).toBe(true);
  });
  it("an infinitive 'bring' keeps the clause's subject", () => {
    expect(run(marked("{S:Norland} vowed to bring {T:Estovia}'s commanders to justice."))).toEqual([["THREATEN", "norland", "estovia"]]);
  });
});

describe("an infinitive of a second predicate", () => {
  it("is the subject's own act, not what was condemned", () => {
    expect(run(marked("{S:Norland} denounced the ambush and vowed to track down the gunmen and bring them to justice."))).toEqual([
      ["ACCUSE", "norland", null],
      ["THREATEN", "norland", null],
    ]);
    expect(run(marked("{S:Norland} condemned the shelling and vowed to expel {T:Estovia}'s diplomats."))).toEqual([
      ["ACCUSE", "norland", null],
      ["SANCTION", "norland", "estovia"],
    ]);
  });
  it("not once a complement opened before the 'and'", () => {
    expect(run(marked("{S:Norland} urged {T:Estovia} to withdraw its troops and pledged to send aid to the refugees."))).toEqual([["REQUEST", "norland", "estovia"]]);
  });
});

describe("seeking someone's return or extradition", () => {
  it("is a request", () => {
    expect(run(marked("{S:Norland} is seeking the extradition of {T:Ivo Tamm/person}."))).toEqual([["REQUEST", "norland", "ivo-tamm"]]);
    expect(run(marked("{S:Norland} has been persistent in seeking the release of the hostages."))).toEqual([["REQUEST", "norland", null]]);
  });
  it("seeking something else is not", () => {
    expect(run(marked("{Norland}'s president is seeking re-election in the spring."))).toEqual([]);
  });
});

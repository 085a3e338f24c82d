import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// A visa is a permission one state gives another's people (CONCEDE; denied, REJECT), not material
// help; a subpoena is a step of an investigation (ACCUSE, as the dev set's guide codes it), not
// coercion. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("visas", () => {
  it("approved and handed over are a permission granted, not aid", () => {
    expect(run(marked("{Norland} officials approved and delivered six visas for {Estovia}'s delegation."))).toEqual([["CONCEDE", "norland", "estovia"]]);
  });

  it("issued or granted to another state's people", () => {
    expect(run(marked("{Norland} issued visas to {Estovia}'s negotiators on Monday."))).toEqual([["CONCEDE", "norland", "estovia"]]);
    expect(run(marked("{Norland} granted {Estovia}'s players visas on Friday."))).toEqual([["CONCEDE", "norland", "estovia"]]);
  });
});

describe("subpoenas", () => {
  it("are an investigation's step", () => {
    expect(run(marked("{Norland}'s parliament subpoenaed {Ivo Tamm/person} on Tuesday."))).toEqual([["ACCUSE", "norland", "ivo-tamm"]]);
    expect(run(marked("A committee of {Norland} issued a subpoena to {Ivo Tamm/person}."))).toEqual([["ACCUSE", "norland", "ivo-tamm"]]);
  });
});

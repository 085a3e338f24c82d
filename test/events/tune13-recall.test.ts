import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, type Marked } from "./helpers.js";

// Acts told in forms the lexicon and the role reader missed: a pronoun object in a reported clause,
// a visit told with its length or its visitor but no host, a phrasal verb with "anew", released
// suspects, and a charge whose object slot is empty. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("a pronoun object in a reported clause", () => {
  it("is the person who reports it", () => {
    expect(run(marked("{T:Karl Vemmer/person} said Prime Minister {S:Jonas Pell/person} met him on Monday."))).toEqual([["CONSULT", "jonas-pell", "karl-vemmer"]]);
    expect(run(marked("{T:Karl Vemmer/person} said Prime Minister {S:Jonas Pell/person} telephoned him on Monday to discuss the border."))).toEqual([["CONSULT", "jonas-pell", "karl-vemmer"]]);
  });
  it("stays unresolved when no one reports the clause", () => {
    expect(run(marked("Prime Minister {S:Jonas Pell/person} met him on Monday."))).toEqual([]);
  });
});

describe("a visit with no host named", () => {
  it("is a visit when told with its length or its visitor", () => {
    expect(run(marked("President {S:Jonas Pell/person} began a two-day visit on Monday."))).toEqual([["CONSULT", "jonas-pell", null]]);
    expect(run(marked("A storm hit the coast on Monday during a visit by Prime Minister {S:Jonas Pell/person}."))).toEqual([["CONSULT", "jonas-pell", null]]);
  });
  it("stays a background reference when only possessed", () => {
    expect(run(marked("President {S:Jonas Pell/person}'s visit comes after months of tension."))).toEqual([]);
  });
});

describe("vocabulary", () => {
  it("reads a demand pressed anew", () => {
    expect(run(marked("{S:Norland} said it would press anew for a trial in a third country.")).map(([t, s]) => [t, s])).toEqual([["REQUEST", "norland"]]);
  });
  it("reads suspects released as a release", () => {
    expect(run(marked("{S:Norland} released two suspects on Monday.")).map(([t, s]) => [t, s])).toEqual([["CONCEDE", "norland"]]);
  });
});

describe("a charge with no object between the verb and its particle", () => {
  it("is a passive: the one charged is no accuser", () => {
    expect(run(marked("Opposition leader {Ivo Tamm/person} was in custody on Monday charged with fraud.")).filter(([, s]) => s === "ivo-tamm")).toEqual([]);
  });
  it("keeps the active charge with its object", () => {
    expect(run(marked("{S:Norland} arrested {T:Ivo Tamm/person} and charged him with fraud.")).map(([t]) => t)).toEqual(["COERCE", "ACCUSE"]);
  });
});

describe("a description with its own relative clause, then the name in apposition", () => {
  it("makes the name the verb's subject, its article or short form included", () => {
    expect(run(marked("The agency that runs the camps, the {S:Relief Office/organization}, objected to {T:Norland}'s new rules."))).toEqual([["ACCUSE", "relief-office", "norland"]]);
    expect(run(marked("The agency that runs the camps, {S:Relief Office/organization}, or RO, objected to {T:Norland}'s new rules."))).toEqual([["ACCUSE", "relief-office", "norland"]]);
  });
});

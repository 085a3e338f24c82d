import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// Forms found by probes of invented news: forces named by where they come from, the noun of an
// expulsion of diplomats, two demonyms coordinated before one organ. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("forces from a state", () => {
  it("opening the clause, act as that state", () => {
    expect(run(marked("Troops from {Norland} clashed with {Estovia}'s army near the border."))).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(run(marked("Hundreds of soldiers from {Norland} attacked {Estovia} on Monday."))).toEqual([["ASSAULT", "norland", "estovia"]]);
  });

  it("two states' forces clashing are the two parties", () => {
    expect(run(marked("Troops from {Norland} and {Estovia} clashed near the border on Monday."))).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(run(marked("Tourists from {Norland} and {Estovia} clashed with police."))).toEqual([]);
  });

  it("not as an object, nor for private people", () => {
    expect(run(marked("{Estovia} shelled troops from {Norland} near the border."))).toEqual([["ASSAULT", "estovia", null]]);
    expect(run(marked("Tourists from {Norland} attacked {Estovia}'s policy."))).toEqual([]);
  });
});

describe("the noun of an expulsion", () => {
  it("of diplomats is a sanction, as the verb is", () => {
    expect(run(withCountry(marked("{Norland} ordered the expulsion of the Armenian ambassador."), "Armenia", "ARM"))).toEqual([["SANCTION", "norland", "armenia"]]);
    expect(run(withCountry(marked("{Norland} ordered the expulsion of two Armenian diplomats."), "Armenia", "ARM"))).toEqual([["SANCTION", "norland", "armenia"]]);
  });
});

describe("two demonyms before one organ", () => {
  it("name two parties", () => {
    const m = withCountry(withCountry(marked("The Armenian and Georgian foreign ministers met in Tbilisi."), "Armenia", "ARM"), "Georgia", "GEO");
    expect(run(m)).toEqual([["CONSULT", "armenia", "georgia"]]);
  });

  it("not when the first word is no demonym", () => {
    const m = withCountry(withCountry(marked("Acme and Georgian officials met in Tbilisi."), "Armenia", "ARM"), "Georgia", "GEO");
    expect(run(m).filter((r) => r[1] === "armenia")).toEqual([]);
  });
});

describe("a meeting between two others", () => {
  it("is between its own parties, whoever held or hosted it", () => {
    expect(run(marked("{Kalvania} held talks between {Norland} and {Estovia}."))).toEqual([["CONSULT", "norland", "estovia"]]);
    expect(run(marked("{Kalvania} hosted talks between {Norland} and {Estovia}."))).toEqual([["CONSULT", "norland", "estovia"]]);
  });

  it("a host's own guest is still hosted", () => {
    expect(run(marked("{Kalvania} hosted talks with {Norland}."))).toEqual([["CONSULT", "norland", "kalvania"]]);
  });
});

describe("a demonym naming the official's own state", () => {
  it("is no target of that official", () => {
    const m = withCountry(marked("{Ana Vell/person@ARM} freed three Armenian prisoners."), "Armenia", "ARM");
    expect(run(m)).toEqual([["CONCEDE", "ana-vell", null]]);
  });

  it("another state's demonym still is", () => {
    const m = withCountry(withCountry(marked("{Ana Vell/person@ARM} freed three Georgian prisoners."), "Armenia", "ARM"), "Georgia", "GEO");
    expect(run(m)).toEqual([["CONCEDE", "ana-vell", "georgia"]]);
  });
});

describe("a compound subject of a meeting with an object", () => {
  it("meets the object; the further member is a partner", () => {
    expect(run(marked("{Norland} and {Sudovia} met {Estovia} on Sunday."))).toEqual([["CONSULT", "norland", "estovia"]]);
    expect(run(marked("{Norland} and {Sudovia} met on Sunday."))).toEqual([["CONSULT", "norland", "sudovia"]]);
  });
});

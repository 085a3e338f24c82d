import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { inflect } from "../../loaders/events/lexicon.js";
import { marked, type Marked } from "./helpers.js";

// Travel and trips abroad are visits; force a side says it would use under a condition is a threat;
// a court challenge is a legal step (ACCUSE). Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("American spelling of a verb in -l", () => {
  it("is a form of it as the doubled one is", () => {
    expect(inflect("travel", "verb")).toEqual(expect.arrayContaining(["travelled", "traveled", "travelling", "traveling"]));
    expect(inflect("cancel", "verb")).toEqual(expect.arrayContaining(["cancelled", "canceled"]));
  });
});

describe("trips", () => {
  it("a past trip to another state is a visit", () => {
    expect(run(marked("{S:Norland}'s foreign minister traveled to {T:Estovia} on Monday."))).toEqual([["CONSULT", "norland", "estovia"]]);
    expect(run(marked("{S:Norland}'s foreign minister made a secret trip to {T:Estovia} in March."))).toEqual([["CONSULT", "norland", "estovia"]]);
  });
});

describe("trips that are no visit", () => {
  it("a return trip or a trip for leisure", () => {
    expect(run(marked("The ferry of {Norland} left the island with tourists for a return trip to {Estovia}."))).toEqual([]);
    expect(run(marked("{Norland}'s foreign minister cut short a fishing trip to {Estovia} on Sunday."))).toEqual([]);
  });
  it("trips in general, banned or warned against", () => {
    expect(run(marked("{Norland} banned trips to {Estovia} after the riots.")).filter(([t]) => t === "CONSULT")).toEqual([]);
    expect(run(marked("{Norland} lifted its warning against non-essential trips to {Estovia}.")).filter(([t]) => t === "CONSULT")).toEqual([]);
  });
});

describe("force and courts", () => {
  it("force a side would use if a condition fails is a threat", () => {
    expect(run(marked("{S:Norland}'s president said {Norland} would use force against {T:Estovia} if talks fail."))).toEqual([["THREATEN", "norland", "estovia"]]);
  });

  it("a challenge in court", () => {
    expect(run(marked("{S:Norland} said it would challenge {T:Estovia}'s ruling in court."))).toEqual([["ACCUSE", "norland", "estovia"]]);
  });
});

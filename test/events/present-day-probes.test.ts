import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, withCountry, type Marked } from "./helpers.js";

// Forms found by probes of invented present-day news: a participle hanging on an "as" clause, an
// act planned on a trip called off, help blocked, mediators of talks, a date inside a relative
// clause, a past act recalled by an anniversary. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);
const dated = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.date]);

describe("a participle after a subordinate clause", () => {
  it("is that clause's subject's act, no actor's when it names none", () => {
    const s = "President {Ana Lima/person} declared a state of emergency in the {Varn/place} region on Sunday as a wildfire tore through hillside towns, killing at least 14 people and destroying about 1,100 homes.";
    expect(run(marked(s)).filter((r) => r[0] === "ASSAULT")).toEqual([]);
    expect(run(marked("{Norland} closed its border while floods swept the valley, destroying two bridges."))).toEqual([]);
  });

  it("not when the participle follows the main clause", () => {
    expect(run(marked("As the storm passed, {Norland} shelled {Estovia}, destroying two bridges.")).map((r) => r[0])).toContain("ASSAULT");
  });
});

describe("an act planned on a trip called off", () => {
  it("will not take place", () => {
    const s = "{Lima/person} has cancelled a trip to {Tessaly}, where she was due to meet Tessalian President {Ivo Marek/person} on Wednesday.";
    expect(run(marked(s)).filter((r) => r[2] === "ivo-marek")).toEqual([]);
    expect(run(marked("{Norland} called off a visit to {Estovia} to sign a trade pact."))).toEqual([]);
  });

  it("a trip kept still plans its meeting", () => {
    const s = "{Lima/person} will make a trip to {Tessaly}, where she is due to meet President {Ivo Marek/person} on Wednesday.";
    expect(run(marked(s)).filter((r) => r[2] === "ivo-marek")).toEqual([["AGREE", "lima", "ivo-marek"]]);
  });
});

describe("help blocked", () => {
  it("is not given", () => {
    expect(run(marked("A {Norland} official said {Estovia} was blocking aid trucks at the border crossing."))).toEqual([]);
    expect(run(marked("{Estovia} blocked aid to {Norland} for a week."))).toEqual([]);
  });

  it("help given still is", () => {
    expect(run(marked("{Estovia} sent aid to {Norland} last week."))).toEqual([["AID", "estovia", "norland"]]);
  });
});

describe("mediators of talks", () => {
  const two = (s: string) => withCountry(withCountry(marked(s), "Kenya", "KEN"), "Ghana", "GHA");
  it("are not the talks' parties", () => {
    expect(run(two("Kenyan and Ghanaian mediators prepared for a new round of talks next week."))).toEqual([]);
  });

  it("a party named apart from them is one", () => {
    expect(run(two("Kenyan mediators will hold talks with {Norland} next week."))).toEqual([["AGREE", "kenya", "norland"]]);
  });
});

describe("a clause of unnamed others", () => {
  it("tells no act of the main clause's subject", () => {
    const s = "{Norland} and {Estovia} swapped prisoners on Tuesday, as mediators prepared for a new round of talks next week.";
    expect(run(marked(s)).filter((r) => r[0] === "AGREE")).toEqual([]);
  });

  it("a clause whose subject is named keeps it", () => {
    expect(run(marked("{Norland} shut the crossing while {Estovia} held talks with {Kalvania}.")).filter((r) => r[0] === "CONSULT")).toEqual([["CONSULT", "estovia", "kalvania"]]);
  });
});

describe("a name after \"as\" and before a finite verb", () => {
  it("is the subject of the clause \"as\" opens", () => {
    expect(run(marked("{Norland} shut the crossing as {Estovia} held talks with {Kalvania}."))).toEqual([["CONSULT", "estovia", "kalvania"]]);
  });

  it("ends the main verb's search for its objects", () => {
    expect(run(marked("{Norland} shelled the town as {Estovia} met {Kalvania}.")).map((r) => r.slice(0, 3))).toEqual([["ASSAULT", "norland", null], ["CONSULT", "estovia", "kalvania"]]);
    expect(run(marked("{Norland} attacked {Estovia} as well as {Kalvania}.")).map((r) => r.slice(0, 3))).toEqual([["ASSAULT", "norland", "estovia"]]);
  });

  it("not a name in a phrase after \"as\"", () => {
    expect(run(marked("{Ana Lima/person}, who served as {Norland}'s envoy, met {Estovia} on Monday."))).toEqual([["CONSULT", "ana-lima", "estovia"]]);
  });
});

describe("accusations traded", () => {
  it("are mutual accusations of the two named", () => {
    expect(run(marked("{Norland} and {Estovia} exchanged accusations on Tuesday over the dam."))).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(run(marked("{Norland} and {Estovia} traded insults at the summit."))).toEqual([["ACCUSE", "norland", "estovia"]]);
  });
});

describe("a predicate coordinated with an auxiliary", () => {
  it("has its own objects and places", () => {
    expect(run(marked("{Lima/person} will visit the area on Monday and has cancelled a trip to {Tessaly}."))).toEqual([]);
    expect(run(marked("{Lima/person} will visit the area on Monday and then fly to {Tessaly}."))).toEqual([]);
  });

  it("an object before it is still the verb's", () => {
    expect(run(marked("{Lima/person} will visit {Tessaly} on Monday and has cancelled other trips.")).map((r) => r.slice(0, 3))).toEqual([["AGREE", "lima", "tessaly"]]);
  });
});

describe("a date inside a relative clause", () => {
  it("dates the relative's act, not the main verb", () => {
    const s = "Opposition leader {Tomas Vell/person}, who signed a pact with {Norland} in {D:March=2026-03}, urged calm.";
    expect(dated(marked(s))).toEqual([["SUPPORT", "2026-03"], ["REQUEST", null]]);
  });

  it("a date after the main verb still dates it", () => {
    const s = "Opposition leader {Tomas Vell/person}, who signed a pact with {Norland}, urged calm on {D:Friday=2026-12-04}.";
    expect(dated(marked(s)).find((r) => r[0] === "REQUEST")).toEqual(["REQUEST", "2026-12-04"]);
  });
});

describe("a past act named by an anniversary", () => {
  it("is recalled, not told", () => {
    expect(run(marked("The protesters plan another march on July 7, the anniversary of the 1990 {Harwick} rally."))).toEqual([]);
    expect(run(marked("Crowds gathered in {Varn/place} to mark 30 years since the {Estovia} invasion."))).toEqual([]);
  });
});

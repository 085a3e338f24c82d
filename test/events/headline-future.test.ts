import { describe, expect, it } from "vitest";
import { headlineInfinitive } from "../../loaders/events/headline.js";
import { eventsIn } from "./helpers.js";

// Headline grammar and coordinated plans: what is still to come is a plan, not a held contact.
// Sentences written for these tests.
const rows = (source: string) => eventsIn(source).map((e) => [e.type, e.mode, e.source, e.target]);

describe("a headline's bare 'to' announces a plan", () => {
  it("a name and 'to' with no verb before it is future", () => {
    expect(rows("Norland's {Ivo Tamm/person} to visit {Estovia}.")).toEqual([["AGREE", "visit (planned)", "ivo-tamm", "estovia"]]);
    expect(rows("- Trade Minister {Ivo Tamm/person} to meet {Ana Ruiz/person} next week.")).toEqual([["AGREE", "meeting (planned)", "ivo-tamm", "ana-ruiz"]]);
    expect(rows("{Norland} border officials to visit {Estovia}.")).toEqual([["AGREE", "visit (planned)", "norland", "estovia"]]);
  });

  it("prose with a verb before 'to' keeps its reading", () => {
    expect(rows("{Ivo Tamm/person} is the first Norland minister to visit {Estovia} since the war.")).toEqual([["CONSULT", "visit", "ivo-tamm", "estovia"]]);
    for (const before of ["Norland urged Ivo Tamm to ", "Ivo Tamm is the only minister to ", "The talks in Parvia failed to ", "Ivo Tamm said he went to ", "Ministers decided to "]) expect(headlineInfinitive(before), before).toBe(false);
    for (const before of ["Norland's Ivo Tamm to ", "- Rebel chiefs to ", "Parvia talks to "]) expect(headlineInfinitive(before), before).toBe(true);
  });
});

describe("a plan governs the infinitive coordinated with it", () => {
  it("'was to meet X and sign Y' plans both", () => {
    const types = eventsIn("On Monday {Ivo Tamm/person} was to meet {Ana Ruiz/person} and sign a fisheries accord.").map((e) => e.type);
    expect(types).not.toContain("SUPPORT");
    expect(types).toContain("AGREE");
  });

  it("a past act coordinated after a past one stays done", () => {
    expect(rows("{Ivo Tamm/person} met {Ana Ruiz/person} and signed a fisheries accord.").map((r) => r[0])).toEqual(["CONSULT", "SUPPORT"]);
  });
});

describe("a headline credited before its subject", () => {
  it("still announces what is to come", () => {
    expect(eventsIn("Newspaper says {Norland} to withdraw troops from {Estovia}.").map((e) => [e.type, e.mode])).toEqual([["AGREE", "withdrawal (planned)"]]);
  });
});

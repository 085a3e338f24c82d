import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { unnamedAgentMentions } from "../../loaders/events/unnamed-agents.js";
import { marked } from "./helpers.js";

// Acts whose doer is a group the text does not name ("rebels", "trade unions", "a court"): the
// row keeps a null source and the group's words in source_text. Sentences written for these tests.
const events = (src: string) => {
  const m = marked(src);
  return extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.source_text ?? null, e.target]);
};
const phrases = (t: string) => unnamedAgentMentions(t, { index: 0, start: 0, end: t.length }, "a", 0, []).map((m) => m.text);

describe("an unnamed group as an act's subject", () => {
  it("a clause's subject with a finite verb after it acts, and is named in source_text", () => {
    expect(events("Rebels attacked {Norland} on Monday.")).toEqual([["ASSAULT", null, "rebels", "norland"]]);
    expect(events("Trade unions on Friday urged the government of {Norland} to raise pay.")).toEqual([["REQUEST", null, "trade unions", "norland"]]);
    expect(events("The court sentenced {Ivo Tamm/person} to ten years.")).toEqual([["COERCE", null, "court", "ivo-tamm"]]);
    expect(events("Investigators detained {Ivo Tamm/person} on Monday.")).toEqual([["COERCE", null, "investigators", "ivo-tamm"]]);
  });

  it("a speaker reports acts rather than doing them", () => {
    expect(phrases("Officials said the ship had sailed.")).toEqual([]);
    expect(phrases("Rebels told a crowd the army would stay.")).toEqual([]);
    expect(events("{Norland} might impose sanctions on {Estovia}, officials warned.")).toEqual([]);
  });

  it("not a modifier, a possessive's noun, a counted group or part of a name", () => {
    expect(phrases("The police station burned down.")).toEqual([]);
    expect(phrases("The workers' union protested.")).toEqual([]);
    expect(phrases("Three rebels surrendered on Monday.")).toEqual([]);
    expect(phrases("The Norland Trade Unions Congress protested.")).toEqual([]);
  });

  it("a people's adjective no actor stands on is part of the words, and keeps a speaker from being credited", () => {
    expect(events("Kurdish rebels attacked {Norland} on Monday.")).toEqual([["ASSAULT", null, "Kurdish rebels", "norland"]]);
    expect(events("{Norland} said Moslem guerrillas attacked {Estovia} on Monday.")).toEqual([["ASSAULT", null, "Moslem guerrillas", "estovia"]]);
    // A demonym of a state of the tables is that state's mention, read as before.
    expect(events("{Norland@NRL} workers protested against {Estovia@EST}.")).toEqual([["PROTEST", "norland", null, "estovia"]]);
  });

  it("a demonym of a state no actor row has stays words", () => {
    expect(phrases("Norlandic troops crossed the river.")).toEqual(["Norlandic troops"]);
  });

  it("an armed group named by its kind", () => {
    expect(events("A Kurdish rebel group on Tuesday blamed {Norland} for the bombing of a bridge.")).toEqual([["ACCUSE", null, "Kurdish rebel group", "norland"]]);
  });

  it("past a time adverbial between the group and its verb; officeholders as a group", () => {
    expect(events("A farmer said police a week ago detained {Ivo Tamm/person} at a market.")).toEqual([["COERCE", null, "police", "ivo-tamm"]]);
    expect(events("Rebels last week attacked {Norland}.")).toEqual([["ASSAULT", null, "rebels", "norland"]]);
    expect(events("Senior ministers have often criticised {Norland} over the dam.")).toEqual([["ACCUSE", null, "senior ministers", "norland"]]);
  });

  it("a passive's subject is acted on, not acting", () => {
    expect(phrases("Later the ministers were asked whether they could foresee it.")).toEqual([]);
    expect(phrases("The rebels had been freed by then.")).toEqual([]);
  });

  it("a group heading a relative clause acts in it; a faction's leaders are a group", () => {
    expect(events("Faction leaders who signed a peace accord last month met in the capital.")).toEqual([["SUPPORT", null, "faction leaders", null]]);
    // A common noun before the phrase makes a compound that names no political group.
    expect(phrases("Health officials said they were investigating the case.")).toEqual([]);
  });

  it("a phrase set off after a name describes it", () => {
    expect(events("{Harrow Front/group}, a militant group, condemned {Chile} on Monday.")).toEqual([["ACCUSE", "harrow-front", null, "chile"]]);
  });

  it("a passive's agent after 'by'", () => {
    expect(phrases("The town was shelled by rebels.")).toEqual(["rebels"]);
  });

  it("a named actor or a state's organ keeps its own reading", () => {
    expect(events("{Ivo Tamm/person} attacked {Norland} on Monday.")).toEqual([["ASSAULT", "ivo-tamm", null, "norland"]]);
    expect(events("NAIROBI 2024-05-02\n\nPolice detained {Ana Lopez/civilian} on Monday.\n\nRain fell across {Kenya@KEN}.")).toEqual([["COERCE", "kenya", null, "ana-lopez"]]);
  });
});

describe("both sides' envoys", () => {
  it("negotiators or diplomats at a table are no one party", () => {
    expect(events("Officials said the negotiators reached an agreement to continue talks with {Norland}.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { eventsIn, marked } from "./helpers.js";

// Who an act told as a noun belongs to, when no name stands right before it: a possessive
// pronoun, a "by" agent past the noun's object, the subject of the clause a measured adjunct hangs
// on. Sentences written for these tests.
const rows = (src: string) => eventsIn(src).map((e) => [e.type, e.source, e.target]);

describe("events: a possessive pronoun names the noun's agent", () => {
  it("his, her, its: the nearest fitting name before, else the person of the sentence before", () => {
    expect(rows("{Ivo Marek/person} repeated that his appeal to {Estovia} still stood.")).toEqual([["REQUEST", "ivo-marek", "estovia"]]);
    expect(rows("{Norland} repeated its demand for {Estovia} to pay compensation.")).toEqual([["REQUEST", "norland", "estovia"]]);
    expect(rows("{Ivo Marek/person} arrived on Monday. His appeal to {Estovia} went unanswered.")).toEqual([["REQUEST", "ivo-marek", "estovia"]]);
  });

  it("a support verb's subject still comes first; a name in another's phrase is no antecedent", () => {
    expect(rows("{Ivo Marek/person} met {Lena Varga/person} and voiced his opposition to {Estovia}.")).toContainEqual(["REJECT", "ivo-marek", "estovia"]);
    expect(rows("{Ivo Marek/person}'s wife's criticism of the press made headlines.")).toEqual([]);
  });
});

describe("events: an act noun's agent past its object", () => {
  it("'the recapture of the town from X by Y' is Y's attack on X; 'a rally of workers by X' is not read so", () => {
    expect(rows("The recapture of the town from {Estovia} by {Norland} in May ended the war.")).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(rows("A rally of farmers by the palace of {Ivo Marek/person} drew crowds.")).toEqual([]);
  });
});

describe("events: a measured act in a time adjunct is the main clause subject's", () => {
  it("'after a week of talks with Y', also with a pronoun subject", () => {
    expect(rows("{Ivo Marek/person} spoke after a week of talks with {Lena Varga/person}.")).toEqual([["CONSULT", "ivo-marek", "lena-varga"]]);
    expect(rows("{Ivo Marek/person} arrived. \"We are close,\" he said after two days of negotiations with {Lena Varga/person}.")).toEqual([["CONSULT", "ivo-marek", "lena-varga"]]);
    // With no one on the other side the talks stay a background reference.
    expect(rows("{Ivo Marek/person} arrived. He said after three hours of talks that a deal was close.")).toEqual([]);
  });
});

describe("events: two states joined before a two-party noun", () => {
  it("'Norwegian-Swedish talks': each demonym names its state when the article names it", () => {
    const m = marked("{Norway@NOR} and {Sweden@SWE} traded charges. Norwegian-Swedish talks resumed in Geneva on Tuesday.");
    expect(extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target])).toContainEqual(["CONSULT", "norway", "sweden"]);
    // A demonym of a state the article does not name, or a compound that is no pair of states, names no one.
    const n = marked("{Norway@NOR} met {Sweden@SWE}. Franco-Prussian talks were a topic of the lecture.");
    expect(extractEvents(n.doc, n.mentions, n.actors, n.dates).filter((e) => e.start > 30)).toEqual([]);
  });
});

describe("events: a contact noun whose own predicate is future is planned", () => {
  it("'talks between X and Y will resume next week' is AGREE, planned; past a comma another clause begins", () => {
    const [e] = eventsIn("Talks between {Norland} and {Estovia} will resume next week.");
    expect(e).toMatchObject({ type: "AGREE", source: "norland", target: "estovia" });
    expect(e!.mode).toMatch(/planned/);
    expect(rows("Talks between {Norland} and {Estovia} ended on Friday.")).toEqual([["CONSULT", "norland", "estovia"]]);
  });
});

describe("events: an act noun in a phrase opening the sentence is the main clause subject's", () => {
  it("'After talks with Y, X …', 'Following his talks with Y on Monday, X …', past a title too", () => {
    expect(rows("After talks with {Estovia}, {Norland} will fly home.")).toEqual([["CONSULT", "norland", "estovia"]]);
    expect(rows("Following his talks with {Lena Varga/person} on Monday, {Ivo Marek/person} said a deal was close.")).toEqual([["CONSULT", "ivo-marek", "lena-varga"]]);
    expect(rows("After two days of talks with {Estovia}, Foreign Minister {Ivo Marek/person} said a deal was close.")).toEqual([["CONSULT", "ivo-marek", "estovia"]]);
    // A name inside the phrase keeps its own reading; with no one after the comma, no agent.
    expect(rows("In fighting between {Norland} and {Estovia}, ten soldiers died.")).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(rows("After the attack on {Estovia}, markets fell.")).toEqual([]);
  });
});

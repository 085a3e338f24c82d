import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// General grammar and sense gates for precision on unseen news (docs/events.md, "Issue 18,
// seventh wave"), each on sentences written for these tests.
const types = (src: string) => eventsIn(src).map((e) => e.type);

describe("events: precision on unseen news", () => {
  it("both parties of a 'between A and B' phrase sit in the phrase, not in the subject", () => {
    expect(types("A committee monitoring the truce between {Norland} and {Hamra/organization} will meet in the south on Sunday.")).toEqual([]);
    expect(types("{Norland} and {Estovia} will meet in the capital on Sunday.")).toEqual(["AGREE"]);
  });

  it("'blast' and 'slam' criticise only with a direct object (not 'the embassy blasts in …')", () => {
    expect(types("A man was arrested over last year's deadly {Norland} Embassy blasts in {Estovia} and {Varsa}.")).toEqual([]);
    expect(eventsIn("{Ivo Marek/person} blasted {Lena Varga/person} for ignoring the report.")[0]).toMatchObject({ type: "ACCUSE", target: "lena-varga" });
  });

  it("words received inside a gapped pattern are no aid", () => {
    expect(types("{Norland} said it had received assurances from the {Estovia} government that its forces would withdraw.")).not.toContain("AID");
    expect(types("{Norland} received missiles from {Estovia}.")).toEqual(["AID"]);
  });

  it("a person sent in the passive is posted, not given as aid", () => {
    expect(types("He quoted {Ivo Marek/person}, who had been sent to {Varsa/place} by {Lena Varga/person} as her envoy.")).toEqual([]);
    expect(types("{Norland} sent aid to {Lena Varga/person} on Monday.")).toEqual(["AID"]);
  });

  it("a gerund after a preposition, or coordinated with one, names an act without telling it", () => {
    expect(types("{Ivo Marek/person} was jailed on charges of having contacts with {Norland} agents and receiving money from {Estovia}.")).toEqual([]);
    expect(types("{Ivo Marek/person} left without meeting {Lena Varga/person}.")).toEqual([]);
    expect(types("{Norland} retaliated by closing its airspace to {Estovia}.")).toEqual(["SANCTION"]);
    expect(types("{Norland} attacked {Estovia} after meeting {Varsa} officials.")).toEqual(["ASSAULT", "CONSULT"]);
  });

  it("condemning an attack on someone does not accuse the one attacked", () => {
    expect(eventsIn("{Norland} condemned the bombing of {Estovia} embassies in {Varsa} and expressed sympathy.")[0]).toMatchObject({ type: "ACCUSE", source: "norland", target: null });
    expect(eventsIn("{Norland} condemned {Estovia}'s attack on {Varsa}.")[0]).toMatchObject({ target: "estovia" });
  });

  it("a participle after a verb's recipient ('a letter to X asking') is not the recipient's act", () => {
    expect(types("His father, Ivo Marek, sent a letter to {Norland} Attorney General {Lena Varga/person} asking that his son be moved to {Ana Tamm/person}'s home.")).toEqual([]);
    expect(eventsIn("{Norland} sent a letter to {Estovia} demanding the release of its diplomats.")[0]).toMatchObject({ type: "REQUEST", source: "norland" });
  });

  it("wanting to keep cooperation is willingness (AGREE), not cooperation", () => {
    expect(eventsIn('{Ivo Marek/person} told {Lena Varga/person} that {Norland} wanted to maintain "friendship and cooperation" with {Estovia}.')[0]).toMatchObject({ type: "AGREE", source: "norland", target: "estovia" });
  });

  it("sanctions someone wants ended are no new act, and a plural form before its noun's preposition is that noun", () => {
    expect(types("{Ivo Marek/person} said he would press the {Norland} government to help end {UNO/organization} trade sanctions on {Estovia}.")).toEqual([]);
    expect(eventsIn("{Norland} sanctions on {Estovia} remain.")[0]).toMatchObject({ type: "SANCTION", source: "norland", target: "estovia" });
    expect(eventsIn("{Norland} attacks {Estovia} every winter.")[0]).toMatchObject({ type: "ASSAULT", target: "estovia" });
    // No plural: "to protest against" stays a verb, its subject the protester.
    expect(eventsIn("{Ivo Marek/person} called a strike to protest against {Norland}.")[0]).toMatchObject({ type: "PROTEST", source: "ivo-marek", target: "norland" });
  });

  it("people defined by their relation to a name (critics, supporters, rivals of X) are not X", () => {
    expect(types("A top judge and critic of President {Ivo Marek/person} accused the {Norland} government of indifference.")).toEqual([]);
    expect(types("Supporters of {Ivo Marek/person} attacked {Norland} officials.")).toEqual([]);
    expect(eventsIn("Thousands of {Norland} troops attacked {Estovia}.")[0]).toMatchObject({ type: "ASSAULT", source: "norland" });
  });

  it("'visiting' as an adjective names the visitor after it, hosted by the subject", () => {
    expect(eventsIn("{Ivo Marek/person} has told visiting {Norland} envoy {Lena Varga/person} that {Estovia} wanted peace.")[0]).toMatchObject({ type: "CONSULT", source: "lena-varga", target: "ivo-marek" });
    expect(eventsIn("{Ivo Marek/person} continued visiting {Norland} officials.")[0]).toMatchObject({ source: "ivo-marek", target: "norland" });
  });

  it("past a comma, a verb's object is not the agent of a participle; the clause subject is", () => {
    expect(eventsIn("{Ivo Marek/person} met {Lena Varga/person} on Monday, promising {Estovia} aid.")[1]).toMatchObject({ type: "AGREE", source: "ivo-marek" });
    expect(eventsIn("{Norland} troops, attacking {Estovia}, shelled the town.")[0]).toMatchObject({ type: "ASSAULT", source: "norland" });
  });
});

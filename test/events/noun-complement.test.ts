import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// A speech act told as a noun, with its actors attached by grammar (docs/events.md, "Events told as
// nouns"): its complement's act is what is asked, refused or alleged, and the subject of its "that"
// clause is its counterpart. Sentences written for these tests.
const rows = (src: string) => eventsIn(src).map((e) => [e.type, e.source, e.target]);

describe("events: a speech-act noun governs the act in its complement", () => {
  it("a demand, refusal or allegation with its complement is one act, the complement's subject its target", () => {
    expect(rows("{Norland}'s demand that {Estovia} withdraw its troops was rejected.")).toEqual([["REQUEST", "norland", "estovia"]]);
    expect(rows("{Norland}'s refusal to meet {Estovia} angered the mediators.")).toEqual([["REJECT", "norland", "estovia"]]);
    expect(rows("{Norland}'s allegation that {Estovia} had shelled the village was denied.")).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(rows("An allegation by {Norland} that {Estovia} had armed the rebels was rejected.")).toEqual([["ACCUSE", "norland", "estovia"]]);
    expect(rows("{Ivo Marek/person} renewed his call for {Estovia} to free the prisoners.")).toEqual([["REQUEST", "ivo-marek", "estovia"]]);
  });

  it("an opposed meeting is the opposition's content, not a meeting held", () => {
    expect(rows("{Ivo Marek/person}'s opposition to the meeting between {Lena Varga/person} and {Estovia} was no secret.")).toEqual([["REJECT", "ivo-marek", "lena-varga"]]);
  });

  it("an act told with its own agent, or past the noun's phrase, is not governed", () => {
    expect(rows("{Norland}'s condemnation of attacks by {Estovia} on {Sudovia} was swift.")).toContainEqual(["ASSAULT", "estovia", "sudovia"]);
    expect(rows("{Norland}'s appeal to {Estovia} was followed by talks with {Sudovia}.")).toContainEqual(["CONSULT", "norland", "sudovia"]);
  });
});

describe("events: speech-act and act nouns the lexicon lacked", () => {
  it("a denial, a recapture, a mediation and criticism levelled at someone", () => {
    expect(rows("{Estovia}'s denial of {Norland}'s accusations came late on Friday.")).toEqual([["REJECT", "estovia", "norland"]]);
    expect(rows("{Estovia} issued a denial of the reports on Monday.")).toEqual([["REJECT", "estovia", null]]);
    expect(rows("{Norland}'s mediation between {Estovia} and {Sudovia} brought a ceasefire.")).toEqual([["CONSULT", "norland", "estovia"]]);
    expect(rows("The mediation by {Norland} between {Estovia} and {Sudovia} failed.")).toEqual([["CONSULT", "norland", "estovia"]]);
  });

  it("no act in other senses or with no actor attached", () => {
    expect(rows("{Norland}'s denial of entry to the reporters was criticised by the press.")).toEqual([]);
    expect(rows("Their mediation skills were praised in the report.")).toEqual([]);
    expect(rows("{Norland}'s call for bids on the new airport closed on Monday.")).toEqual([]);
  });
});

describe("events: a participle inside a noun phrase", () => {
  it("'the proposed talks between X and Y' are the talks, planned", () => {
    const [e] = eventsIn("The proposed talks between {Norland} and {Estovia} are due next month.");
    expect(e).toMatchObject({ type: "AGREE", source: "norland", target: "estovia" });
    expect(e!.mode).toMatch(/planned|proposed/);
  });
});

describe("events: a speech-act noun owned by a possessor and told with its content", () => {
  it("is an act with no counterpart named, past a time phrase too", () => {
    expect(rows("Thousands answered {Ivo Marek/person}'s call on Monday to march on the capital.")).toEqual([["REQUEST", "ivo-marek", null]]);
    expect(rows("{Ivo Marek/person}'s call last week for a general strike was heeded.")).toEqual([["REQUEST", "ivo-marek", null]]);
    expect(rows("{Norland}'s appeal on Friday to {Estovia} to reopen the border went unanswered.")).toEqual([["REQUEST", "norland", "estovia"]]);
  });

  it("an act named as its content tells it too, not a document or a compound's modifier", () => {
    expect(rows("{Ivo Marek/person}'s opposition to the meeting was no secret.")).toEqual([["REJECT", "ivo-marek", null]]);
    expect(rows("{Norland} said that its opposition to a regional weapons ban convention would not change.")).toEqual([]);
    expect(rows("{Norland}'s opposition to the tax bill grew.")).toEqual([]);
  });

  it("not a threat toward no one, a market's demand, a loan asked, a call to a person", () => {
    expect(rows("{Ivo Marek/person}'s threat to resign shocked his party.")).toEqual([]);
    expect(rows("{Norland}'s demand for oil rose in May.")).toEqual([]);
    expect(rows("{Norland}'s request for a loan from the bank was approved.")).toEqual([]);
    expect(rows("{Ivo Marek/person}'s call to his wife lasted an hour.")).toEqual([]);
  });

  it("a threat told with its agent and the one threatened", () => {
    expect(rows("{Norland}'s threat to close its border with {Estovia} alarmed traders.")).toEqual([["THREATEN", "norland", "estovia"]]);
    expect(rows("The threat to {Norland} grew, analysts said.")).toEqual([]);
  });
});

describe("events: parties joined before a two-party noun, and a mediator", () => {
  it("'the X-Y talks' are X's with Y; a mediator mediates between the first party and the second", () => {
    expect(rows("The {Norland}-{Estovia} talks resumed on Monday.")).toEqual([["CONSULT", "norland", "estovia"]]);
    expect(rows("The {Norland}-{Estovia} border was closed.")).toEqual([]);
    expect(rows("{Norland}'s offer to mediate between {Estovia} and {Sudovia} was accepted.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});

describe("events: who a rejection or welcome is aimed at", () => {
  it("the speaker of the noun it takes: 'turned down an appeal from X'", () => {
    expect(rows("{Norland} turned down an appeal from {Estovia} for more aid.")).toEqual([["REJECT", "norland", "estovia"]]);
    expect(rows("{Norland} rejected {Estovia}'s demand for compensation.")).toEqual([["REJECT", "norland", "estovia"]]);
  });
});

describe("events: a call's agent with an apposition", () => {
  it("'a call by X, the mediator, for Y to withdraw' is an appeal; to a person it stays a telephone call", () => {
    expect(rows("A call by {Ivo Marek/person}, the mediator, for {Estovia} to withdraw was welcomed.")).toEqual([["REQUEST", "ivo-marek", "estovia"]]);
    expect(rows("A call by {Ivo Marek/person}, the mediator, to {Lena Varga/person} lasted an hour.")).toEqual([]);
  });
});

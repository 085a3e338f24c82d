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

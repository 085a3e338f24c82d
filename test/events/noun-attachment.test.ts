import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { eventsIn, marked, withCountry } from "./helpers.js";

// Noun triggers whose actor attaches by grammar rather than as a verb's subject (docs/events.md,
// "Events, noun triggers and planned acts"), each on sentences written for these tests.
const types = (src: string) => eventsIn(src).map((e) => e.type);

describe("events: gerunds read as their noun row", () => {
  it("a gerund after a preposition of setting, or before 'between', is the noun with its parties", () => {
    expect(eventsIn("Ten people died in fighting between {Norland} and {Estovia} on Monday.")[0]).toMatchObject({ type: "ASSAULT", source: "norland", target: "estovia" });
    expect(eventsIn("Fighting between {Norland} and {Estovia} resumed on Monday.")[0]).toMatchObject({ type: "ASSAULT", source: "norland", target: "estovia" });
  });

  it("a gerund heading a clause's subject names an act told elsewhere: no act", () => {
    expect(types("Families of those hurt in the {Varsa} market bombing were flown home by {Ivo Marek/person}.")).toEqual([]);
  });

  it("a gerund that says the act did not happen stays no act", () => {
    expect(types("{Ivo Marek/person} left without meeting with {Lena Varga/person}.")).toEqual([]);
  });
});

describe("events: stances told by a noun or by 'oppose'", () => {
  it("opposing an actor's plan, or talks between two parties, is a rejection (REJECT), also in the passive", () => {
    expect(eventsIn("{Norland} opposed {Estovia}'s plan for a new border.")[0]).toMatchObject({ type: "REJECT", source: "norland", target: "estovia" });
    expect(types("{Ivo Marek/person} opposed new negotiations between {Lena Varga/person} and {Estovia}.")).toEqual(["REJECT"]);
    expect(eventsIn("{Estovia}'s plan was opposed by {Norland}.")[0]).toMatchObject({ type: "REJECT", source: "norland", target: "estovia" });
    expect(types("Groups opposed to {Norland} held a rally.")).toEqual([]);
    // An issue stance with no actor opposed is no act between actors.
    expect(types("{Ivo Marek/person} and other deputies who opposed the tax voted no.")).toEqual([]);
  });

  it("an opposition voiced or owned is a rejection; the political opposition is no act", () => {
    expect(eventsIn("{Norland} voiced its opposition to {Estovia}'s plan.")[0]).toMatchObject({ type: "REJECT", source: "norland", target: "estovia" });
    expect(eventsIn("{Norland}'s firm opposition to {Estovia} worried diplomats.")[0]).toMatchObject({ type: "REJECT", source: "norland", target: "estovia" });
    expect(types("The {Norland} opposition won the vote.")).toEqual([]);
    // The group's word does not cut the object of the act before it.
    expect(eventsIn("{Ivo Marek/person} returned home after meeting opposition party chief {Lena Varga/person}.")[0]).toMatchObject({ type: "CONSULT", target: "lena-varga" });
  });

  it("a stance voiced after 'and' with no counterpart named is the first subject's act", () => {
    const rows = eventsIn("{Ivo Marek/person} met {Lena Varga/person} on Friday and then voiced strong opposition, a radio station said.");
    expect(rows.map((r) => [r.type, r.source])).toEqual([["CONSULT", "ivo-marek"], ["REJECT", "ivo-marek"]]);
    // A background noun with no support verb and no counterpart stays out.
    expect(types("{Norland}'s opposition grew, the paper said.")).toEqual([]);
  });

  it("a warning issued to an actor is an accusation", () => {
    expect(eventsIn("{Norland} issued a warning to {Estovia} on Monday.")[0]).toMatchObject({ type: "ACCUSE", source: "norland", target: "estovia" });
    expect(eventsIn("A warning by {Norland} to {Estovia} was ignored.")[0]).toMatchObject({ type: "ACCUSE", source: "norland", target: "estovia" });
    // A travel advisory is about a place, addressed to no actor.
    expect(types("{Norland} eased a warning against trips to {Estovia} on Friday.")).toEqual([]);
    expect(types("{Norland} issued a warning against non-essential travel to {Estovia}.")).toEqual([]);
  });

  it("a speech act inside a relative closed before the trigger does not absorb it", () => {
    expect(eventsIn("{Norland}, which has criticised {Estovia} for years, was upset by a visit to {Varsa} on Monday by {Ivo Marek/person}.").some((r) => r.type === "CONSULT" && r.source === "ivo-marek")).toBe(true);
  });
});

describe("events: a speech act's noun with its speaker named after it", () => {
  it("a call, request, allegation or warning by or from an actor is that actor's act, counterpart or not", () => {
    expect(eventsIn("A call by {Norland} for new talks was ignored.")[0]).toMatchObject({ type: "REQUEST", source: "norland", target: null });
    expect(eventsIn("{Estovia} acted on a formal request from the {Norland} cabinet.")[0]).toMatchObject({ type: "REQUEST", source: "norland" });
    expect(eventsIn("An allegation by {Norland} that {Estovia} had shelled villages was denied.").map((e) => [e.type, e.source])).toContainEqual(["ACCUSE", "norland"]);
    expect(eventsIn("{Norland}'s call on {Estovia} to reopen the border went unanswered.")[0]).toMatchObject({ type: "REQUEST", source: "norland", target: "estovia" });
  });

  it("a telephone call, a legal appeal and the possessor of the one who acts are no such act", () => {
    expect(types("{Ivo Marek/person} made a call to {Lena Varga/person} on Monday.")).toEqual([]);
    expect(types("An appeal to the supreme court by {Norland} officials was heard on Monday.")).toEqual([]);
    expect(types("An appeal by {Ivo Marek/person}'s brothers went unanswered.")).toEqual([]);
  });
});

describe("events: where a noun's phrase ends", () => {
  it("an -ing form after 'the' and a name is a noun: 'the Varsa bombing' names where, not who", () => {
    expect(types("A man held over the {Varsa} bombing went on trial on Monday.")).toEqual([]);
    expect(types("Pictures of the {Varsa} bus bombing were shown on Monday.")).toEqual([]);
    // A progressive verb stays a verb.
    expect(eventsIn("The {Norland} army is shelling {Estovia} again.")[0]).toMatchObject({ type: "ASSAULT", source: "norland", target: "estovia" });
  });

  it("a noun's target phrase does not run past its clause's verb", () => {
    expect(eventsIn("Relatives of those killed in the {Norland} bombing of {Estovia} were met by Secretary of State {Ivo Marek/person}.")[0]).toMatchObject({ type: "ASSAULT", target: "estovia" });
    expect(types("The {Norland} discussions ran beside a dialogue chaired by the League of {Estovia} Towns.")).toEqual([]);
  });

  it("a conference call is no appeal; a gerund after 'look forward to' is the subject's own planned visit", () => {
    expect(types("{Ivo Marek/person} spoke to investors in a conference call from {Varsa} on Tuesday.")).toEqual([]);
    expect(eventsIn("{Ivo Marek/person} said he looked forward to visiting {Estovia} in spring.")[0]).toMatchObject({ type: "AGREE", source: "ivo-marek", target: "estovia" });
  });
});

describe("events: acts in a time adjunct and measured acts", () => {
  it("an act in a clause after 'after' is no content of the speech act before it (guard)", () => {
    expect(eventsIn("The truce came into force after negotiations between {Ivo Marek/person} and {Lena Varga/person}.")[0]).toMatchObject({ type: "CONSULT", source: "ivo-marek", target: "lena-varga" });
    expect(types("{Norland} agreed to a truce after talks with {Estovia}.")).toEqual(["AGREE", "CONSULT"]);
    // What is agreed to stays the agreement's content.
    expect(types("{Norland} agreed to hold talks with {Estovia}.")).toEqual(["AGREE"]);
  });

  it("a duration or round of an act is the subject's act, unlike another noun's phrase", () => {
    expect(eventsIn("{Solidarnosc/organization} began a third day of protests against {Norland} on Friday.")[0]).toMatchObject({ type: "PROTEST", source: "solidarnosc", target: "norland" });
    expect(types("{Norland} remembered the victims of protests against {Estovia}.")).toEqual([]);
  });
});

describe("events: a demonym before a single envoy or official names its state", () => {
  it("'the Canadian diplomat arrived in Lima' is Canada's visit, when the article names that state", () => {
    const m = withCountry(marked("{Ivo Marek/person} of {Canada@CAN} met officials. The Canadian diplomat arrived in {Lima/place@PER} on Monday."), "Peru", "PER");
    expect(extractEvents(m.doc, m.mentions, m.actors, m.dates).map((r) => [r.type, r.source, r.target])).toContainEqual(["CONSULT", "canada", "peru"]);
  });
});

describe("events: an object group named by its first member", () => {
  it("'visited several countries, including X' visits X; a group of people is not read so", () => {
    expect(eventsIn("{Ivo Marek/person} visited five states, including {Estovia}, in May.")[0]).toMatchObject({ type: "CONSULT", source: "ivo-marek", target: "estovia" });
    expect(types("{Ivo Marek/person} met leaders, including {Lena Varga/person}.")).toEqual([]);
  });
});

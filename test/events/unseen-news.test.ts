import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// General readings added for news nobody tuned on (docs/events.md, "tune3 and recall on unseen
// news"), on sentences written for these tests.
const types = (src: string) => eventsIn(src).map((e) => e.type);

describe("events: unseen news", () => {
  it("a visit or meeting someone is scheduled or due to make is planned (AGREE)", () => {
    expect(types("{Ivo Marek/person} is scheduled to make an official visit to {Norland} next month.")).toEqual(["AGREE"]);
    expect(types("{Ivo Marek/person} is due to meet {Lena Varga/person} in the capital.")).toEqual(["AGREE"]);
    // "due to" as a cause plans nothing.
    expect(types("Due to the storm, {Ivo Marek/person} met {Lena Varga/person} in the capital.")).toEqual(["CONSULT"]);
  });

  it("a meeting cancelled by a verb did not take place", () => {
    expect(types("{Ivo Marek/person} cancelled a meeting between {Norland} and {Estovia} officials.")).not.toContain("CONSULT");
    expect(types("{Norland} called off the talks with {Estovia} on Monday.")).not.toContain("CONSULT");
  });

  it("a person sent somewhere is posted, not given as aid", () => {
    expect(types("{Ivo Marek/person} appointed a new envoy and sent him to {Norland} last week.")).not.toContain("AID");
    expect(types("{Norland} sent troops to {Estovia} last week.")).toContain("AID");
  });

  it("a verb after a hyphenated modifier is a noun", () => {
    expect(types("{Ivo Marek/person} called the four-hour strike on Monday.")).not.toContain("ASSAULT");
    expect(types("{Norland} struck {Estovia} on Monday.")).toContain("ASSAULT");
  });

  it("a name inside a relative clause set off by commas is not the main verb's subject", () => {
    const e = eventsIn("{Ivo Marek/person}, who arrived from neighbouring {Estovia} on Sunday and left on Monday, had talks with {Norland} officials.");
    expect(e[0]).toMatchObject({ type: "CONSULT", source: "ivo-marek" });
  });

  it("denying permission or clearance to an actor is a refusal", () => {
    expect(eventsIn("{Norland} denied flight clearance to {Estovia} on Thursday.")[0]).toMatchObject({ type: "REJECT", source: "norland", target: "estovia" });
  });

  it("a condition closed inside a relative clause does not make the main verb hypothetical", () => {
    expect(types("{Ivo Marek/person}, who has questioned whether {Lena Varga/person} should resign, met {Norland} officials on Monday.")).toContain("CONSULT");
    expect(types("{Ivo Marek/person} asked whether {Norland} would attack {Estovia}.")).not.toContain("ASSAULT");
  });

  it("a second conjunct of common nouns after the name's head leaves the name as the source", () => {
    expect(eventsIn("The {Norland} embassy in {Varsa/place} and several rights organisations denounced {Estovia} on Monday.")[0]).toMatchObject({ type: "ACCUSE", source: "norland" });
    expect(types("The {Norland} government said on Monday and its angry neighbours denounced {Estovia}.")).not.toContain("ACCUSE");
  });

  it("killing is an attack only with a direct object, and a toll after a comma is no new act", () => {
    expect(eventsIn("{Norlandic} security forces killed four rebels on Tuesday.")[0]).toMatchObject({ type: "ASSAULT", source: "norlandic" });
    expect(types("{Norlandic} soldiers killed in the ambush were buried on Friday.")).not.toContain("ASSAULT");
    expect(types("A blast damaged the {Norland} embassy in {Varsa/place}, killing 40 people.")).not.toContain("ASSAULT");
  });

  it("a state's rebels or guerrillas are not the state", () => {
    expect(types("{Norland}'s guerrillas kill two, take three hostage.")).not.toContain("ASSAULT");
    expect(types("{Norland}'s troops killed two rebels.")).toContain("ASSAULT");
  });

  it("concern at an actor's moves is an accusation", () => {
    expect(eventsIn("{Ivo Marek/person} expressed concern at signs of renewed {Norland} interest in the region.")[0]).toMatchObject({ type: "ACCUSE", source: "ivo-marek", target: "norland" });
  });

  it("a relative clause opening on an adverb of frequency still belongs to its antecedent", () => {
    expect(eventsIn("Police chief {Ivo Marek/person}, who has twice visited {Norland} this year, said on Monday he was satisfied.")[0]).toMatchObject({ type: "CONSULT", source: "ivo-marek", target: "norland" });
  });

  it("a sentence closing a quotation opened in an earlier sentence is the speaker's words", () => {
    expect(eventsIn('"The mission wants hundreds of monitors. {Norland} says it can only accept a few dozen," said the diplomat.')).toEqual([]);
    expect(types("{Norland} said it would accept {Estovia}'s offer.")).toContain("AGREE");
  });

  it("a state named as where someone works is not the agent of the participle after it", () => {
    expect(types("{Ivo Marek/person} will continue his work in {Norland} visiting the north on Wednesday.").filter((t) => t === "CONSULT")).toHaveLength(0);
  });

  it("states named as where something happened are not its agents, nor the antecedent of a relative", () => {
    expect(types("The bombings at the embassies in {Norland} and {Estovia} have killed more than 200 people.")).toEqual([]);
    expect(types("Aides assessed the bombings at embassies in {Norland} and {Estovia}, which have killed 200 people.")).toEqual([]);
    expect(eventsIn("Officials of {Norland} and {Estovia} began negotiations on Monday.")[0]).toMatchObject({ type: "CONSULT", source: "norland", target: "estovia" });
  });

  it("a passive killing needs its agent, and a visitor received is hosted", () => {
    expect(types("In addition, 73 {Norlandic} soldiers were killed en route to {Estovia} when two helicopters crashed.")).toEqual([]);
    expect(eventsIn("{Ivo Hass/person} had been killed by a {Green Front/group} unit.")[0]).toMatchObject({ type: "ASSAULT", source: "green-front", target: "ivo-hass" });
    expect(types("{Norland} received the firm assurance of {Estovia} that the loan is safe.")).toEqual([]);
  });

  it("investigators are a state organ, placed like police", () => {
    const e = eventsIn("LIMA 2024-05-02\n\nInvestigators detained {Ana Lopez/civilian} on Monday, the {Peru@PER} interior ministry said.");
    expect(e.map((x) => [x.type, x.source])).toEqual([["COERCE", "peru"]]);
  });

  it("talks between titled people take the people, not the state or body titling them", () => {
    const e = eventsIn("The ceasefire was agreed after talks between {Norland} Assistant Secretary for Border Affairs {Ivo Marek/person} and {Green Front/group} leader {Lena Varga/person}.");
    expect(e[0]).toMatchObject({ type: "CONSULT", source: "ivo-marek", target: "lena-varga" });
  });

  it("a contact noun past an \"and\" has a verb of its own, and \"went into talks\" is a support verb", () => {
    expect(eventsIn("{Ivo Marek/person} arrived on Monday and held talks with {Lena Varga/person}.")[0]).toMatchObject({ type: "CONSULT", source: "ivo-marek", target: "lena-varga" });
    expect(eventsIn("{Ivo Marek/person} flew to the capital and went into talks with {Lena Varga/person}.")[0]).toMatchObject({ type: "CONSULT", source: "ivo-marek", target: "lena-varga" });
  });

  it("a people's demonym right before a protest noun names its state; a demonym further back does not", () => {
    expect(eventsIn("{M:Palestine@PSE} is calm. The visit came against the backdrop of a Palestinian general strike in the north.").map((e) => [e.type, e.source])).toEqual([["PROTEST", "palestine"]]);
    expect(types("Some 1,500 people marched on Sunday, burning Norlandic flags to protest the killings.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Bare state organs whose state a place word gives ("police in <city>", "<city> police", a
// city's dateline), the wider closed class of organ heads, and organs that are not the
// article's state's. Sentences, cities and datelines written for these tests.
const events = triples;

describe("bare organs placed by a city", () => {
  it("a dateline city one state has is that state's, when the article names it", () => {
    expect(events("AREQUIPA 2024-05-02\n\nPolice detained {Ana Lopez/civilian} on Monday, the {Peru@PER} interior ministry said.")).toEqual([["COERCE", "peru", "ana-lopez"]]);
    expect(events("AREQUIPA 2024-05-02\n\nPolice detained {Ana Lopez/civilian} on Monday, {Chile@CHL} said.")).toEqual([["COERCE", null, "ana-lopez"]]);
  });

  it("'police in <city>' is the city's state; troops there may be anyone's", () => {
    expect(events("Police in Mombasa have arrested {Ana Lopez/civilian}, a statement from {Kenya@KEN} said.")).toEqual([["COERCE", "kenya", "ana-lopez"]]);
    expect(events("Troops in Mombasa have arrested {Ana Lopez/civilian}, a statement from {Kenya@KEN} said.")).toEqual([]);
  });

  it("'<city> police' is the city's state", () => {
    expect(events("Heavy rain fell across {Kenya@KEN} on Sunday.\n\nKisumu police have arrested {Ana Lopez/civilian}.")).toEqual([["COERCE", "kenya", "ana-lopez"]]);
  });
});

describe("the closed class of organ heads", () => {
  const home = (s: string) => `NAIROBI 2024-05-02\n\n${s}\n\nHeavy rain fell across {Kenya@KEN} on Sunday.`;
  it("officials and a cabinet act for the dateline's state", () => {
    expect(events(home("Senior officials accused {Chile@CHL} of spying on Monday."))).toEqual([["ACCUSE", "kenya", "chile"]]);
    expect(events(home("The cabinet has rejected {Chile@CHL}'s offer of talks."))).toEqual([["REJECT", "kenya", "chile"]]);
  });

  it("an organ as a trigger's object or a passive's agent is its state too", () => {
    expect(events(home("{Chile@CHL} criticised the government."))).toEqual([["ACCUSE", "chile", "kenya"]]);
    expect(events(home("{Juan Diaz/civilian} was detained by police."))).toEqual([["COERCE", "kenya", "juan-diaz"]]);
    // "Of" and a gerund is what the organ is accused of, not whose organ it is.
    expect(events(home("{Chile@CHL} accused the army of shelling the border."))).toEqual([["ACCUSE", "chile", "kenya"]]);
  });

  it("foreign or rebel soldiers are not the article's state", () => {
    expect(events(home("On Monday, soldiers attacked {Juan Diaz/civilian}."))).toEqual([["ASSAULT", "kenya", "juan-diaz"]]);
    // Whose they are is not said: the row names no source (unnamed-agents.test.ts has their words).
    expect(events(home("On Monday, rebel soldiers attacked {Juan Diaz/civilian}."))).toEqual([["ASSAULT", null, "juan-diaz"]]);
    expect(events(home("On Monday, foreign troops attacked {Juan Diaz/civilian}."))).toEqual([["ASSAULT", null, "juan-diaz"]]);
  });
});

describe("an investigation", () => {
  // PLOVER's ACCUSE takes in investigating someone; the organs that do it are mostly bare ("police are investigating").
  it("is ACCUSE, by the state of a bare organ too", () => {
    expect(events("{Chile@CHL} is investigating {Juan Diaz/person} over the fraud.")).toEqual([["ACCUSE", "chile", "juan-diaz"]]);
    expect(events("NAIROBI 2024-05-02\n\nOn Monday, police were investigating {Juan Diaz/person}, {Kenya@KEN} said.")).toEqual([["ACCUSE", "kenya", "juan-diaz"]]);
  });
});

describe("the state an article is clearly about", () => {
  const story = (others: string) =>
    `Rain fell across {Kenya@KEN} on Sunday. Farmers in {Kenya@KEN} lost crops, and {Kenya@KEN} asked for seed. ${others}\n\nOn Monday, police detained {Ana Lopez/civilian}.`;
  it("is the state of an organ with no other clue", () => {
    expect(events(story("Traders in {Chile@CHL} sent grain."))).toContainEqual(["COERCE", "kenya", "ana-lopez"]);
  });
  it("is no one in a sentence about states at large", () => {
    const text = story("Traders in {Chile@CHL} sent grain.").replace("detained {Ana Lopez/civilian}.", "detained {Ana Lopez/civilian}, as governments often do.");
    expect(events(text)).not.toContainEqual(["COERCE", "kenya", "ana-lopez"]);
  });
  it("is no one when another state is named nearly as often", () => {
    expect(events(story("Traders in {Chile@CHL} and {Chile@CHL} grain markets watched."))).not.toContainEqual(["COERCE", "kenya", "ana-lopez"]);
  });
});

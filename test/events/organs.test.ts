import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Unnamed state organs ("Police detained …") coded as their state, by the gold guide's
// "unnamed officials → their state" rule. Sentences and datelines written for these tests.
const events = triples;

describe("unnamed state organs", () => {
  it("take the dateline's state when the article names that state", () => {
    const text = "LIMA 2024-05-02\n\nPolice detained {Ana Lopez/civilian} on Monday, the {Peru@PER} interior ministry said.";
    expect(events(text)).toEqual([["COERCE", "peru", "ana-lopez"]]);
    // A dateline with its country after the city, and a court with modifiers.
    expect(events("TRUJILLO, Peru (AP) --\n\nA provincial appeals court refused to extradite {Ana Lopez/civilian}, officials in {Peru@PER} said."))
      .toEqual([["REJECT", "peru", "ana-lopez"]]);
  });

  it("take the state just named with the same organ, over the dateline", () => {
    const text = "LIMA 2024-05-02\n\n{Bolivian@BOL} police have arrested {Ana Lopez/civilian}, officials in {Peru@PER} said.\n\nPolice detained {Juan Diaz/civilian} on Monday.";
    expect(events(text)).toEqual([
      ["COERCE", "bolivian", "ana-lopez"],
      ["COERCE", "bolivian", "juan-diaz"],
    ]);
  });

  it("stay unnamed with no dateline, or a dateline state the article does not name", () => {
    // No state is guessed: the act is kept with no source (unnamed-agents.ts).
    expect(events("Police detained {Ana Lopez/civilian} on Monday, {Chile} said.")).toEqual([["COERCE", null, "ana-lopez"]]);
    expect(events("LIMA 2024-05-02\n\nPolice detained {Ana Lopez/civilian} on Monday, {Chile} said.")).toEqual([["COERCE", null, "ana-lopez"]]);
  });

  it("with neither, take the one state the sentence sets things in, also after a subordinating 'after'", () => {
    expect(events("Ana Lopez will stay in {Chile} for a month even after a federal court Monday refused to extradite her."))
      .toEqual([["REJECT", "chile", null]]);
    // Two states, or a state not named as a location: no guess.
    expect(events("Ana Lopez will travel in {Chile} and {Peru} after a federal court refused to extradite her.")).toEqual([["REJECT", null, null]]);
    expect(events("{Chile} asked for Ana Lopez after a federal court refused to extradite her.")).toEqual([["REQUEST", "chile", null], ["REJECT", null, null]]);
  });

  it("an organ word modifying a noun, owned by a name, or followed by 'of' names no organ of the home state", () => {
    expect(events("LIMA 2024-05-02\n\nGovernment radio criticised {Chile} on Monday, {Peru@PER} officials said.")).toEqual([]);
    // "The army of Chile" is Chile's, not the dateline's.
    expect(events("LIMA 2024-05-02\n\nThe army of {Chile} detained {Ana Lopez/civilian} in {Peru@PER}.")).toEqual([["COERCE", "chile", "ana-lopez"]]);
  });

  it("a subject ending or breaking up an act is not its agent", () => {
    expect(events("LIMA 2024-05-02\n\nPolice broke up the protest on Monday, officials in {Peru@PER} said.")).toEqual([]);
    expect(events("{Chile} dispersed a protest on Tuesday.")).toEqual([]);
    expect(events("{Chile} staged a protest on Tuesday.")).toEqual([["PROTEST", "chile", null]]);
  });

  it("a denied exclusion is a hedge, not a refusal", () => {
    expect(events("{Chile} has not ruled out an attack on the capital.")).toEqual([]);
    expect(events("{Chile} ruled out talks with {Peru}.")).toEqual([["REJECT", "chile", "peru"]]);
  });

  it("an agentless arrest is the reporting police's state's", () => {
    const text = "LIMA 2024-05-02\n\nA {Peru@PER} court heard the case.\n\n{Ana Lopez/civilian} was arrested late on Monday, police said.";
    expect(events(text)).toEqual([["COERCE", "peru", "ana-lopez"]]);
    // An agent after "by", or a named state's police, is not the bare organ's.
    expect(events("LIMA 2024-05-02\n\nA {Peru@PER} court heard the case.\n\n{Ana Lopez/civilian} was arrested by {Chile} on Monday, police said.")).toEqual([["COERCE", "chile", "ana-lopez"]]);
    expect(events("{Ana Lopez/civilian} was arrested on Monday, police said.")).toEqual([]);
  });
});


import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Words that say no act between actors took place, on sentences written for these tests.
const run = eventsIn;
const types = (src: string) => run(src).map((e) => e.type);

describe("events: acts called off or with no counterpart", () => {
  it("talks that were cancelled or postponed are no talks", () => {
    expect(types("Shares rose after the cancellation of \"open market\" talks between {Norland} and {Sudovia} on Friday.")).not.toContain("CONSULT");
    expect(types("Traders cited the postponement of the planned negotiations between {Norland} and {Sudovia}.")).not.toContain("CONSULT");
    // The same talks, held, stay.
    expect(types("Shares rose after talks between {Norland} and {Sudovia} on Friday.")).toContain("CONSULT");
  });

  it("a party's own rallies protest against no one", () => {
    expect(types("The square is where {Orlen Vask/person} held his party rallies in the 1950s.")).not.toContain("PROTEST");
    expect(types("The {Green Front/group} staged a rally against {Norland} on Sunday.")).toContain("PROTEST");
  });

  it("a scheduled meeting among one side's own members is no contact", () => {
    expect(run("{Norland} ministers will meet in {Varsa/place} on Wednesday to discuss what to do, he added.")).toEqual([]);
    expect(types("{Norland} will meet {Sudovia} on Wednesday.")).toContain("AGREE");
  });

  it("an offer to meet stands without a counterpart", () => {
    expect(types("{Jon Marek/person} said he is ready to meet in any format.")).toContain("AGREE");
  });

  it("working with its own unnamed police is no cooperation between actors", () => {
    expect(types("The {Interior Ministry/organization} said it was cooperating closely with police in two provinces.")).not.toContain("COOPERATE");
    expect(types("{Norland} is cooperating closely with {Sudovia} on border checks.")).toContain("COOPERATE");
  });

  it("an evaluation of what should happen is no act", () => {
    expect(run("{Norland} said the time was right to engage in political talks with {Sudovia}.")).toEqual([]);
    expect(run("{Ada Brun/person} said it was time for {Norland} to attack {Sudovia}.")).toEqual([]);
  });

  it("a state raising protests accuses, it does not demonstrate", () => {
    expect(types("{Norland} raised indignant protests after {Sudovia} ministers visited a shrine.")).toEqual(["ACCUSE"]);
  });
});

describe("events: a protest verb with a direct object is another sense", () => {
  it("'demonstrated its support' shows, 'demonstrated against' protests", () => {
    const protests = (src: string) => types(src).filter((t) => t === "PROTEST");
    expect(protests("{Norland} held a parade to demonstrate its support for the new port.")).toEqual([]);
    expect(protests("The trip by {Ada Brun/person} was meant to demonstrate {Norland}'s resolve.")).toEqual([]);
    expect(types("{Sudovian students/group} demonstrated against {Norland} on Friday.")).toEqual(["PROTEST"]);
    expect(types("{Sudovian students/group} demonstrated peacefully outside the embassy of {Norland}.")).toEqual(["PROTEST"]);
  });
});

describe("events: trade is not aid nor a political offer", () => {
  it("a share or a product supplied or offered; money and troops to a state stay aid", () => {
    expect(types("{Eastwire/organization} provides an electronic financial information network.")).toEqual([]);
    expect(types("{Eastwire/organization} is offering a one-time retirement bonus equal to six months of pay.")).toEqual([]);
    expect(types("{Eastwire/organization} said it will offer 15% of the drilling business to investors.")).toEqual([]);
    expect(types("{Norland} will provide $50 million to {Sudovia} for flood relief.")).toEqual(["AGREE"]);
    expect(types("{Norland} provided troops and fuel to {Sudovia}.")).toEqual(["AID"]);
  });
});

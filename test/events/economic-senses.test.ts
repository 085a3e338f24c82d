import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Words of political acts in their senses of trade and finance, and in senses that tell no act
// between actors (economy.ts, senses.ts); each on sentences written for these tests.
const types = (src: string) => eventsIn(src).map((e) => e.type);

describe("events: trade and finance are no political acts", () => {
  it("quotes, bids and tenders of a market are trade", () => {
    expect(types("{Norland} traders offered cargoes at $210 fob {Varsa} on Monday.")).toEqual([]);
    expect(types("The {Norland} central bank accepted bids worth 3 billion crowns at its tender.")).toEqual([]);
    expect(types("{Norland} invited offers for 30,000 tonnes of rice.")).toEqual([]);
    // An offer of talks stays an offer.
    expect(types("{Norland} offered {Estovia} talks on Monday.")).toEqual(["AGREE"]);
  });

  it("demand and supply as market quantities, money withdrawn and loans sanctioned are no acts", () => {
    expect(types("{Ivo Marek/person} said consumer demand rose in {Norland}.")).toEqual([]);
    expect(types("{Norland}'s money supply grew quickly last year.")).toEqual([]);
    expect(types("Trucks on the {Norland} supply route to {Estovia} were late.")).toEqual([]);
    expect(types("{Ivo Marek/person} would withdraw money from {Norland} banks.")).toEqual([]);
    expect(types("The {Norland} lender sanctioned a $20 mln credit for {Estovia}.")).toEqual([]);
    // A demand made and troops withdrawn stay acts.
    expect(types("{Norland} demanded an apology from {Estovia}.")).toEqual(["REQUEST"]);
    expect(types("{Norland} withdrew its troops from {Estovia}.")).toEqual(["RETREAT"]);
  });
});

describe("events: senses that tell no act between actors", () => {
  it("joining someone in an act is that act, not joining them", () => {
    expect(eventsIn("{Norland} joined {Estovia} in praising the court's ruling.").map((e) => e.trigger)).not.toContain("joined");
    expect(types("{Norland} joined {Varsa Pact/organization} in April.")).toEqual(["SUPPORT"]);
  });

  it("people sent back are returned, not given as aid", () => {
    expect(types("{Norland} detained the migrants and sent them back to {Estovia}.")).not.toContain("AID");
  });

  it("destroying one's own weapons is no attack; an act stopped is not told as done", () => {
    expect(types("{Norland} said it had destroyed its chemical weapons under the treaty.")).toEqual([]);
    expect(types("{Norland} has stopped providing {Estovia} with loans.")).toEqual([]);
    expect(types("{Norland} destroyed {Estovia}'s missiles on Monday.")).toEqual(["ASSAULT"]);
  });
});

describe("events: people sent and acronyms", () => {
  it("a person sent to jail or an envoy sent is no aid; troops sent are", () => {
    // Sent to prison, the person is jailed, as "sentenced to ten years" is read (COERCE), never aided.
    expect(types("A {Norland} judge sent the {Estovia} reporter to prison.")).toEqual(["COERCE"]);
    expect(types("{Norland} sent two officials to see {Ivo Marek/person} in prison.")).toEqual([]);
    expect(types("{Norland} sent troops to {Estovia} on Monday.")).toEqual(["AID"]);
  });

  it("a trigger's word in capitals inside a sentence in lower case is an acronym", () => {
    expect(types("{Ivo Marek/person} of {Norland} works on AIDS research.")).toEqual([]);
    expect(types("{Norland} gave aid to {Estovia}.")).toEqual(["AID"]);
  });
});

describe("events: support given to an actor", () => {
  it("praise, welcome, support and endorsement need an actor (or a pronoun for one) on the receiving end", () => {
    expect(types("{Norland} officials praised the weather at the fair.")).toEqual([]);
    expect(types("{Ivo Marek/person} welcomed the trade data on Friday.")).toEqual([]);
    expect(types("The {Norland} ministry, which supported the new law, lost the vote.")).toEqual([]);
    expect(eventsIn("{Ivo Marek/person} welcomed {Estovia}'s decision.")[0]).toMatchObject({ type: "SUPPORT", target: "estovia" });
    expect(types("{Ivo Marek/person} said {Lena Varga/person} supported him during the campaign.")).toEqual(["SUPPORT"]);
  });
});

describe("events: company deals are trade", () => {
  it("agreeing to buy or sell a business, shares or a stake, or for a price, is no political agreement", () => {
    expect(types("{Acme/organization} agreed to sell two hotel businesses to {Borex/organization} for $45 million.")).toEqual([]);
    expect(types("{Acme/organization} agreed to buy the remaining shares in {Borex/organization}.")).toEqual([]);
    expect(types("{Acme/organization} and {Borex/organization} reached an agreement on the acquisition of a rival bank.")).toEqual([]);
    // A state's agreement stays one.
    expect(types("{Norland} agreed to a ceasefire with {Estovia} on Monday.")).toEqual(["AGREE"]);
  });
});

describe("events: a sentence about a game in a story that is not a match report", () => {
  it("clubs meeting in a round, a player joining up front are no political acts", () => {
    expect(types("{Rovers/organization} meet {Athletic/organization} in the second-round tie on Sunday.")).toEqual([]);
    expect(types("{Ivo Marek/person} joins {Rovers/organization} to play up front.")).toEqual([]);
    // Talks in a second round stay talks.
    expect(types("{Norland} held a second round of talks with {Estovia} on Monday.")).toEqual(["CONSULT"]);
  });
});

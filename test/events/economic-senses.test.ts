import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// Words of political acts in their senses of trade and finance, and in senses that tell no act
// between actors (economy.ts, senses.ts); each on sentences written for these tests.
const types = (src: string) => eventsIn(src).map((e) => e.type);

describe("events: trade and finance are no political acts", () => {
  it("quotes, bids and tenders of a market are trade", () => {
    expect(types("{Norland} traders offered cargoes at $210 fob {Varsa} on Monday.")).toEqual([]);
    expect(types("The {Norland} central bank accepted bids for 12.5 billion crowns.")).toEqual([]);
    expect(types("{Norland} invited offers to supply 30,000 tonnes of wheat.")).toEqual([]);
    // An offer of talks stays an offer.
    expect(types("{Norland} offered {Estovia} talks on Monday.")).toEqual(["AGREE"]);
  });

  it("demand and supply as market quantities, money withdrawn and loans sanctioned are no acts", () => {
    expect(types("{Ivo Marek/person} said consumer demand rose in {Norland}.")).toEqual([]);
    expect(types("{Norland}'s money supply rose 2 percent in May.")).toEqual([]);
    expect(types("{Norland} wants to shut the oil supply route to {Estovia}.")).toEqual([]);
    expect(types("{Ivo Marek/person} tried to withdraw cash from {Norland} accounts.")).toEqual([]);
    expect(types("A {Norland} bank sanctions $5 mln loan to {Estovia}.")).toEqual([]);
    // A demand made and troops withdrawn stay acts.
    expect(types("{Norland} demanded an apology from {Estovia}.")).toEqual(["REQUEST"]);
    expect(types("{Norland} withdrew its troops from {Estovia}.")).toEqual(["RETREAT"]);
  });
});

describe("events: senses that tell no act between actors", () => {
  it("joining someone in an act is that act, not joining them", () => {
    expect(eventsIn("{Norland} joined {Estovia} on Monday in welcoming the treaty.").map((e) => e.trigger)).not.toContain("joined");
    expect(types("{Norland} joined {Varsa Pact/organization} in April.")).toEqual(["SUPPORT"]);
  });

  it("people sent back are returned, not given as aid", () => {
    expect(types("{Norland} police catch migrants from {Estovia} and send them back.")).toEqual([]);
  });

  it("destroying one's own weapons is no attack; an act stopped is not told as done", () => {
    expect(types("Inspectors verified that {Norland} has destroyed its long-range missiles.")).toEqual([]);
    expect(types("The {Norland} government stopped providing {Estovia} with fuel.")).toEqual([]);
    expect(types("{Norland} destroyed {Estovia}'s missiles on Monday.")).toEqual(["ASSAULT"]);
  });
});

describe("events: people sent and acronyms", () => {
  it("a person sent to jail or an envoy sent is no aid; troops sent are", () => {
    expect(types("The {Norland} court sent the {Estovia} activist to jail on Monday.")).toEqual([]);
    expect(types("{Norland} sent an embassy official to talk to {Ivo Marek/person}.")).toEqual([]);
    expect(types("{Norland} sent troops to {Estovia} on Monday.")).toEqual(["AID"]);
  });

  it("a trigger's word in capitals inside a sentence in lower case is an acronym", () => {
    expect(types("{Ivo Marek/person} of {Norland} died from AIDS last year.")).toEqual([]);
    expect(types("{Norland} gave aid to {Estovia}.")).toEqual(["AID"]);
  });
});

describe("events: support given to an actor", () => {
  it("praise, welcome, support and endorsement need an actor (or a pronoun for one) on the receiving end", () => {
    expect(types("{Norland} police praised the crowds over the two days.")).toEqual([]);
    expect(types("{Ivo Marek/person} welcomed the job figures on Friday.")).toEqual([]);
    expect(types("The {Norland} ministry, which supported the statute, was criticised.")).toEqual([]);
    expect(eventsIn("{Ivo Marek/person} welcomed {Estovia}'s decision.")[0]).toMatchObject({ type: "SUPPORT", target: "estovia" });
    expect(types("{Lena Varga/person} is a friend of {Ivo Marek/person} and supported him in the election.")).toEqual(["SUPPORT"]);
  });
});

describe("events: company deals are trade", () => {
  it("agreeing to buy or sell a business, shares or a stake, or for a price, is no political agreement", () => {
    expect(types("{Acme/organization} agreed to sell three food businesses to {Borex/organization} for $370 million.")).toEqual([]);
    expect(types("{Acme/organization} agreed to buy all of the publicly held shares of {Borex/organization}.")).toEqual([]);
    expect(types("{Acme/organization} and {Borex/organization} reached an agreement for the acquisition of a rival.")).toEqual([]);
    // A state's agreement stays one.
    expect(types("{Norland} agreed to a ceasefire with {Estovia} on Monday.")).toEqual(["AGREE"]);
  });
});

describe("events: a sentence about a game in a story that is not a match report", () => {
  it("clubs meeting in a round, a player joining up front are no political acts", () => {
    expect(types("{Rovers/organization} meet {United/organization} in the second-round tie on Sunday.")).toEqual([]);
    expect(types("{Ivo Marek/person} of {Rovers/organization} joins {Lena Varga/person} up front.")).toEqual([]);
    // Talks in a second round stay talks.
    expect(types("{Norland} held a second round of talks with {Estovia} on Monday.")).toEqual(["CONSULT"]);
  });
});

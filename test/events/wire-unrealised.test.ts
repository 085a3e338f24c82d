import { describe, expect, it } from "vitest";
import { eventsIn, triples } from "./helpers.js";

// Acts political wire news names without telling them: a condition ("as long as"), a kind of act
// ("any attack", "no talks"), an allegation ("allegedly"); talks prepared for are planned; a
// promise of a step at home is no act between actors. Sentences written for these tests.

describe("an act named but not told", () => {
  it("is none under 'as long as', after 'any' or 'no', or when alleged", () => {
    expect(triples("{Lia Brandt/person} said he would not declare independence as long as {Estovia} did not attack the island.")).toEqual([]);
    expect(triples("{Norland} would not allow its territory to be used for any attack on {Estovia}.")).toEqual([]);
    expect(triples("There were no talks between {Norland} and {Estovia}.")).toEqual([]);
    expect(triples("{Norland} expelled {Orvel Dane/person} for allegedly taking part in an opposition rally.").map((r) => r[0])).not.toContain("PROTEST");
  });

  it("while an attack or talks told stay", () => {
    expect(triples("{Norland} launched an attack on {Estovia}.")).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(triples("{Norland} held talks with {Estovia}.")).toEqual([["CONSULT", "norland", "estovia"]]);
  });
});

describe("talks prepared for", () => {
  it("are planned", () => {
    const rows = eventsIn("The defection came as {Norland} prepared for talks with {Estovia} on a peace treaty.");
    expect(rows.map((e) => [e.type, e.source, e.target])).toEqual([["AGREE", "norland", "estovia"]]);
  });
});

describe("a promise of a step at home", () => {
  it("is no act between actors", () => {
    expect(triples("{Lia Brandt/person} said he would not step down but promised new elections.")).toEqual([]);
    expect(triples("{Norland} has promised to crack down on kidnappers.")).toEqual([]);
    expect(triples("{Norland} promised to restore order.")).toEqual([]);
  });

  it("while promises to another actor stay", () => {
    expect(triples("{Norland} promised new aid to {Estovia}.")).toEqual([["AGREE", "norland", "estovia"]]);
    // a promised crackdown on an actor is that crackdown, planned, as an agreed embargo is a sanction
    expect(triples("{Norland} promised to crack down on {Kelmar Front/group} rebels.")).toEqual([["COERCE", "norland", "kelmar-front"]]);
  });
});

describe("an abbreviation inside a gapped phrase", () => {
  it("does not end the phrase", () => {
    expect(triples("{Norland} expelled a V.R. diplomat on Thursday.")).toEqual([["SANCTION", "norland", null]]);
    expect(triples("{Norland} imposed V.R. sanctions on {Estovia}.")).toEqual([["SANCTION", "norland", "estovia"]]);
  });
});

import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Acts political wire news tells in words of its own: missiles launched, troops sent into a
// state, ties frozen or suspended, envoys and monitors ordered out, a treaty initialled, a vow of
// revenge; and captives freed from someone else's hands, a rescue. Sentences written for these tests.

describe("acts of force and of breaking off", () => {
  it("are read from their wire phrasing", () => {
    expect(triples("The {Norland} navy launched cruise missiles at targets in {Estovia}.")).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(triples("{Norland} sent 35,000 troops into northern {Estovia} on Monday to hunt rebels.")).toEqual([["ASSAULT", "norland", "estovia"]]);
    expect(triples("{Norland} suspended military ties with {Estovia} last week.")).toEqual([["SANCTION", "norland", "estovia"]]);
    expect(triples("{Norland} suspended arms deliveries to {Estovia}.")).toEqual([["SANCTION", "norland", "estovia"]]);
    expect(triples("{Norland} froze bilateral contacts with {Estovia} on Friday.")).toEqual([["SANCTION", "norland", "estovia"]]);
    expect(triples("{Norland} vowed to retaliate against {Estovia}.")).toEqual([["THREATEN", "norland", "estovia"]]);
  });

  it("with envoys and monitors ordered out, one's own troops not", () => {
    expect(triples("{Norland} ordered two {Estovia}n diplomats to leave the country.")).toEqual([["SANCTION", "norland", "estovia"]]);
    expect(triples("{Norland} ordered {Estovia}n monitors to leave the country on Monday.")).toEqual([["COERCE", "norland", "estovia"]]);
    expect(triples("{Norland} ordered its troops to leave {Estovia}.")).toEqual([]);
    expect(triples("{Norland} ordered residents to leave their homes.")).toEqual([]);
  });

  it("while aid sent to a state, or convoys sent into one, are no incursion", () => {
    expect(triples("{Norland} sent troops to {Estovia}.")).toEqual([["AID", "norland", "estovia"]]);
    expect(triples("{Norland} sent aid convoys into {Estovia}.")).toEqual([]);
  });

  it("a treaty initialled is signed", () => {
    expect(triples("{Norland} initialled a border treaty with {Estovia} on Tuesday.")).toEqual([["SUPPORT", "norland", "estovia"]]);
  });
});

describe("captives freed", () => {
  it("from another's hands are rescued, no concession", () => {
    expect(triples("{Norland}n commandos stormed the {Estovia}n envoy's residence and freed 71 hostages held by rebels.").map((r) => r[0])).toEqual(["ASSAULT"]);
  });

  it("by their own holder are released", () => {
    expect(triples("{Norland} released {Estovia}n fishermen held by its navy.")).toEqual([["CONCEDE", "norland", "estovia"]]);
    expect(triples("{Norland} freed 71 {Estovia}n prisoners on Monday.")).toEqual([["CONCEDE", "norland", "estovia"]]);
  });
});

describe("a state's factions and partners", () => {
  it("are not the state", () => {
    expect(triples("{Norland}'s warring factions agreed on Tuesday to a new cease-fire.")).toEqual([]);
    expect(triples("{Norland}'s 14 partners froze bilateral contacts with {Estovia} on Friday.")).toEqual([]);
  });

  it("while the state with its allies, or its police detaining a dissident, still act", () => {
    expect(triples("{Norland}'s government and its allies imposed sanctions on {Estovia}.")).toEqual([["SANCTION", "norland", "estovia"]]);
    expect(triples("{Norland}n police have detained dissident {Lia Brandt/person}.")).toEqual([["COERCE", "norland", "lia-brandt"]]);
  });
});

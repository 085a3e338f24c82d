import { describe, expect, it } from "vitest";
import { eventsIn, triples } from "./helpers.js";

// Forms of political wire news read for their stance: a state's own protest, a warning of force,
// a meeting welcomed, a protest commented on, a decision to do harm. Sentences written for these tests.


describe("a state's protest", () => {
  it("is a complaint when the state or an official protests in its own name", () => {
    expect(triples("{Norland} protested against the violation of its airspace.")).toEqual([["ACCUSE", "norland", null]]);
    expect(triples("{Norland} has protested against a dam built by an {Estovia}n firm.").map((r) => r[0])).toEqual(["ACCUSE"]);
    expect(triples("Foreign Minister {Lia Brandt/person} protested against {Estovia}'s decision.")).toEqual([["ACCUSE", "lia-brandt", "estovia"]]);
    expect(triples("{Norland} summoned the {Estovia} envoy to protest.").map((r) => r[0])).toEqual(["ACCUSE"]);
  });

  it("while crowds, a state's people and a strike's purpose still protest", () => {
    expect(triples("{Norland}'s farmers protested against {Estovia}.").map((r) => r[0])).toEqual(["PROTEST"]);
    expect(triples("{Norland} students protested to demand the release of {Lia Brandt/person}.").map((r) => r[0])).toEqual(["PROTEST"]);
    expect(triples("{Norland} called a strike to protest against {Estovia}'s policy.").map((r) => r[0])).toEqual(["PROTEST"]);
  });
});

describe("a warning", () => {
  it("is a threat when it tells the warner's force, a penalty or an ultimatum", () => {
    expect(triples("{Norland} warned on Wednesday that it would intervene if {Estovia}n rebels kept up their attack.").map((r) => r[0])).toEqual(["THREATEN"]);
    expect(triples("{Norland} warned {Estovia} it would face serious consequences if the offensive went on.")).toEqual([["THREATEN", "norland", "estovia"]]);
    expect(triples("{Norland} warned villagers on Tuesday to leave the valley by Saturday or be killed.").map((r) => r[0])).toEqual(["THREATEN"]);
  });

  it("stays a warning when it foretells another's act or a danger", () => {
    expect(triples("{Norland} warned that {Estovia} would attack the valley.").map((r) => r[0])).toEqual(["ACCUSE"]);
    expect(triples("{Norland} warned {Estovia} that its policy could lead to war.").map((r) => r[0])).toEqual(["ACCUSE"]);
    expect(triples("{Norland} warned {Estovia} against further moves.").map((r) => r[0])).toEqual(["ACCUSE"]);
  });
});

describe("a meeting or a protest named as a stance's object or a topic", () => {
  it("is no act of the speaker's", () => {
    expect(triples("{Norland} and {Sudovia} welcomed the summit.")).toEqual([]);
    expect(triples("{Norland} welcomed the talks between {Estovia} and {Sudovia}.").map((r) => r[0])).toEqual(["SUPPORT"]);
    expect(triples("President {Lia Brandt/person} has not commented on the protests.")).toEqual([]);
  });

  it("while talks held and a stance with a target stay", () => {
    expect(triples("{Norland} held talks with {Estovia}.")).toEqual([["CONSULT", "norland", "estovia"]]);
    expect(triples("{Norland} welcomed the agreement with {Estovia}.")).toEqual([["SUPPORT", "norland", "estovia"]]);
  });
});

describe("joining in an act", () => {
  it("is that act, not a membership", () => {
    expect(triples("{Norland} opposed sanctions but joined in condemning the violence.")).toEqual([]);
    expect(triples("{Norland} joined in condemning {Estovia}.")).toEqual([["ACCUSE", "norland", "estovia"]]);
  });
});

describe("an envoy withdrawn or recalled", () => {
  it("is a recall, in the plural too", () => {
    expect(triples("{Norland} withdrew its high commissioner from {Estovia}.")).toEqual([["SANCTION", "norland", "estovia"]]);
    expect(triples("{Norland} recalled its ambassadors from {Estovia} and {Sudovia}.").map((r) => r[0])).toEqual(["SANCTION"]);
    expect(triples("{Norland} withdrew its troops from {Estovia}.")).toEqual([["RETREAT", "norland", "estovia"]]);
  });
});

describe("an agreement or a decision to do harm", () => {
  it("is the harm, planned", () => {
    const rows = eventsIn("The {Dravnik Group/organization} agreed to impose an arms embargo on {Estovia}.");
    expect(rows.map((e) => [e.type, e.source, e.target])).toEqual([["SANCTION", "dravnik-group", "estovia"]]);
    expect(rows[0]!.mode).toMatch(/planned/);
    expect(triples("{Norland} decided to expel two {Estovia}n diplomats.").map((r) => r[0])).toEqual(["SANCTION"]);
  });

  it("while agreeing to talk stays an agreement", () => {
    expect(triples("{Norland} agreed to hold talks with {Estovia}.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});


import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { marked, triples, type Marked } from "./helpers.js";

// Which names are the sides of an act: a sentence's credit closing a list of parties, a reason told
// after a participle of speech, a stance adjective before a name after a preposition, a name set
// after a place noun, two subjects answering a third party's request. Sentences written for these tests.

const withModes = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target, e.mode]);

describe("a credit after a list of parties", () => {
  it("is not one more party", () => {
    expect(withModes(marked("An envoy flew in to end a deadlock in talks between {Estovia} and {Norland}, the {Harbour Courier/organization} reported on Friday."))).toEqual([
      ["CONSULT", "estovia", "norland", "talks"],
    ]);
  });

  it("while a third member of the list still is", () => {
    expect(withModes(marked("Talks between {Estovia}, {Norland} and {Sudovia} ended on Friday, officials said."))).toEqual([
      ["CONSULT", "estovia", "norland", "talks, with Sudovia"],
    ]);
  });
});

describe("a participle clause of speech", () => {
  it("holds no counterpart of the act's preposition", () => {
    expect(triples("Envoys of {Norland} filed objections to the tariff, claiming {Lakeside Council/organization} rules forbade it.")).toEqual([["ACCUSE", "norland", null]]);
  });

  it("while the preposition's own name still is the target", () => {
    expect(triples("{Norland} filed a protest with {Estovia}, saying the border had been crossed.")).toEqual([["ACCUSE", "norland", "estovia"]]);
  });
});

describe("a stance adjective after a preposition", () => {
  it("leaves the name in the phrase, as a bare name is", () => {
    expect(triples("Dozens of rebels who broke away from the anti-Velo {Velo Front/organization} ({VF/organization}) and allied themselves with {Norland} now patrol the hills.")).toEqual([["COOPERATE", null, "norland"]]);
    expect(triples("Fighters from the pro-Velo {Velo Front/organization} attacked {Norland}'s army.")).toEqual(triples("Fighters from the {Velo Front/organization} attacked {Norland}'s army."));
  });
});

describe("a name after a place noun of a locative phrase", () => {
  it("is where the act happened, not its doer", () => {
    expect(triples("Gang fighting and a spate of arson in the capital {Velo@EST} over the winter killed 30 people.")).toEqual([]);
  });
});

describe("two subjects agreeing to a third party's request", () => {
  it("are no counterparts of each other", () => {
    expect(withModes(marked("{Norland} and {Estovia} agreed on Friday to the mediator's proposal of a ceasefire line."))).toEqual([["AGREE", "norland", null, "agreement, with Estovia"]]);
    expect(triples("{Norland} and {Estovia} agreed to {Sudovia}'s proposal.")).toEqual([["AGREE", "norland", "sudovia"]]);
  });

  it("while a truce or each other's terms keep the pair", () => {
    expect(triples("{Norland} and {Estovia} agreed to a truce.")).toEqual([["AGREE", "norland", "estovia"]]);
    expect(triples("{Norland} and {Estovia} agreed to each other's demands.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});

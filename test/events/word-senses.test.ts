import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Senses of act words that tell no act between actors. Sentences written for these tests.
const types = (source: string) => triples(source).map((r) => r[0]);

describe("act words in senses that tell no act", () => {
  it("a warning about a trend or a mood is no accusation; one about an actor is", () => {
    expect(triples("{Ivo Tamm/person} warned ministers of a rise in car thefts.")).toEqual([]);
    expect(triples("The {Parvia} government gave a cautious reply on Monday, warning against complacency.")).toEqual([]);
    expect(types("{S:Norland} warned {T:Estovia} against any incursion into its waters.")).toEqual(["ACCUSE"]);
  });

  it("'threatening' before a manner noun is an adjective", () => {
    expect(triples("The {Parvia Network/organization} said the page broke its rules on threatening language.")).toEqual([]);
    expect(types("{S:Norland} is threatening {T:Estovia} with sanctions.")).toEqual(["THREATEN"]);
  });

  it("a pledge to oppose is no cooperative pledge; a pledge of help is", () => {
    expect(triples("{Norland} has pledged to resist the new tariff.")).toEqual([]);
    expect(types("{S:Norland} pledged to send aid to {T:Estovia}.")).toEqual(["AGREE"]);
  });

  it("'accept' with no object, and a retreat from the world", () => {
    expect(triples("{Ivo Tamm/person} won the party vote and will accept at the convention.")).toEqual([]);
    expect(triples("{Ivo Tamm/person} said he would retreat from public life after the vote.")).toEqual([]);
  });

  it("a gerund modifying a noun is no act", () => {
    expect(triples("The {Norland Interior Ministry/organization} sent police and bombing experts to {Estovia}.").filter((r) => r[0] === "ASSAULT")).toEqual([]);
  });
});

describe("acts named as a backdrop, a rule or goods", () => {
  it("a rule that 'calls for' stipulates; a state that calls for asks", () => {
    expect(triples("The {Parvia Election Board/organization} applied the rule that calls for a recount in close races.")).toEqual([]);
    expect(types("{S:Norland} called for {T:Estovia} to withdraw its troops.")).toEqual(["REQUEST"]);
  });

  it("sanctions named as a backdrop, and goods traded, are no acts", () => {
    expect(triples("Fuel still reaches {Estovia} by sea despite the {Norland Union/organization}-imposed sanctions.")).toEqual([]);
    expect(triples("{Estovia} halted exports of grain and imports of medical supplies last year.")).toEqual([]);
  });
});

describe("a claim nothing supports", () => {
  it("'there is no information that X was coerced by Y' tells no coercion", () => {
    expect(triples("Inspectors found no evidence that the {Norland} government had coerced the witnesses, {Ana Ruiz/person} said.")).toEqual([]);
    expect(types("Officials found little sign that {Norland} had attacked the convoy.")).toEqual([]);
  });
});

describe("a document asked for, an opinion joined, a quotation opened by ''", () => {
  it("asking for a list or report is no request to an actor; asking a state is", () => {
    expect(triples("{Ivo Tamm/person} also asked for a report on the costs of the new border posts.")).toEqual([]);
    expect(types("{S:Norland} asked {T:Estovia} to release the prisoners.")).toEqual(["REQUEST"]);
  });

  it("a judge joining an opinion is no support between actors", () => {
    expect(triples("The most striking opinion was written by Justice {Ivo Tamm/person} and joined by Chief Justice {Ana Ruiz/person}.")).toEqual([]);
    expect(types("{S:Norland} joined {T:Parvia Alliance/organization} on Friday.")).toEqual(["SUPPORT"]);
  });

  it("a sentence opening on '' is a quotation", () => {
    expect(triples("''Some think the {Norland} government might send soldiers in,'' said a farmer.")).toEqual([]);
  });
});

describe("words sent to someone", () => {
  it("a proposal sent to a body, its recipient named first, is no aid", () => {
    expect(triples("{Norland} has sent to the {Estovia} finance ministry a proposal on its loans.").filter((r) => r[0] === "AID")).toEqual([]);
    expect(types("{S:Norland} sent troops and tanks to {T:Estovia}.")).toEqual(["AID"]);
  });
});

import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Senses of act words that tell no act between actors. Sentences written for these tests.
const types = (source: string) => triples(source).map((r) => r[0]);

describe("act words in senses that tell no act", () => {
  it("a warning about a trend or a mood is no accusation; one about an actor is", () => {
    expect(triples("Interior Minister {Ivo Tamm/person} warns cabinet of increase in organised crime.")).toEqual([]);
    expect(triples("In Parvia the {Parvia} government gave a guarded response, warning against ``excessive optimism''.")).toEqual([]);
    expect(types("{S:Norland} warned {T:Estovia} against any incursion into its waters.")).toEqual(["ACCUSE"]);
  });

  it("'threatening' before a manner noun is an adjective", () => {
    expect(triples("The {Parvia Network/organization} said the site broke its policy on ``threatening and harassing language''.")).toEqual([]);
    expect(types("{S:Norland} is threatening {T:Estovia} with sanctions.")).toEqual(["THREATEN"]);
  });

  it("a pledge to oppose is no cooperative pledge; a pledge of help is", () => {
    expect(triples("{Norland} has also pledged to oppose any forwarding of the draft treaty.")).toEqual([]);
    expect(types("{S:Norland} pledged to send aid to {T:Estovia}.")).toEqual(["AGREE"]);
  });

  it("'accept' with no object, and a retreat from the world", () => {
    expect(triples("{Ivo Tamm/person} won the nomination and will accept in a speech on Thursday.")).toEqual([]);
    expect(triples("{Ivo Tamm/person} said {Norland} will not retreat from the world because of the attacks.")).toEqual([]);
  });

  it("a gerund modifying a noun is no act", () => {
    expect(triples("The {Norland Interior Ministry/organization} also dispatched dozens of agents and bombing and evidence specialists to {Estovia}.").filter((r) => r[0] === "ASSAULT")).toEqual([]);
  });
});

describe("acts named as a backdrop, a rule or goods", () => {
  it("a rule that 'calls for' stipulates; a state that calls for asks", () => {
    expect(triples("The {Parvia Immigration Service/organization} found that the father met the test that calls for custody reverting to the parent.")).toEqual([]);
    expect(types("{S:Norland} called for {T:Estovia} to withdraw its troops.")).toEqual(["REQUEST"]);
  });

  it("sanctions named as a backdrop, and goods traded, are no acts", () => {
    expect(triples("Trucks rolled into {Estovia} from {Parvia} on Tuesday despite the {Norland Union/organization}-ordered sanctions.")).toEqual([]);
    expect(triples("The embargo is meant to cripple {Estovia} by cutting off its exports of oil and imports of food and military supplies.")).toEqual([]);
  });
});

describe("a claim nothing supports", () => {
  it("'there is no information that X was coerced by Y' tells no coercion", () => {
    expect(triples("There is ``no information'' that the father is unfit, nor that he has been coerced by the {Norland} government into pleading, {Ana Ruiz/person} said.")).toEqual([]);
    expect(types("Officials found no evidence that {Norland} had attacked the convoy.")).toEqual([]);
  });
});

describe("a document asked for, an opinion joined, a quotation opened by ''", () => {
  it("asking for a list or report is no request to an actor; asking a state is", () => {
    expect(triples("{Ivo Tamm/person} also asked for a \"list of the priorities for improving security\" at embassies.")).toEqual([]);
    expect(types("{S:Norland} asked {T:Estovia} to release the prisoners.")).toEqual(["REQUEST"]);
  });

  it("a judge joining an opinion is no support between actors", () => {
    expect(triples("The most striking opinion was written by Justice {Ivo Tamm/person} and joined by Chief Justice {Ana Ruiz/person}.")).toEqual([]);
    expect(types("{S:Norland} joined {T:Parvia Alliance/organization} on Friday.")).toEqual(["SUPPORT"]);
  });

  it("a sentence opening on '' is a quotation", () => {
    expect(triples("''The feeling is the {Norland} government might send federal agents to take him,'' said a local shopkeeper.")).toEqual([]);
  });
});

describe("words sent to someone", () => {
  it("a proposal sent to a body, its recipient named first, is no aid", () => {
    expect(triples("{Norland} has sent to the {Estovia} Central Bank a proposal for restructuring its debt.").filter((r) => r[0] === "AID")).toEqual([]);
    expect(types("{S:Norland} sent troops and tanks to {T:Estovia}.")).toEqual(["AID"]);
  });
});

import { describe, expect, it } from "vitest";
import { eventsIn } from "./helpers.js";

// General lexicon rows and grammar for recall on unseen news (docs/events.md, "Issue 18, seventh
// wave"), each on sentences written for these tests.
const types = (src: string) => eventsIn(src).map((e) => e.type);

describe("events: general recall rows", () => {
  it("questioning whether someone should act is criticism of them", () => {
    expect(eventsIn("{Ivo Marek/person} questioned whether {Lena Varga/person} should resign.")[0]).toMatchObject({ type: "ACCUSE", source: "ivo-marek", target: "lena-varga" });
  });

  it("favouring talks is willingness to talk (AGREE)", () => {
    expect(eventsIn("The {Norland} government favoured talks with {Estovia}.")[0]).toMatchObject({ type: "AGREE", source: "norland", target: "estovia" });
    expect(types("The {Norland} government favors negotiations with {Estovia}.")).toEqual(["AGREE"]);
  });

  it("rebelling against a government rejects it", () => {
    expect(eventsIn("{Ivo Marek/person} rebelled against the {Estovia} government in 1990.")[0]).toMatchObject({ type: "REJECT", source: "ivo-marek", target: "estovia" });
    // The noun "rebels" is no act.
    expect(types("The rebels against {Norland} met in the hills.")).toEqual([]);
  });

  it("a court's sentence is coercion; a sentence as a noun or an agentless passive is not coded", () => {
    expect(eventsIn("{Norland} sentenced two opposition leaders in December.")[0]).toMatchObject({ type: "COERCE", source: "norland" });
    expect(types("Three men were sentenced on Monday.")).toEqual([]);
    expect(types("His sentence was cut by {Norland}.")).toEqual([]);
  });

  it("dissatisfaction with an actor is an accusation, also told as not satisfied", () => {
    expect(eventsIn("{Ivo Marek/person} was dissatisfied with {Norland}.")[0]).toMatchObject({ type: "ACCUSE", source: "ivo-marek", target: "norland" });
    expect(eventsIn("{Ivo Marek/person} said he was not entirely satisfied with {Norland} cooperation.")[0]).toMatchObject({ type: "ACCUSE", source: "ivo-marek", target: "norland" });
    expect(types("{Ivo Marek/person} told them he was satisfied with {Norland}.")).toEqual([]);
  });
});

describe("events: general recall grammar", () => {
  it("an -ing participle shares the will/shall future of the verb it hangs on", () => {
    expect(eventsIn("{Ivo Marek/person} will on Wednesday continue his work in the region, visiting {Estovia}.")[0]).toMatchObject({ type: "AGREE", source: "ivo-marek", target: "estovia" });
    expect(types("{Ivo Marek/person} continued his work in the region, visiting {Estovia}.")).toEqual(["CONSULT"]);
  });

  it("'should' before an active verb is an obligation, not an act; 'should be received' is expected", () => {
    expect(types("{Ivo Marek/person} said {Norland} should withdraw its troops from {Estovia}.")).toEqual([]);
    expect(types("{Norland} should not attack {Estovia}, {Ivo Marek/person} said.")).toEqual([]);
    expect(eventsIn("{Ivo Marek/person} arrived in the capital, where he should be received by {Lena Varga/person}.")[0]).toMatchObject({ type: "AGREE", source: "ivo-marek", target: "lena-varga" });
  });

  it("a speech act inside a closed relative neither governs nor plans the main verb", () => {
    expect(types("{Ivo Marek/person}, who has criticised {Lena Varga/person}, met {Norland} officials on Monday.")).toEqual(["ACCUSE", "CONSULT"]);
    expect(types("{Ivo Marek/person}, who has questioned whether {Lena Varga/person} should resign, met {Norland} officials on Monday.")).toEqual(["ACCUSE", "CONSULT"]);
  });

  it("a predicate after 'and' shares the subject before it, across a short adverbial", () => {
    expect(eventsIn("{Ivo Marek/person} flew to {Varsa/place} and after a short ceremony went into talks with {Lena Varga/person}.")[0]).toMatchObject({ type: "CONSULT", source: "ivo-marek", target: "lena-varga" });
    expect(eventsIn("{Ivo Marek/person} said after the vote there should be a review and criticised {Lena Varga/person}.")[0]).toMatchObject({ type: "ACCUSE", source: "ivo-marek" });
    // A name in a locative phrase is where, not who.
    expect(eventsIn("{Ivo Marek/person} flew to {Estovian}-ruled {Varsa} and after a brief ceremony went into talks with {Lena Varga/person}.")[0]).toMatchObject({ source: "ivo-marek" });
  });

  it("a bare verb after 'and' continuing an infinitive is not the sentence subject's act", () => {
    expect(types("{Ivo Marek/person} called on volunteers to travel to his country and fight against {Estovia}.")).toEqual(["REQUEST"]);
  });
});

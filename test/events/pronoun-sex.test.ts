import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { sexOf } from "../../loaders/text/sex.js";
import { marked, type Marked } from "./helpers.js";

const sexOfName = (name: string) => sexOf(name, true);

// A pronoun opening a sentence continues the person its sex fits, not always the first person of
// the sentence before. Sentences written for these tests.

const run = (m: Marked) => extractEvents(m.doc, m.mentions, m.actors, m.dates).map((e) => [e.type, e.source, e.target]);

describe("the sex a name gives", () => {
  it("from a first name or a title; a surname gives none", () => {
    expect(sexOfName("Anna Kowal")).toBe("f");
    expect(sexOfName("Tomas Berg")).toBe("m");
    expect(sexOfName("Mrs. Kowal")).toBe("f");
    expect(sexOfName("Kowal")).toBe(null);
  });
});

describe("a pronoun after a sentence naming two people", () => {
  it("'he' passes over the woman named first", () => {
    const m = marked("{Norland}'s prime minister {Anna Kowal/person} has invited {Estovia}'s foreign minister {S:Tomas Berg/person} to visit {Norland}. He is due to travel to {T:Norland} in May for the signing.");
    expect(run(m).slice(-1)).toEqual([["AGREE", "tomas-berg", "norland"]]);
  });
  it("'she' keeps her", () => {
    const m = marked("{Norland}'s prime minister {S:Anna Kowal/person} met {Estovia}'s foreign minister {Tomas Berg/person} on Monday. She is due to travel to {T:Estovia} in May.");
    expect(run(m).slice(-1)).toEqual([["AGREE", "anna-kowal", "estovia"]]);
  });
  it("a name giving no sex is kept", () => {
    const m = marked("{Norland}'s prime minister {S:Kowal/person} met {Estovia}'s foreign minister {Tomas Berg/person} on Monday. He is due to travel to {T:Estovia} in May.");
    expect(run(m).slice(-1)).toEqual([["AGREE", "kowal", "estovia"]]);
  });
});

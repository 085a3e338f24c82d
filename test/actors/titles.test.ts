import { describe, expect, it } from "vitest";
import { tokenize } from "../../loaders/actors/tokens.js";
import type { NameSpan } from "../../loaders/actors/ner/tagdoc.js";
import { withTaggedNames } from "../../loaders/actors/tagged.js";
import { splitSentences } from "../../loaders/text/sentences.js";
import type { Doc } from "../../loaders/types.js";
import { run } from "./helpers.js";

// Sentences and names written for these tests.
describe("titles around names", () => {
  it("reads a title with an 'of' before a name as a titled person, not one organisation", () => {
    const r = run("U.S. Secretary of State Corinna Vell opened the trade fair in Lisbon on Monday. Vell, who spoke for ten minutes, left before the vote.");
    expect(r.byName("Corinna Vell")).toMatchObject({ kind: "person", country: "USA", role: "Secretary of State of the United States" });
    expect(r.actors.some((a) => /Secretary/.test(a.name))).toBe(false);
    expect(r.actorOf("Vell")?.name).toBe("Corinna Vell");
  });

  it("keeps an organisation before a title apart from the person after it", () => {
    const r = run("Eastfield Bank Governor Tomas Reyl said rates would hold.");
    expect(r.byName("Tomas Reyl")?.kind).toBe("person");
    expect(r.actorOf("Tomas Reyl")?.name).toBe("Tomas Reyl");
  });

  it("keeps an organisation named with 'of' when no name follows a title", () => {
    const r = run("The Ministry of Coastal Affairs said the port would reopen.");
    expect(r.actorOf("Ministry of Coastal Affairs")?.kind).toBe("organization");
  });

  it("runs a titled name on through a lower-case particle the tagger reads as part of it", () => {
    const r = run("The envoy will see President Tomasz ole Kaneli on Friday.");
    expect(r.actorOf("Tomasz ole Kaneli")?.kind).toBe("person");
  });
});

describe("dates written short", () => {
  it("reads a month's short form before a day as a date, not a name", () => {
    const r = run("The Aug. 7 blasts and the Sept 12 fire were not linked, officials said. Jan Morek, the fire chief, agreed.");
    expect(r.actors.map((a) => a.name)).not.toContain("Aug");
    expect(r.actors.map((a) => a.name)).not.toContain("Sept");
    expect(r.actorOf("Jan Morek")?.kind).toBe("person");
  });
});

describe("quotation marks of older wires", () => {
  it("reads a capital after `` as a sentence's first word, not a name", () => {
    const r = run("``We are friends,'' the mayor said. ``This is not over,'' Ann Ode said.");
    expect(r.actors.map((a) => a.name).sort()).toEqual(["Ann Ode"]);
  });
});

describe("a day after a name", () => {
  it("'the Harbour Court Friday rejected …': the day is a date, not part of the court's name", () => {
    const r = run("The Harbour Court Friday rejected the appeal of the Eastfield Bank Monday.");
    expect(r.actors.map((a) => a.name).filter((n) => /Friday|Monday/.test(n))).toEqual([]);
  });
});

describe("a name's end", () => {
  it("lower-case words past a comma are not part of the tagger's name before it", () => {
    const text = "Ada Vell, chairman of the Joint Harbour Board, returned from a visit.";
    const d: Doc = { id: "t", text, published: null, sentences: splitSentences(text) };
    const toks = tokenize(d);
    const at = (w: string) => toks.findIndex((t) => t.text === w);
    // The span a tagger running on past the comma would give: "Joint Harbour Board, returned from".
    const a = at("Joint"), b = at("from") + 1;
    const span: NameSpan = { a, b, start: toks[a]!.start, end: toks[b - 1]!.end, type: "ORG" };
    expect(withTaggedNames(d, toks, [], [span]).map((c) => c.text)).toEqual(["Joint Harbour Board"]);
  });
});

describe("a middle initial", () => {
  it("a name the tagger stopped at its middle initial runs on through the surname and a suffix", () => {
    const text = "Envoy Tomas K. Reyl III said the port would reopen.";
    const d: Doc = { id: "t", text, published: null, sentences: splitSentences(text) };
    const toks = tokenize(d);
    const a = toks.findIndex((t) => t.text === "Tomas"), b = toks.findIndex((t) => t.text === "K") + 1;
    const span: NameSpan = { a, b, start: toks[a]!.start, end: toks[b - 1]!.end, type: "PER" };
    expect(withTaggedNames(d, toks, [], [span]).map((c) => [c.text, c.kind])).toEqual([["Tomas K. Reyl III", "person"]]);
  });
});

describe("a suffix after a word that is also a title", () => {
  it("'Tomas Lee King Jr.' gives no person named 'Jr.'", () => {
    const r = run("Tomas Lee King Jr. was cited by the speaker on Monday.");
    expect(r.actors.map((a) => a.name).filter((n) => /^Jr/.test(n))).toEqual([]);
  });
});

describe("spans around titles and possessives", () => {
  const tagged = (text: string, from: string, to: string, type: NameSpan["type"]) => {
    const d: Doc = { id: "t", text, published: null, sentences: splitSentences(text) };
    const toks = tokenize(d);
    const a = toks.findIndex((t) => t.text === from), b = toks.findIndex((t, i) => i >= a && t.text === to) + 1;
    return withTaggedNames(d, toks, [], [{ a, b, start: toks[a]!.start, end: toks[b - 1]!.end, type }]).map((c) => [c.text, c.kind]);
  };
  it("a title with a possessive gives no person named by the words after it", () => {
    expect(tagged("The Pope's visit is important.", "Pope", "visit", "LOC")).toEqual([]);
  });
  it("a person's name does not open on a sentence's 'The'", () => {
    expect(tagged("The Ode administration said so.", "The", "Ode", "PER")).toEqual([["Ode", "person"]]);
  });
});

describe("a name before an office no place holds", () => {
  it("is the body the office belongs to", () => {
    const r = run("The measure has the backing of House Speaker Dana Marsh's office, a spokesman said.");
    expect(r.actorOf("House")?.kind).toBe("organization");
    expect(r.byName("Dana Marsh")?.kind).toBe("person");
  });
  it("stays a place before a place's office", () => {
    expect(run("Texas Governor Dana Marsh said the state would appeal.").actorOf("Texas")?.kind).toBe("place");
  });
});

describe("a one-word name before an office only a region holds", () => {
  it("is a place, though the tagger read the whole as one organisation", () => {
    const text = "Floods hit Ostravar and Kelmar on Sunday. Kelmar Chief Minister Ravi Anand ordered schools to close until June 19.";
    const r = run(text);
    expect(r.actorOf("Kelmar")?.kind).toBe("place");
    expect(r.byName("Ravi Anand")?.kind).toBe("person");
  });
});

describe("an office holder's office", () => {
  it("is one body, not the title's last word and 'Office'", () => {
    const r = run("A cartel leader was extradited on Thursday, Norland's Attorney General's Office said.");
    expect(r.byName("Attorney General's Office")?.kind).toBe("organization");
    expect(r.actors.map((a) => a.name)).not.toContain("General");
  });
  it("is the national attorney general's title with its country's short form", () => {
    expect(run("U.S. Attorney General Dana Marsh said the extradition showed results.").byName("Dana Marsh")?.role).toBe("U.S. Attorney General");
  });
});

describe("a title's name in a title-case headline", () => {
  it("stops at the words the lexicon knows as other words", () => {
    const r = run("Cartel Leader Arrested To Face Trial After Decade On The Run\n\nHARWICK - A cartel leader was arrested on Thursday, officials said.");
    expect(r.actors.map((a) => a.name).join("|")).not.toMatch(/Trial|Decade|Run/);
  });
});

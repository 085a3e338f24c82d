import { describe, expect, it } from "vitest";
import { articleCandidates } from "../../loaders/actors/index.js";
import { readArticle } from "../../loaders/article.js";
import { run } from "./helpers.js";
import type { Candidate } from "../../loaders/actors/candidate.js";
import { resolve } from "../../loaders/actors/rows.js";

// A sports report written for these tests: prose, then a results table with scorers.
const lines = [
  "Riverton stay top after late winner",
  "Riverton stayed three points clear at the top of the northern league on Saturday after a header in stoppage time beat Eastport at a rain-soaked ground.",
  "Riverton 212 (J. Okafor 71, P. Lindqvist 52), Eastport 198 (R. Menon 4-38)",
  "Northfield 0 Southbay 3 (halftime 0-1)",
  "Scorers: Southbay - Tomas Varga (12th, 67th), Ali Demir (80th)",
];

function candidates(): Map<string, string> {
  const part = readArticle({ id: "x", file: "x.txt", sha256: "0".repeat(64), format: "txt", content: lines.join("\n"), meta: null }, new Set());
  const { doc } = part;
  const table = doc.sentences.filter((s) => s.data).map((s) => [s.start, s.end]);
  const inTable = (c: { start: number }) => table.some(([a, b]) => c.start >= a! && c.start < b!);
  return new Map(articleCandidates(doc).filter(inTable).map((c) => [c.text, c.kind]));
}

describe("names in a table's rows", () => {
  it("are read by the tagger although the row is all capitals and numbers, initials included", () => {
    const found = candidates();
    for (const person of ["J. Okafor", "P. Lindqvist", "R. Menon", "Tomas Varga", "Ali Demir"]) expect(found.get(person), person).toBe("person");
    expect(found.get("Eastport")).toBe("organization");
    expect(found.get("Southbay")).toBe("organization");
  });
});

describe("a city and the club named after it", () => {
  it("are two actors: the city found by the gazetteer does not join the club the tagger found first", () => {
    const r = run(["Tampere beat Oulu 2-0 on Saturday to go top of the league.", "The paper mill in Tampere will close next year, the company said."]);
    expect(r.actorOf("Tampere", "a0")?.kind).toBe("organization");
    expect(r.actorOf("Tampere", "a1")?.kind).toBe("place");
  });
});

describe("a country's name inside another name", () => {
  it("gives way to the company or agency the tagger found around it", () => {
    const r = run(["Shares of Air Canada fell 3 percent on Tuesday after the airline cut its forecast.", "Statistics Norway said on Tuesday that inflation slowed in March."]);
    expect(r.actorOf("Air Canada")?.kind).toBe("organization");
    expect(r.actorOf("Statistics Norway")?.kind).toBe("organization");
    expect(r.mentions.map((m) => m.text)).toEqual(["Air Canada", "Statistics Norway"]);
  });

  it("is a person where the tagger reads it as one", () => {
    const r = run("Actress Chad Lowe said on Monday he would return. Lowe said Chad would be fine.");
    const second = r.mentions.filter((m) => m.text === "Chad").at(-1)!;
    expect(r.actors.find((a) => a.id === second.actor)?.kind).toBe("person");
  });
});

describe("a line listing names", () => {
  it("is read by the tagger, not set aside as a title-case headline", () => {
    const r = run("The coach named his squad for the final on Tuesday, with two changes from the side that lost last week.\nTomas Varga, Ali Demir, Jo Okafor, Sam Lindqvist, Ravi Menon");
    expect(r.actors.map((a) => `${a.name}/${a.kind}`)).toEqual(["Tomas Varga/person", "Ali Demir/person", "Jo Okafor/person", "Sam Lindqvist/person", "Ravi Menon/person"]);
  });
});

describe("one name, two kinds", () => {
  const cand = (start: number, kind: Candidate["kind"]): Candidate => ({
    doc: "a0", start, end: start + 8, text: "Riverton", sentence: 0, kind, name: "Riverton", country: null, role: null, via: "tagger", alias: true, weak: false,
  });

  it("gives each kind one actor, however many mentions the second kind has", () => {
    const r = resolve([cand(0, "organization"), cand(20, "person"), cand(40, "person"), cand(60, "person")], []);
    expect(r.actors.map((a) => `${a.name}/${a.kind}/${a.mentions}`)).toEqual(["Riverton/organization/1", "Riverton/person/3"]);
  });
});

describe("title case and guesses", () => {
  it("a sentence whose long words happen to be names is not a title-case headline", () => {
    const r = run("Acme was up 2 on the Toronto Stock Exchange.");
    expect(r.actorOf("Toronto Stock Exchange")?.kind).toBe("organization");
    expect(r.actorOf("Toronto")).toBeUndefined();
  });

  it("a sentence of names joined by short verbs in lower case is no headline: its names are kept", () => {
    const r = run("Greta Holmvik met Paulo Sirenes on Tuesday.");
    expect(r.actorOf("Greta Holmvik")?.kind).toBe("person");
    expect(r.actorOf("Paulo Sirenes")?.kind).toBe("person");
    const titled = run("Chancellor Greta Holmvik met Paulo Sirenes on Tuesday.");
    expect(titled.actorOf("Greta Holmvik")?.kind).toBe("person");
  });

  it("a headline in title case still yields no guessed names", () => {
    const r = run("Holmvik Warns Sirenes Over Talks In Geneva\n\nThe talks went on.");
    expect(r.actorOf("Holmvik Warns Sirenes")).toBeUndefined();
  });

  it("a guess from capitals inside a longer tagged name does not keep the country in it", () => {
    const r = run("The China Daily said on Friday that rents rose.");
    // The leading article stays out of an organisation's name, as CoNLL writes it.
    expect(r.mentions.map((m) => m.text)).toEqual(["China Daily"]);
    expect(r.actorOf("China Daily")?.kind).toBe("organization");
  });
});

describe("a country named with its 'and'", () => {
  it("is one country, not two names", () => {
    const r = run("Trinidad and Tobago said it would send aid. The Turks and Caicos Islands government said debris had fallen. Saint Vincent and the Grenadines voted.");
    expect(r.actors.map((a) => a.name).sort()).toEqual(["Saint Vincent and the Grenadines", "Trinidad and Tobago", "Turks and Caicos Islands"]);
  });
});

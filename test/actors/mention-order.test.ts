import { describe, expect, it } from "vitest";
import type { Candidate } from "../../loaders/actors/candidate.js";
import { resolve } from "../../loaders/actors/rows.js";

// The mention rows' order and choice: articles by id, then start, end and the actor's place in
// creation order; one row per span and actor (the first found), counted once in the actor's
// tally. Candidates written for these tests, with invented names.

const cand = (doc: string, start: number, text: string, over: Partial<Candidate> = {}): Candidate => ({
  doc, start, end: start + text.length, text, sentence: 0, kind: "organization", name: text, country: null, role: null, via: "org", alias: true, weak: false, ...over,
});

describe("mention rows", () => {
  it("sort by article id, then span, then the actor created first; a repeated span is one row", () => {
    const r = resolve([
      cand("b2", 40, "Quillon Works"),
      cand("b2", 0, "Quillon Works"),
      cand("a9", 10, "Marrowby", { kind: "place", via: "gazetteer" }),
      cand("a9", 10, "Marrowby", { kind: "person", via: "person", name: "Tessa Marrowby" }),
      cand("a9", 10, "Marrowby", { kind: "place", via: "gazetteer" }),
      cand("a9", 0, "Quillon Works"),
    ], []);
    expect(r.mentions.map((m) => `${m.article} ${m.start} ${m.actor}`)).toEqual([
      "a9 0 quillon-works", "a9 10 marrowby", "a9 10 tessa-marrowby", "b2 0 quillon-works", "b2 40 quillon-works",
    ]);
    expect([...r.byArticle.keys()]).toEqual(["a9", "b2"]);
    expect(r.actors.map((a) => `${a.id} ${a.mentions} ${a.articles}`)).toEqual(["quillon-works 3 2", "marrowby 1 1", "tessa-marrowby 1 1"]);
  });
});

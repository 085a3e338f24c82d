import { describe, expect, it } from "vitest";
import type { Candidate } from "../../loaders/actors/candidate.js";
import { resolve } from "../../loaders/actors/rows.js";

// A capitalised word with no evidence of its own ("Harbour forces …" opening a sentence, guessed
// a person) is not an alias of a body that only another article names; in the body's own article
// it still is. Candidates written for these tests, with an invented firm.

const cand = (doc: string, start: number, text: string, over: Partial<Candidate> = {}): Candidate => ({
  doc, start, end: start + text.length, text, sentence: 0, kind: "organization", name: text, country: null, role: null, via: "org", alias: true, weak: false, ...over,
});
const single = (doc: string, start: number) => cand(doc, start, "Harbour", { kind: "person", via: "single", weak: true });
const firm = [cand("a0", 0, "Harbour Pacific Corp"), cand("a0", 60, "Harbour")];
const actorAt = (r: ReturnType<typeof resolve>, doc: string, start: number) => r.mentions.find((m) => m.article === doc && m.start === start)?.actor;

describe("a weak one-word candidate and a body named elsewhere", () => {
  it("does not join the body from another article", () => {
    expect(actorAt(resolve([...firm, single("a1", 0)], []), "a1", 0)).toBeUndefined();
  });

  it("still joins it in the body's own article", () => {
    const r = resolve([...firm, single("a0", 120)], []);
    expect(actorAt(r, "a0", 120)).toBeDefined();
    expect(actorAt(r, "a0", 120)).toBe(actorAt(r, "a0", 60));
  });
});

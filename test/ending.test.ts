import { describe, expect, it } from "vitest";
import { endsWithAnyWord, endsWithWord, endsWithWordThenOne } from "../loaders/text/ending.js";

// The hand tests must answer as the patterns they stand for, on every string.
const AND = /\band\s+$/iu;
const REL = /\b(?:that|which)\s+(?:\p{L}+\s+)?$/iu;
const PIECES = ["a", "n", "d", "A", "N", "D", "t", "h", "w", "i", "c", "T", "x", "_", "1", " ", "\n", "\u00a0", "\u2028", "\ufeff", "\u017f", "\u212a", "é", "-", ",", "\ud835\udc00", "\ud835", "\udc00", "and", "that", "which", "THAT "];

/** Strings of up to eight pieces, from a seeded generator so a failure repeats. */
function strings(n: number, pieces: readonly string[] = PIECES): string[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = "";
    for (let j = Math.floor(next() * 9); j > 0; j--) s += pieces[Math.floor(next() * pieces.length)];
    out.push(s);
  }
  return out;
}

describe("endsWithWord", () => {
  it("reads a window's last word as /\\bword\\s+$/iu does", () => {
    expect(endsWithWord("the bridge collapsed and ", "and")).toBe(true);
    expect(endsWithWord("the bridge collapsed AND\n", "and")).toBe(true);
    expect(endsWithWord("sand ", "and")).toBe(false);
    expect(endsWithWord("and", "and")).toBe(false);
    expect(endsWithWord("_and ", "and")).toBe(false);
    expect(endsWithWord("-and ", "and")).toBe(true);
    for (const s of strings(50_000)) expect(endsWithWord(s, "and")).toBe(AND.test(s));
  });
});

describe("endsWithWordThenOne", () => {
  it("reads the last two words as /\\b(?:that|which)\\s+(?:\\p{L}+\\s+)?$/iu does", () => {
    expect(endsWithWordThenOne("a blast in Varnby that ", ["that", "which"])).toBe(true);
    expect(endsWithWordThenOne("a fire which later ", ["that", "which"])).toBe(true);
    expect(endsWithWordThenOne("a fire which later on ", ["that", "which"])).toBe(false);
    expect(endsWithWordThenOne("a fire which 2 ", ["that", "which"])).toBe(false);
    for (const s of strings(50_000)) expect(endsWithWordThenOne(s, ["that", "which"])).toBe(REL.test(s));
  });
});

describe("endsWithAnyWord", () => {
  it("reads the last word as /\\b(?:w1|w2|…)\\s+$/iu does", () => {
    const words = ["the", "a", "an", "its", "issued", "issues", "issue"];
    const re = /\b(?:the|a|an|its|issued|issues|issue)\s+$/iu;
    expect(endsWithAnyWord("warrants were issued ", words)).toBe(true);
    expect(endsWithAnyWord("Ostrel and its\n", words)).toBe(true);
    expect(endsWithAnyWord("reissue ", words)).toBe(false);
    expect(endsWithAnyWord("the", words)).toBe(false);
    const pieces = [...PIECES, "the", "an", "its", "issue", "issued", "ISSUES", "ſ", "d", "e", "s"];
    for (const s of strings(50_000, pieces)) expect(endsWithAnyWord(s, words), JSON.stringify(s)).toBe(re.test(s));
  });
});

describe("endsWithWord as a gate", () => {
  it("holds wherever the dates' verb-then-in pattern matches (the gate turns away no match)", () => {
    const verbIn = /(?:^|[^\p{L}'’])([\p{L}'’]+\s+)?(\p{Ll}+)\s+in\s+$/u;
    expect(verbIn.test("the Varnby plant closed in ")).toBe(true);
    expect(endsWithWord("the Varnby plant closed in ", "in")).toBe(true);
    const pieces = ["closed", " ", " in ", "in", "IN", "\n", "\u00a0", "\u2028", "a", "é", "\u{1d41a}", "’", "'", "-", "_", "1", "ed in ", "X"];
    let matched = 0;
    for (const s of strings(50_000, pieces))
      if (verbIn.test(s)) {
        matched++;
        expect(endsWithWord(s, "in"), JSON.stringify(s)).toBe(true);
      }
    expect(matched).toBeGreaterThan(1000);
  });
});

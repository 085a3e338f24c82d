import { describe, expect, it } from "vitest";
import { REPORTING_BEFORE } from "../loaders/events/verb-classes.js";

// A pattern opening on `(?:^|[^\p{L}])` and one opening on `(?<!\p{L})` say the same thing to
// `.test()`: no letter right before the match. Checked here on the bodies the events and quotes
// stages use, over strings built from pieces around the characters where the two could part:
// a letter outside the BMP, a lone surrogate, a combining mark that folds onto a letter under
// `iu` (U+0345), the long s and the Kelvin sign, an accented letter, blanks and marks.
const BODIES: [string, string][] = [
  [String.raw`(?:in|at|to|into|near|over|across|inside|outside|of)\s+(?:[\p{L}'’-]+\s+){0,3}$`, "iu"],
  [String.raw`(?:in|at|to|into|near|inside)\s+(?:the\s+)?$`, "iu"],
  [String.raw`(?:declared?|declares|declaring|proclaim(?:s|ed|ing)?|crown(?:s|ed|ing)?|named|appoint(?:s|ed|ing)?|elect(?:s|ed|ing)?)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$`, "u"],
  [String.raw`(?:declared?|declares|declaring|proclaim(?:s|ed|ing)?|impos(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\s+(?:a|an)\s+$`, "u"],
  [String.raw`(?:\p{Lu}[\p{L}'’-]+|he|she|they|we|I)\s+(?:called|dubbed|branded|labell?ed|termed)\s*$`, "u"],
];
const EDGES = ["", "x", "X", "é", "𝐀", "\ud835", "\u0345", "ſ", "K", "1", "_", "-", "’", " ", "\n", "(", "\u00a0"];
const WORDS = ["in", "IN", "into", "of", "acroſs", "the", "declared", "named", "lifts", "an", "a", "he", "Varn", "called", "termed"];
const TAILS = [" ", "  ", " Ostrel ", " Ostrel Bay ", " the ", " a ", "", " x", " Dunmore Keld Vale ", " é𝐀 "];

function subjects(): string[] {
  const out: string[] = [];
  for (const a of EDGES) for (const w of WORDS) for (const t of TAILS) {
    out.push(a + w + t);
    for (const w2 of ["called", "named", "in", "a"]) out.push(`${a}${w}${t}${w2} `);
  }
  return out;
}

describe("(?<!\\p{L}) for (?:^|[^\\p{L}])", () => {
  it("tests the same on every subject", () => {
    const all = subjects();
    for (const [body, flags] of BODIES) {
      const old = new RegExp(String.raw`(?:^|[^\p{L}])` + body, flags), now = new RegExp(String.raw`(?<!\p{L})` + body, flags);
      const differ = all.filter((s) => old.test(s) !== now.test(s));
      expect(differ, body).toEqual([]);
      // The subjects reach both answers, so the comparison means something.
      expect(all.some((s) => now.test(s)) && all.some((s) => !now.test(s))).toBe(true);
    }
  });
});

// "\p{L}+ed" at a pattern's open start ends where "\p{L}ed" does: the run's last letter is a letter.
describe("one letter for a run of them before a reporting verb's ending", () => {
  it("tests the same on every subject", () => {
    const old = /(?:\p{L}+ed|said|says|say|told|tells|tell|thought|knew|felt|heard|wrote|understood|insists?|warns?|claims?|believes?|hopes?|fears?|adds?|notes?|argues?|announces?|agrees?)\s*,?\s*$/iu;
    const heads = ["", "x", "𝐀", "\ud835", "\u0345", "1", " ", "-", "é"];
    const words = ["ed", "ED", "wanted", "𝐀ed", "éd", "said", "ſaid", "SAYS", "Knew", "understood", "warn", "agrees", "note", "x"];
    const ends = ["", " ", ",", " , ", "  ,,", ", \n", "\u00a0", ".", " x"];
    let hits = 0;
    for (const a of heads) for (const b of heads) for (const w of words) for (const e of ends) {
      const s = a + b + w + e;
      expect(REPORTING_BEFORE.test(s), JSON.stringify(s)).toBe(old.test(s));
      if (old.test(s)) hits++;
    }
    expect(hits).toBeGreaterThan(100);
  });
});

/** Strings of up to seven pieces, from a seeded generator so a failure repeats. */
function pieced(pieces: readonly string[], n: number): string[] {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = "";
    for (let j = Math.floor(next() * 8); j > 0; j--) s += pieces[Math.floor(next() * pieces.length)];
    out.push(s);
  }
  return out;
}

describe("a plural subject read by the letter before its s", () => {
  it("tests the same on every subject", () => {
    const tail = String.raw`\s+(?:\p{Ll}+ly\s+)?$`;
    const old = new RegExp(String.raw`(?:\b(?:they|we)|\p{Lu}[\p{L}.'’-]*|\p{Ll}+s)` + tail, "u");
    const now = new RegExp(String.raw`(?:\b(?:they|we)|\p{Lu}[\p{L}.'’-]*|\p{Ll}s)` + tail, "u");
    const pieces = ["s", "S", "x", "é", "𝐀", "𝐚", "\ud835", "talks", "they", "We", "Ostrel", "quickly", " ", "\n", "-", ".", "1", "ſ"];
    const all = pieced(pieces, 50_000);
    for (const s of all) expect(now.test(s), JSON.stringify(s)).toBe(old.test(s));
    expect(all.filter((s) => old.test(s)).length).toBeGreaterThan(1000);
  });
});

describe("a lookbehind for the boundary before a future time's words", () => {
  it("matches the same text on every subject", () => {
    const days = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    const body = (edge: string) =>
      new RegExp(String.raw`^[^.;,:()"“”]{0,50}?${edge}(?:next\s+(?:week|month|${days}|May)|tomorrow|later\s+this\s+(?:week|year)|this\s+coming\s+\p{L}+)\b`, "iu");
    const old = body(String.raw`\b`), now = body(String.raw`(?<!\w)`);
    const pieces = ["next", "NEXT", "tomorrow", "later", "this", "coming", "week", "Monday", "may", " ", "  ", "x", "_", "1", "ſ", "K", "é", "𝐀", ",", "and"];
    const all = pieced(pieces, 50_000);
    for (const s of all) expect(now.exec(s)?.[0], JSON.stringify(s)).toBe(old.exec(s)?.[0]);
    expect(all.filter((s) => old.test(s)).length).toBeGreaterThan(100);
  });
});

import { describe, expect, it } from "vitest";
import { nextWord, type WordSpan } from "../loaders/text/scan.js";
import { countWords } from "../loaders/text/words.js";
import { wordCount } from "../loaders/events/mentions.js";

// Sentences written for this test. The scanner must cut words exactly where the
// Unicode regex it replaces does, astral letters, combining marks and lone surrogates included.
const REGEX = /[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu;
const SAMPLES = [
  "The Kestrel board met on Tuesday; it approved 1,250.75 units, a 3.5% rise.",
  "naïve café — Zürich’s co-op, ’tis rock'n'roll, --a- -'- x-y",
  "𝔸𝔹 are astral letters; 😀word is an emoji before a word; 日本語テキスト and ٣٤ digits",
  "a\u0301b e\u0301 combining marks, \ud800x lone high, x\udc00y lone low",
  "", "   ", "...", "end.",
];

describe("the word scanner", () => {
  it("counts as the regex does", () => {
    for (const s of SAMPLES) expect(countWords(s), s).toBe(s.match(REGEX)?.length ?? 0);
  });

  it("gives the regex's offsets", () => {
    const w: WordSpan = { start: 0, end: 0 };
    const joins = (c: number) => c === 0x2d || c === 0x27 || c === 0x2019;
    const re = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
    for (const s of SAMPLES) {
      const got: [number, number][] = [];
      for (let pos = 0; nextWord(s, pos, joins, w); pos = w.end) got.push([w.start, w.end]);
      expect(got, s).toEqual([...s.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]));
    }
  });

  it("counts a span's words as the events stage's regex does", () => {
    const re = /[\p{L}\p{N}]+(?:(?:['’-]|[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;
    for (const s of [...SAMPLES, "3.5 or 1,200 but a.b and c,d; ٣.٤ x.٣ 2.x"])
      for (let from = 0; from < s.length; from += 7) expect(wordCount(s, from, s.length), s).toBe(s.slice(from).match(re)?.length ?? 0);
  });
});

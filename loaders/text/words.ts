import { nextWord, type WordSpan } from "./scan.js";

/** Inner characters that keep a word whole: apostrophes, hyphens, dots and commas ("don't", "3.5", "1,200"). */
const joinsWord = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2c || c === 0x2d;

/** Counts words as runs of letters or digits (with inner apostrophes, hyphens, dots or commas). */
export function countWords(text: string): number {
  const w: WordSpan = { start: 0, end: 0 };
  let n = 0;
  for (let pos = 0; nextWord(text, pos, joinsWord, w); pos = w.end) n++;
  return n;
}

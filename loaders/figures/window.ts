import { matchesOf } from "../text/matches.js";
import { isSpace } from "../text/space.js";
import { tokenize, type Token } from "./tokens.js";

// Where a number may start: digits, number words, "a dozen", "hundreds of", fractions.
const TRIGGER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|scores|hundreds|thousands|millions|billions|tens|an?\s+(?:dozen|hundred|thousand|million|billion|trillion|third|quarter|half|fifth))\b/gi;

/**
 * Tokens of the stretches around possible numbers only (60 characters before
 * for the qualifier, 160 after for the unit), in text order, with an empty
 * separator token between stretches: most of an article has no number, and
 * tokenizing all of it would be the stage's main cost. A line break is a separator
 * too: paragraphs are joined by one, and a figure never runs from a table's row
 * or a dateline into the next line ("… not out 14" over "Extras 9").
 */
export function windowTokens(text: string): Token[] {
  const out: Token[] = [];
  let winStart = -1, winEnd = -1;
  const flush = () => {
    if (winStart < 0) return;
    out.push({ text: "", low: "", start: winStart, end: winStart, kind: "punct" });
    let nl = text.indexOf("\n", winStart);
    // Not push(...tokens): a window over a long run of numbers overflows the argument stack.
    for (const t of tokenize(text, winStart, winEnd)) {
      // tokens hold no whitespace, so a newline before this token lies between it and the one before
      if (nl >= 0 && nl < t.start) {
        out.push({ text: "\n", low: "\n", start: nl, end: nl, kind: "punct" });
        nl = text.indexOf("\n", t.end);
      }
      out.push(t);
    }
  };
  for (const m of matchesOf(TRIGGER, text)) {
    let s = Math.max(0, m.index! - 60);
    while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
    let e = Math.min(text.length, m.index! + 160);
    while (e < text.length && !isSpace(text.charCodeAt(e))) e++;
    if (winStart >= 0 && s <= winEnd) winEnd = Math.max(winEnd, e);
    else {
      flush();
      winStart = s;
      winEnd = e;
    }
  }
  flush();
  return out;
}

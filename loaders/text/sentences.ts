import type { Sentence } from "../types.js";
import { matchesOf } from "./matches.js";
import { isSpace } from "./space.js";

// Hand-written rather than compromise/wink: every table points into the text by
// UTF-16 offset, and this runs on every word of a 10,000-article corpus; a
// single regex pass keeps offsets exact and costs almost nothing.

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov",
  "rev", "msgr", "adm", "cpl", "pvt", "supt", "atty", "det", "insp", "cmdr",
  "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
]);

const BOUNDARY = /([.!?…]+)(["”’')\]]*)(\s+)(?=(?:``|["“‘'(\[])?[\p{Lu}\p{N}])|\n\s*\n|\n/gu;

/** Splits `text` into sentences; a line break always ends a sentence (news paragraphs). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start, e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
  };
  for (const m of matchesOf(BOUNDARY, text)) {
    const at = m.index!;
    if (m[1]) {
      if (m[1] === "." && isAbbreviation(text, at) && !lineEnds(text, at, m[3]!) && !endsBeforeOpener(text, at, at + m[0].length)) continue;
      const end = at + m[1].length + (m[2]?.length ?? 0);
      push(end);
      start = end;
    } else {
      if (splitAfterAbbreviation(text, at, at + m[0].length)) continue;
      push(at);
      start = at + m[0].length;
    }
  }
  push(text.length);
  return out;
}

/** Titles and initials: a name goes on after them, so a line wrapped after one ("Sen.\nAnn Ode") is not a sentence end. */
const NAME_GOES_ON = new Set(["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov", "st", "rev", "msgr", "adm", "cpl", "pvt", "supt", "atty"]);

/**
 * Whether the blanks after an abbreviation's dot end the sentence anyway: a blank line (a new
 * paragraph: "… sold to Harbour Inc.\n\nMr. Ode said") always does, as every line break
 * does elsewhere; a single line break does unless a title or an initial is wrapped before its name.
 */
function lineEnds(text: string, dot: number, blanks: string): boolean {
  if (!blanks.includes("\n")) return false;
  if (/\n\s*\n/.test(blanks)) return true;
  const word = wordBefore(text, dot);
  return !NAME_GOES_ON.has(word.toLowerCase()) && !INITIAL.test(word) && !INITIALS.test(word);
}

const NO_SENTENCE_OPENS = /^(?:[,;]|\p{Ll})/u;

/**
 * "… an analyst at Harbour & Co.\n\n, said the deal …": a break after an abbreviation's
 * dot that a comma, a semicolon or a lower-case word follows is a tokeniser's split inside the
 * sentence (no sentence opens on them), not a paragraph.
 */
function splitAfterAbbreviation(text: string, from: number, to: number): boolean {
  let a = from;
  while (a > 0 && /[ \t]/.test(text[a - 1]!)) a--;
  // Most line breaks follow no dot at all: the cheap test first.
  if (text[a - 1] !== "." || !isAbbreviation(text, a - 1)) return false;
  let b = to;
  while (b < text.length && isSpace(text.charCodeAt(b))) b++;
  return NO_SENTENCE_OPENS.test(text.slice(b, b + 1));
}

const WORD_CHAR = /[\p{L}.]/u;
const INITIAL = /^\p{Lu}$/u, INITIALS = /^(?:\p{Lu}\.){1,2}\p{Lu}$/u;

/** The letters and dots right before a dot: the word it may abbreviate ("U.S", "Sen", "J"). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && WORD_CHAR.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

/** Abbreviations that close a name or a list ("Marcos Jr.", "Harbour Inc.", "etc."), unlike the titles a name follows. */
const CLOSES_NAME = new Set(["jr", "sr", "inc", "ltd", "co", "corp", "etc"]);
/** Words that open a sentence and never go on a name: "… Jr. The pact was signed." */
const OPENER = /^(?:The|A|An|He|She|It|They|We|This|That|These|Those|His|Her|Its|Their|There|But|However|Meanwhile)\s/u;

/** Whether the dot after a name-closing abbreviation also ends the sentence: a sentence opener follows. */
function endsBeforeOpener(text: string, dot: number, next: number): boolean {
  return CLOSES_NAME.has(wordBefore(text, dot).toLowerCase()) && OPENER.test(text.slice(next, next + 12));
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single capital initial ("J. Smith") is not a sentence end, nor are initials written as one word ("K.L. Varden").
  return INITIAL.test(word) || INITIALS.test(word);
}

/** The sentence containing offset `at` (binary search), or undefined. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

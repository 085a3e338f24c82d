import { matchesOf } from "../text/matches.js";
// Lines of the story that are data rather than prose: a dateline ("OSLO 2024-03-02",
// "PORT LOUIS, March 2"), a row of a results or standings table ("Riverton 3 2 1 0
// 7 4 11", "Eastport 2 Northfield 1 (halftime 1-0)"), a scorer line. They carry no
// closing full stop and few lower-case words, which is what ends or trims the body by
// position (index.ts); they are still the story, and their names are mentions.
// Site furniture with numbers ("6 hours ago", "© 2024", "5 min read") is labelled
// "bad" by classify.ts before this is asked.

/** A number as tables write it: "363", "92-90", "197-8", ".596", "1/2", "31st", "4:05", "12.5%", "$0.42". */
const NUMBER = /^[$£€¥]?[+-]?(?:\d[\d.,:/-]*|[.,]\d+[\d.,:/-]*)(?:st|nd|rd|th|s)?%?$/u;
const CAPITALISED = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const FIELD = /\S+/g;
/** Punctuation a row's fields are wrapped in: "(Freedonia)", "111,", "4-37),". */
const EDGES = /^[("'“‘[]+|[)"'”’\],;:.!?]+$/gu;

/** At most this many lower-case words per capitalised word: "Eastport beat Riverton 2-1 (halftime 1-0)". */
const LOWER_PER_CAPITAL = 0.5;
const MAX_WORDS = 40;
const MAX_CHARS = 600;
const DIGIT = /\d/;

/**
 * True for a line made of capitalised words and numbers, at least one capitalised word
 * and `minNumbers` numbers, and few lower-case words: a dateline or a table row. A
 * sentence of prose has more lower-case words than that ("Riverton won 3-1 on
 * Saturday." has three per capital).
 */
export function isDataLine(line: string, minNumbers = 1): boolean {
  // Every paragraph is asked: the cheap refusals first, then word by word, stopping as soon as prose shows.
  if (line.length > MAX_CHARS) return false;
  if (!DIGIT.test(line)) return minNumbers <= 1 && (isNameList(line) || isWireDateline(line));
  let numbers = 0, capitals = 0, lower = 0, fields = 0;
  for (const m of matchesOf(FIELD, line)) {
    if (++fields > MAX_WORDS) return false;
    // A field opening on an ASCII letter keeps it past EDGES and is no NUMBER: its case decides.
    const c = m[0].charCodeAt(0);
    const upper = c >= 65 && c <= 90, low = c >= 97 && c <= 122;
    const w = upper || low ? m[0] : m[0].replace(EDGES, "");
    if (!w) continue;
    if (!upper && !low && NUMBER.test(w)) numbers++;
    else if (upper || (!low && CAPITALISED.test(w))) capitals++;
    // Even if every word left were capitalised, too many are lower-case already.
    else if ((low || LOWER.test(w)) && ++lower > (capitals + MAX_WORDS - fields) * LOWER_PER_CAPITAL) return false;
  }
  return numbers >= minNumbers && capitals > 0 && lower <= capitals * LOWER_PER_CAPITAL;
}

/** A list item: one to five capitalised words, an aside in brackets allowed ("Jo Okafor (captain)"). */
const NAME_ITEM = /^(?:[\p{Lu}][\p{L}.'’-]*\s*){1,5}(?:\([^)]*\))?$/u;
const MIN_ITEMS = 4;

/**
 * A line-up or a list of finishers: "Riverton: Jo Okafor (captain), Sam Lindqvist, Ravi
 * Menon, Ali Demir" — at least four comma- or semicolon-separated items, nearly all of
 * them capitalised names. A headline has one comma at most; prose has lower-case words.
 */
export function isNameList(line: string): boolean {
  let separators = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 44 || line.charCodeAt(i) === 59) separators++;
  if (separators < MIN_ITEMS - 1) return false;
  const items = line.replace(/^[^:]{1,40}:\s*/u, "").split(/[,;]\s*/u).map((x) => x.trim().replace(/^and\s+/u, "")).filter(Boolean);
  if (items.length < MIN_ITEMS) return false;
  let names = 0;
  for (const item of items) if (NAME_ITEM.test(item.replace(/[.]$/u, ""))) names++;
  return names >= items.length - 1;
}

/**
 * A news agency's dateline on its own line: the city in capitals, maybe its state or
 * country, maybe the agency in brackets, and the dash that opens the story ("PORT LOUIS
 * (AP) --", "HARBOUR CITY, Freedonia (AP) _", "EASTPORT _"). No number, so the row test
 * above passes it by; the dash sets it apart from a heading in capitals.
 */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*)*(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)?(?: ?\([\p{L} -]+\))? ?(?:--|_|—|–)$/u;
const DASH_END = /[-_—–]\s*$/u;
export const isWireDateline = (line: string): boolean => line.length < 80 && DASH_END.test(line) && WIRE_DATELINE.test(line.trim());

import type { Candidate } from "./candidate.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// Whether a name is a dateline's town, and the lower-case test the reconciling of rules and tagger
// reads a sentence's case with.

const LOWER = /\p{Ll}/u;

/** `/\p{Ll}/u` on text[start, end), without cutting it out: ASCII read here, the rest from the first other character on. */
export function hasLower(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER.test(text.slice(k, end));
  }
  return false;
}

/** A dash, the agency's bracket or the wire's date, or a state or country after a comma and then one of them. */
const DATELINE_AFTER = /^\s*(?:[—–-]|\(|\d{4}-\d\d-\d\d|,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?[ \t]*(?:[—–]|--?[ \t]|\(|\d{4}-\d\d-\d\d))/u;

/** "NEW YORK — Stocks fell …", "NEW YORK (Reuters) -", "THE BRONX 2026-03-02", "ORVEL, S.C. —": a place in capitals opening a paragraph before a dash, a bracket or a date (after its state, if given) is the dateline's. */
export function datelinePlace(text: string, c: Candidate): boolean {
  const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
  return /^\s*(?:THE\s+)?$/.test(text.slice(lineStart, c.start)) && !hasLower(text, c.start, c.end) && DATELINE_AFTER.test(text.slice(c.end, c.end + 24));
}

const CAPS_WORD = /^(?=.*\p{Lu})[\p{Lu}\d'’.]+$/u;
/** What follows a dateline's town: a dash, the agency's bracket, or a state or country and then one of them; or the wire's date ending the line. */
const AFTER_TOWN = /^[ \t]*(?:(?:[—–]|--?[ \t]|\((?=\p{Lu}\p{Ll})|,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?[ \t]*(?:[—–]|--?[ \t]|\((?=\p{Lu}\p{Ll})))[^\n]*?\p{Ll}{2,}[^\n]*?\s\p{Ll}{2,}|\d{4}-\d\d-\d\d[ \t]*(?:\n|$))/u;

/**
 * "MERRIN FALLS, Ont. — …", "PORT CADDEL — …", "PORT CADDEL 1996-12-06": the story's first paragraph after its headline, opening on
 * words in capitals before a dateline's dash or bracket and then a sentence, names the town it was filed from. Where the tagger read a name inside
 * that run (often a firm or a part of it: unknown words in capitals head sports results in its
 * training news), the whole run is one place.
 */
export function datelineTowns(text: string, toks: readonly Tok[], tagged: NameSpan[]): NameSpan[] {
  const line = datelineLine(text);
  if (!line) return tagged;
  let out: NameSpan[] | null = null;
  for (const s of tagged) {
    if (s.start < line.start || s.start >= line.end) continue;
    let a = s.a;
    while (a > 0 && toks[a - 1]!.word && CAPS_WORD.test(toks[a - 1]!.text) && toks[a - 1]!.start >= line.start) a--;
    const opening = text.slice(line.start, toks[a]!.start);
    if (opening.trim() !== "" && !/^\s*THE\s*$/.test(opening)) continue;
    let b = a;
    while (b < toks.length && toks[b]!.word && CAPS_WORD.test(toks[b]!.text) && toks[b]!.start < line.end) b++;
    if (b < s.b || !AFTER_TOWN.test(text.slice(toks[b - 1]!.end, toks[b - 1]!.end + 80))) continue;
    if (s.type === "LOC" && s.a === a && s.b === b) continue;
    out ??= tagged.slice();
    const town: NameSpan = { start: toks[a]!.start, end: toks[b - 1]!.end, type: "LOC", a, b, titled: false };
    out = out.filter((o) => o.b <= a || o.a >= b);
    out.push(town);
  }
  return out ? out.sort((x, y) => x.a - y.a) : tagged;
}

/** The text's second line that holds anything (the first is the headline), where a dateline stands. */
function datelineLine(text: string): { start: number; end: number } | null {
  let seen = 0;
  for (let start = 0; ; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(start, end).trim() && ++seen === 2) return { start, end };
    if (nl < 0) return null;
    start = nl + 1;
  }
}

const TOWN_GUESSES = new Set<Candidate["via"]>(["single", "tagger", "person", "acronym"]);

/**
 * "DRAVOS — … protesters in Dravos … a loan with Dravos": the town a story is filed from, named in its
 * dateline, is the place its one-word name means elsewhere in the article, wherever the tagger guessed
 * it a firm or a person by its look; the dateline takes the name as the article writes it, or in
 * title case where the article writes it nowhere else.
 */
export function datelineTownNames(doc: { text: string }, cands: Candidate[]): Candidate[] {
  const town = cands.find((c) => c.kind === "place" && datelinePlace(doc.text, c));
  if (!town) return cands;
  const written = town.text.includes(" ") ? undefined : cands.find((c) => c !== town && c.text !== town.text && c.text.toUpperCase() === town.text)?.text;
  if (!written) return town.name === town.text ? cands.map((c) => (c === town ? { ...c, name: titleCased(c.text) } : c)) : cands;
  const name = town.name === town.text ? written : town.name;
  // "VELMONT, Estovia … coach struggling side Velmont": where the article says the word names a body, its guesses stay
  const body = cands.some((c) => c.text === written && c.kind === "organization" && !TOWN_GUESSES.has(c.via));
  return cands.map((c) =>
    c === town || (!body && c.text === written && TOWN_GUESSES.has(c.via) && !c.role) ? { ...c, kind: "place", name, country: town.country, weak: false } : c,
  );
}

/** "ORVELTON" → "Orvelton", "PORT CADDEL" → "Port Caddel": a dateline's capitals as a name is written, where the article writes it nowhere else. */
const titledWord = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
const titleCased = (s: string) => s.replace(/[\p{L}']+/gu, titledWord);

import { OTHER_TITLES, PLACE_OFFICES, SHARED_OFFICES } from "./lexicon/offices.js";
import { HONORIFICS, OFFICE_TITLES, PORTFOLIOS } from "./lexicon/titles.js";
import { gazetteer } from "./gazetteer.js";
import { officeAt } from "./officeplace.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { bodyAfterTitle, mayStartTitle, oneSpace } from "./titlescan.js";

// Titles inside the tagger's spans ("Acme Chief Executive Dana Pruitt"): CoNLL writes
// them outside names, and its training part rarely holds them, so the tagger often
// runs a name across one. actors/tagged.ts splits its spans here.

/** Offices over a place too ("Sheriff", "Police Chief"): a name runs on past them into the next name as it does past a title. */
export const TITLES = new Set([...HONORIFICS, ...OFFICE_TITLES, ...PLACE_OFFICES, ...SHARED_OFFICES, ...OTHER_TITLES]);
const CLITIC_S = /^['’][sS]$/u;

// Spans written field by field rather than spread: each keeps one shape.
export const nameSpan = (start: number, end: number, type: NameSpan["type"], a: number, b: number, titled = false): NameSpan => ({ start, end, type, a, b, titled });

/** Tokens in the longest title starting at toks[k] ("Chief Executive", "Mr"), or 0. */
function titleAt(text: string, toks: Tok[], k: number, end: number): number {
  if (!mayStartTitle(toks[k]!.text)) return 0;
  for (let n = Math.min(4, end - k); n >= 1; n--)
    if (TITLES.has(oneSpace(text.slice(toks[k]!.start, toks[k + n - 1]!.end)))) return n;
  return 0;
}

/**
 * "Mr Halvorsen", "Acme Chief Executive Dana Pruitt": titles stand outside
 * names (CoNLL's convention, rarely seen in its training part); what comes before a
 * title keeps the tagger's type, what follows it is a person.
 */
export function splitAtTitle(text: string, toks: Tok[], s: NameSpan): NameSpan[] {
  const straddling = titleInto(text, toks, s);
  if (straddling > s.a) return [{ start: toks[straddling]!.start, end: s.end, type: "PER", a: straddling, b: s.b, titled: true }];
  const office = titleOutOfEnd(text, toks, s);
  if (office === s.a) return [];
  if (office > s.a) return [nameSpan(s.start, toks[office - 1]!.end, s.type, s.a, office, s.titled)];
  for (let k = s.a; k < s.b - 1; k++) {
    const n = titleAt(text, toks, k, s.b - 1);
    if (!n) continue;
    // "a Major Union Varnball side": a rank's word opening a body's name is no title
    if (k === s.a && bodyAfterTitle(toks, k + n, s.b)) return [s];
    // "the Pope's visit": a title with a possessive is the person named by it; what follows is no name.
    if (CLITIC_S.test(toks[k + n]!.text)) return k > s.a ? [nameSpan(s.start, toks[k - 1]!.end, s.type, s.a, k, s.titled)] : [];
    // "Governor Ana Lima and Westland Senator Tomas Vell": a titled name runs on to the next title; split there too.
    const after = splitAtTitle(text, toks, { start: toks[k + n]!.start, end: s.end, type: "PER", a: k + n, b: s.b, titled: true });
    return k > s.a ? [...beforeTitle(text, toks, s, k), ...after] : after;
  }
  return [s];
}

const OFFICE = new Set([...PLACE_OFFICES, ...SHARED_OFFICES]);
const PORTFOLIO_WORDS = new Set(PORTFOLIOS);

/**
 * "Eastport County Mayor" or "… Chief" read as a name before "Justice Ana Lima": a title closing a span, or
 * running on past its end, when a capitalised word follows the title, is the title of the name after it.
 * Returns the title's first token (s.a: the span is all title), or -1. A title the span holds whole only if
 * it is an office of lexicon/offices.ts: a person's name may end on "King" or "Major".
 */
function titleOutOfEnd(text: string, toks: Tok[], s: NameSpan): number {
  const sentence = toks[s.b - 1]!.sentence;
  const named = (e: number) => !!toks[e]?.cap && toks[e]!.sentence === sentence;
  for (let k = Math.max(s.a, s.b - 3); k < s.b; k++) {
    if (!mayStartTitle(toks[k]!.text)) continue;
    if (k > s.a && named(s.b) && OFFICE.has(oneSpace(text.slice(toks[k]!.start, s.end)))) return k;
    // "Estovian Sports Minister Prince Ode …": an office closing the span before another title is the office,
    // with its portfolio; a people's adjective left before it is the rules' to read
    if (k > s.a && named(s.b) && TITLES.has(toks[s.b]!.text) && TITLES.has(oneSpace(text.slice(toks[k]!.start, s.end)))) {
      let o = k;
      while (o > s.a && PORTFOLIO_WORDS.has(toks[o - 1]!.text)) o--;
      return o - s.a === 1 && gazetteer().exact.has(toks[s.a]!.text) ? s.a : o;
    }
    for (let e = s.b; e < s.b + 2 && toks[e]?.sentence === sentence; e++)
      if (named(e + 1) && TITLES.has(oneSpace(text.slice(toks[k]!.start, toks[e]!.end)))) return k;
  }
  return -1;
}

/**
 * The part of s before a title at toks[k]. After another title it is that title's person, which
 * ends at an "and": what follows the "and" is the next office's own qualifier ("Westland" in
 * "… and Westland Senator …"), untitled. Elsewhere an "and" joins one name ("Tell and Vell Ltd.").
 */
function beforeTitle(text: string, toks: Tok[], s: NameSpan, k: number): NameSpan[] {
  let j = s.a + 1;
  while (s.titled && j < k - 1 && toks[j]!.text !== "and") j++;
  if (!s.titled || j >= k - 1) return [nameSpan(s.start, toks[k - 1]!.end, qualifierType(text, toks, s, s.a, k), s.a, k, s.titled)];
  return [nameSpan(s.start, toks[j - 1]!.end, s.type, s.a, j, true), nameSpan(toks[j + 1]!.start, toks[k - 1]!.end, qualifierType(text, toks, s, j + 1, k), j + 1, k, false)];
}

/**
 * "Philippine Defence Secretary …": a people's adjective before a title qualifies it, as CoNLL's MISC; a firm keeps the span's type.
 * "House Speaker …", "Harbour Board Chairman …": before an office no place holds, a name the gazetteer does not
 * know as a place is the body the office belongs to, whatever the tagger read the whole span as.
 */
function qualifierType(text: string, toks: Tok[], s: NameSpan, a: number, b: number): NameSpan["type"] {
  const known = gazetteer().exact.get(toks.slice(a, b).map((t) => t.text).join(" "));
  if (b - a === 1 && known?.some((g) => g.kind === "demonym")) return "MISC";
  return s.type === "LOC" && !known && officeAt(text, toks, b) === null ? "ORG" : s.type;
}

/**
 * "Secretary of State Ann Ode" tagged from "State" on: a title that begins before the
 * span and ends inside it, leaving a name after. Returns the index of the name's first
 * token, or s.a when no title straddles the span's start.
 */
function titleInto(text: string, toks: Tok[], s: NameSpan): number {
  for (let p = Math.max(0, s.a - 3); p < s.a; p++) {
    if (toks[p]!.sentence !== toks[s.a]!.sentence || !mayStartTitle(toks[p]!.text)) continue;
    for (let e = s.b - 2; e >= s.a; e--) if (TITLES.has(oneSpace(text.slice(toks[p]!.start, toks[e]!.end)))) return e + 1;
  }
  return s.a;
}

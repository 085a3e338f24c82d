import { gazetteer } from "./gazetteer.js";
import { nameSpan } from "./titlesplit.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "peace deals in Namibia, Varnholm and Kosovo": a list's items are of one kind. A one-word name the
// tagger read as an organisation or a person between places of a list ("A, X and B", "A, B, X")
// is a place too, unless the gazetteer knows it as something else. After a preposition of place
// ("cases in A, B and C", "crowds in Lisbon and Porto") the list is of places, so a town the
// gazetteer knows is one at its end too, and an organisation read across the last "and" is two places.

const isPlace = (s: NameSpan | undefined) => s?.type === "LOC";
const LOCATIVE = new Set(["in", "at", "across", "from", "near", "between", "throughout", "around"]);
const TOWN = new Set(["city", "capital"]);

/** Whether toks[k] joins two items of a list: a comma, or "and"/"or". */
const joins = (toks: Tok[], k: number) => toks[k]?.text === "," || toks[k]?.text === "and" || toks[k]?.text === "or";

/** Whether the list holding the place `s` (its items joined one to the next) follows a preposition of place. */
function afterLocative(toks: Tok[], names: NameSpan[], i: number): boolean {
  let k = i;
  while (k > 0 && isPlace(names[k - 1]) && names[k - 1]!.b + 1 === names[k]!.a && joins(toks, names[k]!.a - 1)) k--;
  return LOCATIVE.has(toks[names[k]!.a - 1]?.text ?? "");
}

/** "A, B and C" read as one organisation "B and C" after a place: its two capitalised pieces, as places. */
function splitAtAnd(toks: Tok[], s: NameSpan): NameSpan[] | null {
  let and = -1;
  for (let k = s.a + 1; k < s.b - 1; k++) {
    if (toks[k]!.text === "and") and = and < 0 ? k : -2;
    else if (!toks[k]!.word || !toks[k]!.cap) return null;
  }
  if (and < 0 || !toks[s.a]!.cap || !toks[s.b - 1]!.cap) return null;
  return [nameSpan(s.start, toks[and - 1]!.end, "LOC", s.a, and), nameSpan(toks[and + 1]!.start, s.end, "LOC", and + 1, s.b)];
}

/** The tagger's organisations and persons that are items of a list of places, as places. */
export function placesInLists(toks: Tok[], names: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < names.length; i++) {
    const s = names[i]!;
    if ((s.type !== "ORG" && s.type !== "PER") || s.titled) {
      out.push(s);
      continue;
    }
    const prev = names[i - 1], next = names[i + 1];
    const afterPlace = isPlace(prev) && prev!.b + 1 === s.a && joins(toks, s.a - 1);
    const word = s.b - s.a === 1 ? toks[s.a]!.text : null;
    if (word && afterPlace && isPlace(next) && next!.a === s.b + 1 && joins(toks, s.b)) out.push(gazetteer().exact.has(word) ? s : retyped(s, "LOC"));
    else if (afterPlace && s.type === "ORG" && afterLocative(toks, names, i - 1)) {
      const town = word !== null && (gazetteer().exact.get(word) ?? []).some((e) => TOWN.has(e.kind));
      const pieces = town ? [retyped(s, "LOC")] : word ? null : toks[s.a - 1]!.text === "," ? splitAtAnd(toks, s) : null;
      out.push(...(pieces ?? [s]));
    } else out.push(s);
  }
  return out;
}

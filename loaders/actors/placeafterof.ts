import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";
import { nameSpan } from "./titlesplit.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";

// "the province of Tamarisk", "the town of Orvelle", "the port of Eastport": a capitalised name right
// after a lower-case geographical noun and "of" is that place, whatever the tagger read out of
// context (an unknown name ending in "s" looks like a people's name, a short one like a person's),
// or where it read nothing. So is a person's reading of a name right after "in" and before a comma.

/** Lower-case nouns of places that take their name after "of". */
const PLACE_NOUNS = new Set([
  "town", "city", "village", "province", "region", "district", "island", "state", "county", "port",
  "republic", "suburb", "enclave", "resort", "valley", "prefecture", "municipality", "township", "hamlet", "oasis",
  "coast", "shores", "outskirts",
]);
const MAX_WORDS = 3;

/** Where a name after "<place noun> of" starting at token k ends (exclusive), or k when none does. */
function nameEnd(toks: Tok[], k: number): number {
  let b = k;
  while (b < toks.length && b - k < MAX_WORDS && toks[b]!.word && toks[b]!.cap && toks[b]!.sentence === toks[k]!.sentence) b++;
  return b;
}

/**
 * "In Port Emery, residents …": a person's reading of a name between "in" and the clause's comma or
 * the sentence's end is a place; nobody is "in" a person. Not a titled name ("in President Ode's
 * plan" has no comma there), and only the person reading: "in Congress," is a body.
 */
function inPlace(toks: Tok[], s: NameSpan): boolean {
  const before = toks[s.a - 1], after = toks[s.b];
  return s.type === "PER" && !s.titled && before?.lex.lower === "in" && (after === undefined || after.text === "," || after.text === "." || after.sentence !== toks[s.a]!.sentence);
}

const AGE = /^\d{1,3}$/u;
/**
 * "Ivo Tarl, 67, from Dunmere", "Ana Lima, 45, of Orvelle, was charged": after a person's age, "of" or
 * "from" gives the home town, whatever the tagger read there; a body's head keeps a body ("of Tarvo Corp").
 */
function hometown(toks: Tok[], s: NameSpan): boolean {
  const prep = toks[s.a - 1], comma = toks[s.a - 2], age = toks[s.a - 3];
  if (s.type === "LOC" || s.titled || !prep || (prep.text !== "of" && prep.text !== "from") || comma?.text !== "," || !age || !AGE.test(age.text)) return false;
  return toks[s.a - 4]?.text === "," && !ORG_SUFFIXES.has(toks[s.b - 1]!.text);
}

/**
 * "Ivo Tarl of Dunmere was arrested": one word read as a person right after a full name and "of" is
 * no second person but where the first comes from.
 */
function homeAfterName(toks: Tok[], s: NameSpan): boolean {
  if (s.type !== "PER" || s.b - s.a !== 1 || s.titled || toks[s.a - 1]?.text !== "of") return false;
  const last = toks[s.a - 2], first = toks[s.a - 3];
  return !!last && !!first && last.cap && first.cap && last.word && first.word && last.sentence === toks[s.a]!.sentence && first.sentence === last.sentence;
}

const placeRead = (toks: Tok[], s: NameSpan) => inPlace(toks, s) || hometown(toks, s) || homeAfterName(toks, s);

/** The tagger's names with each name after "<place noun> of" read as a place, and such names it missed added. */
export function placeAfterOf(toks: Tok[], names: NameSpan[]): NameSpan[] {
  const starts = new Map<number, number>();
  for (let k = 2; k < toks.length; k++)
    if (toks[k]!.cap && toks[k - 1]!.text === "of" && PLACE_NOUNS.has(toks[k - 2]!.text)) starts.set(k, nameEnd(toks, k));
  if (!starts.size) return mapSpans(names, (s) => (placeRead(toks, s) ? retyped(s, "LOC") : s));
  const out: NameSpan[] = [];
  for (const s of names) {
    const end = starts.get(s.a);
    if (end === undefined) out.push(placeRead(toks, s) ? retyped(s, "LOC") : s);
    else {
      starts.delete(s.a);
      out.push(s.type === "LOC" || s.b > end ? s : retyped(s, "LOC"));
    }
  }
  for (const [a, b] of starts) {
    if (b > a && !names.some((s) => s.a < b && a < s.b)) out.push(nameSpan(toks[a]!.start, toks[b - 1]!.end, "LOC", a, b));
  }
  return out.sort((x, y) => x.start - y.start);
}

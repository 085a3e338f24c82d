import { retyped, type NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { nameSpan } from "./titlesplit.js";

// "the province of Surin", "the town of Taibe", "the port of Eastport": a capitalised name right
// after a lower-case geographical noun and "of" is that place, whatever the tagger read out of
// context (an unknown name ending in "s" looks like a people's name, a short one like a person's),
// or where it read nothing.

/** Lower-case nouns of places that take their name after "of". */
const PLACE_NOUNS = new Set([
  "town", "city", "village", "province", "region", "district", "island", "state", "county", "port",
  "republic", "suburb", "enclave", "resort", "valley", "prefecture", "municipality", "township", "hamlet", "oasis",
]);
const MAX_WORDS = 3;

/** Where a name after "<place noun> of" starting at token k ends (exclusive), or k when none does. */
function nameEnd(toks: Tok[], k: number): number {
  let b = k;
  while (b < toks.length && b - k < MAX_WORDS && toks[b]!.word && toks[b]!.cap && toks[b]!.sentence === toks[k]!.sentence) b++;
  return b;
}

/** The tagger's names with each name after "<place noun> of" read as a place, and such names it missed added. */
export function placeAfterOf(toks: Tok[], names: NameSpan[]): NameSpan[] {
  const starts = new Map<number, number>();
  for (let k = 2; k < toks.length; k++)
    if (toks[k]!.cap && toks[k - 1]!.text === "of" && PLACE_NOUNS.has(toks[k - 2]!.text)) starts.set(k, nameEnd(toks, k));
  if (!starts.size) return names;
  const out: NameSpan[] = [];
  for (const s of names) {
    const end = starts.get(s.a);
    if (end === undefined) out.push(s);
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

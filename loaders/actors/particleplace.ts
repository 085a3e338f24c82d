import { gazetteer } from "./gazetteer.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "Kingston upon Hull", "Port of Spain", "Foz do Iguaçu": a place whose name holds a lower-case
// word. The tagger splits such a name at the small word ("Kingston", "Hull"), and the rules, which read
// runs of capitalised words, find only a piece ("Spain"). Where the gazetteer knows the whole name as
// a country, a capital, a city or a region, the whole is one place.

/** Lower-case words inside places' names, in the languages the gazetteer's names come from. */
const PARTICLES = new Set(["of", "and", "de", "des", "del", "da", "do", "dos", "das", "es", "el", "la", "le", "les", "upon", "on", "sur", "en", "al", "di", "y"]);
const PLACE_KINDS = new Set(["country", "capital", "city", "region"]);
const MAX_WORDS = 5;

const INNER_LOWER = / \p{Ll}/u;
/** Whether the gazetteer knows `name` as a place with a lower-case word inside ("Port of Spain"). */
export function knownPlaceName(name: string): boolean {
  return INNER_LOWER.test(name) && (gazetteer().exact.get(name)?.some((g) => PLACE_KINDS.has(g.kind)) ?? false);
}

/** The end of a known place's name with a lower-case word in it starting at toks[i], or -1. */
function placeEnd(toks: Tok[], i: number): number {
  const first = toks[i]!;
  if (!first.cap || !first.word || !gazetteer().firstWords.has(first.lex.lower)) return -1;
  if (!PARTICLES.has(toks[i + 1]?.text ?? "") && !PARTICLES.has(toks[i + 2]?.text ?? "")) return -1;
  let text = first.text;
  let found = -1;
  for (let k = i + 1; k < toks.length && k - i < MAX_WORDS; k++) {
    const t = toks[k]!;
    if (!t.word || t.sentence !== first.sentence || t.start !== toks[k - 1]!.end + 1) break;
    text += ` ${t.text}`;
    if (t.cap && k - i >= 2 && knownPlaceName(text)) found = k + 1;
  }
  return found;
}

/** The tagger's names with every known place holding a lower-case word read whole, over its pieces. */
export function placesWithParticles(toks: Tok[], names: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const b = placeEnd(toks, i);
    if (b < 0) continue;
    const inside = (s: NameSpan) => s.a < b && i < s.b;
    const current: NameSpan[] = out ?? names;
    // a longer name around it is that name's ("the Port of Spain Chamber of Commerce")
    if (current.some((s) => inside(s) && (s.a < i || s.b > b))) continue;
    out = [...current.filter((s) => !inside(s)), { start: toks[i]!.start, end: toks[b - 1]!.end, type: "LOC", a: i, b, titled: false }];
    i = b - 1;
  }
  return out ? out.sort((x, y) => x.start - y.start) : names;
}

import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { nameSpan } from "./titlesplit.js";

// "outside the App Store, and that Meta's model": the tagger can carry one name through a comma and
// the clause words after it into the next name. A name goes on past a comma only with a capitalised
// word ("Portland, Maine") or a name particle ("Maria, de la …" is rare, but "de" never opens a clause).

const PARTICLE = /^(?:de|del|della|der|den|da|das|do|dos|du|la|le|van|von|bin|ibn|al|el|y|e)$/u;
const LOWER_START = /^\p{Ll}/u;

/** The span cut at each comma a lower-case word follows; each piece keeps its capitalised words. */
export function splitAtClauseComma(toks: readonly Tok[], s: NameSpan): NameSpan[] {
  const out: NameSpan[] = [];
  let a = s.a;
  for (let k = s.a + 1; k < s.b - 1; k++) {
    const next = toks[k + 1]!;
    if (toks[k]!.text !== "," || !next.word || !LOWER_START.test(next.text) || PARTICLE.test(next.text)) continue;
    if (k > a) out.push(nameSpan(toks[a]!.start, toks[k - 1]!.end, s.type, a, k, s.titled));
    a = k + 1;
    while (a < s.b && (!toks[a]!.word || LOWER_START.test(toks[a]!.text))) a++;
    k = a;
  }
  if (a === s.a) return [s];
  if (a < s.b) out.push(nameSpan(toks[a]!.start, s.end, s.type, a, s.b, s.titled));
  return out;
}

import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { nameSpan } from "./titlesplit.js";
import { PARTICLES } from "./personedges.js";
import { DAY_OR_MONTH, MONTH_ABBREVIATIONS } from "./datewords.js";

// "outside the App Store, and that Meta's model": the tagger can carry one name through a comma and
// the clause words after it into the next name. A name goes on past a comma only with a capitalised
// word ("Portland, Maine") or a name particle ("Maria, de la …" is rare, but "de" never opens a clause).

const LOWER_START = /^\p{Ll}/u;
const DASH = /^(?:-|--|—|–)$/u, UPPER_START = /^\p{Lu}/u;

// "LONDON, Dec 6 - Harbour City moved …": a dateline without an agency runs its date, the dash and the
// story's first name together; a dash with space on both sides is never inside a name.
const spacedDash = (toks: readonly Tok[], k: number) =>
  DASH.test(toks[k]!.text) && toks[k - 1]!.end < toks[k]!.start && toks[k]!.end < toks[k + 1]!.start;

/** "Dec 6", "March 3", "6": a piece of a date's words or numbers only is no name. */
function noName(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.word && UPPER_START.test(t.text) && !DAY_OR_MONTH.test(t.text) && !MONTH_ABBREVIATIONS.test(t.text)) return false;
  }
  return true;
}

/** The span cut at each comma a lower-case word follows and at each spaced dash; each piece keeps its capitalised words. */
export function splitAtClauseComma(toks: readonly Tok[], s: NameSpan): NameSpan[] {
  const out: NameSpan[] = [];
  let a = s.a;
  for (let k = s.a + 1; k < s.b - 1; k++) {
    const next = toks[k + 1]!;
    const clause = toks[k]!.text === "," && next.word && LOWER_START.test(next.text) && !PARTICLES.has(next.text) && next.text !== "y" && next.text !== "e";
    if (!clause && !spacedDash(toks, k)) continue;
    if (k > a && !noName(toks, a, k)) out.push(nameSpan(toks[a]!.start, toks[k - 1]!.end, s.type, a, k, s.titled));
    a = k + 1;
    while (a < s.b && (!toks[a]!.word || LOWER_START.test(toks[a]!.text))) a++;
    k = a;
  }
  if (a === s.a) return [s];
  if (a < s.b && !noName(toks, a, s.b)) out.push(nameSpan(toks[a]!.start, s.end, s.type, a, s.b, s.titled));
  return out;
}


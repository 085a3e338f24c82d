import { initials } from "./keys.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "Halvard Precision Instruments said …; HPI's shares fell": the article's own acronym spells a
// name's initials. Opening a sentence, the name's first word looks like any capitalised opener,
// and the tagger cut it off ("Precision Instruments", a person); the acronym says where the name
// begins and that it is an organisation's. A whole name the tagger read keeps its kind: some people
// are written by their initials.

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The initials of toks[a, b), read as resolution reads a name's (keys.ts). */
const initialsAt = (toks: Tok[], a: number, b: number) => initials(toks.slice(a, b).map((t) => t.text).join(" "));

const MEMO = new WeakMap<Tok[], Set<string>>();
/** The acronyms the article writes (all capitals, two to six letters, not inside a run in capitals). */
function acronyms(toks: Tok[]): Set<string> {
  let out = MEMO.get(toks);
  if (out) return out;
  out = new Set<string>();
  for (const t of toks) if (ACRONYM.test(t.text) && !toks[t.i - 1]?.text.match(ACRONYM) && !toks[t.i + 1]?.text.match(ACRONYM)) out.add(t.text);
  MEMO.set(toks, out);
  return out;
}

/** Whether the article writes the initials of toks[a, b) as an acronym. */
export const acronymWritten = (toks: Tok[], a: number, b: number): boolean => b - a >= 2 && acronyms(toks).has(initialsAt(toks, a, b));

const capWord = (t: Tok | undefined) => !!t && t.word && t.cap && /^\p{Lu}\p{Ll}/u.test(t.text);

/** Spans whose initials, with the capitalised word before them, the article writes as an acronym: organisations that run back over that word. */
export function spansByAcronym(toks: Tok[], names: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | null = null;
  names.forEach((s, k) => {
    if (s.type !== "PER" && s.type !== "ORG") return;
    if (s.b - s.a < 2 || !toks.slice(s.a, s.b).every(capWord)) return;
    const known = acronyms(toks);
    if (known.size === 0) return;
    const prev = toks[s.a - 1];
    const grow = capWord(prev) && prev!.sentence === toks[s.a]!.sentence && prev!.end + 1 === toks[s.a]!.start && known.has(initialsAt(toks, s.a - 1, s.b));
    if (!grow) return;
    out ??= names.slice();
    out[k] = { start: prev!.start, end: s.end, type: "ORG", a: s.a - 1, b: s.b, titled: s.titled };
  });
  return out ?? names;
}

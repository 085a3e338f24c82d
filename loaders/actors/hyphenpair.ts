import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "the Quorvath-Delmont merger", "the Hale-Marsh ticket": two names joined by a hyphen
// into one word, as the tagger reads it (Reuters wrote hyphenated compounds as one
// token, and most such tokens are one name: "Anglo-Dutch", "Nagorno-Karabakh"). Where
// the article names each half on its own, the compound is the two of them.

/** Types the article gives a word as a name of its own: a one-word name, or the family name of a person named in full. */
function standalone(toks: Tok[], names: NameSpan[]): Map<string, NameSpan["type"]> {
  const out = new Map<string, NameSpan["type"]>();
  for (const s of names) {
    if (s.type === "MISC") continue;
    const one = s.b - s.a === 1 && !hyphenated(toks, s.a);
    if (one) out.set(toks[s.a]!.text, s.type);
    else if (s.type === "PER" && !out.has(toks[s.b - 1]!.text)) out.set(toks[s.b - 1]!.text, "PER");
  }
  return out;
}

const isHyphen = (t: Tok | undefined) => t !== undefined && (t.text === "-" || t.text === "‐");
/** A hyphen glued to toks[k] on either side. */
const hyphenated = (toks: Tok[], k: number) =>
  (isHyphen(toks[k - 1]) && toks[k - 1]!.end === toks[k]!.start) || (isHyphen(toks[k + 1]) && toks[k + 1]!.start === toks[k]!.end);

const NOUN_PHRASE = new Set(["NOUN", "ADJ"]);
const modifies = (next: Tok | undefined) => !!next && next.word && next.lex.lowerStart && NOUN_PHRASE.has(next.pos);

const CAP_WORD = /^\p{Lu}[\p{L}\d]+$/u;
const asName = (t: Tok, type: NameSpan["type"]): NameSpan => ({ start: t.start, end: t.end, type, a: t.i, b: t.i + 1, titled: false });

/** A hyphenated pair of names, each of them named alone elsewhere in the article, read as the two names. */
export function hyphenPairs(toks: Tok[], names: NameSpan[], titleCase: Set<number>): NameSpan[] {
  let known: Map<string, NameSpan["type"]> | null = null;
  let out = names;
  for (let i = 0; i + 2 < toks.length; i++) {
    const x = toks[i]!, h = toks[i + 1]!, y = toks[i + 2]!;
    if (!x.cap || !y.cap || !isHyphen(h) || x.end !== h.start || h.end !== y.start || !CAP_WORD.test(x.text) || !CAP_WORD.test(y.text)) continue;
    // Not a longer chain ("Ana-Maria-Lima"), nor a title-case line, left to the rules.
    if ((isHyphen(toks[i - 1]) && toks[i - 1]!.end === x.start) || (isHyphen(toks[i + 3]) && toks[i + 3]!.start === y.end) || titleCase.has(x.sentence)) continue;
    // As a modifier before a noun ("the Quorvath-Delmont merger"): a compound standing as a noun itself may name one
    // body ("a consortium, Quorvath-Delmont, bid").
    if (!modifies(toks[i + 3])) continue;
    known ??= standalone(toks, names);
    const tx = known.get(x.text), ty = known.get(y.text);
    if (!tx || !ty) continue;
    const over = out.filter((s) => s.a < i + 3 && i < s.b);
    if (over.some((s) => s.a < i || s.b > i + 3)) continue;
    out = [...out.filter((s) => !over.includes(s)), asName(x, tx), asName(y, ty)];
  }
  return out === names ? names : out.sort((p, q) => p.start - q.start);
}

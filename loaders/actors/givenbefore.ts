import { givenNameWord } from "./lextokens.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "Briton Tom Ardley won", "Estovian Ana Halvorsen said": after a nationality the tagger read as its own
// name, it often leaves the given name out and reads the surname alone as the person. A capitalised
// word right before a person's name that the lexicon knows only as a given name, and that no other name
// holds, is that person's given name.

/** The tagger's persons grown back over a given name it left out right before them. */
export function givenNamesBefore(toks: Tok[], names: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | null = null;
  names.forEach((s, k) => {
    if (s.type !== "PER" || s.titled) return;
    const t = toks[s.a - 1];
    if (!t || !t.word || !t.cap || t.sentence !== toks[s.a]!.sentence || t.end + 1 !== toks[s.a]!.start) return;
    if (!givenNameWord(t.lex.lower) || names.some((o) => o.a <= t.i && t.i < o.b)) return;
    (out ??= names.slice())[k] = { start: t.start, end: s.end, type: "PER", a: s.a - 1, b: s.b, titled: false };
  });
  return out ?? names;
}

import { BODY_HEADS } from "./organd.js";
import { ORG_INNER, ORG_SUFFIXES } from "./lexicon/orgs.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "Westminster Magistrates' Court", "the Farmers' Union", "the Workers' Party": a plural's possessive
// apostrophe inside a body's name. The tokenizer makes the apostrophe a token of its own and the
// tagger ends the name before it, leaving the head ("Court") outside; the name runs on to the head.

const APOSTROPHE = new Set(["'", "’"]);
const HEADS = new Set([...ORG_SUFFIXES, ...ORG_INNER, ...BODY_HEADS, "Court", "Hospital", "Home", "Fund", "Trust", "Association"]);

/** Names ending on a plural before its possessive apostrophe, run on over a body's head right after it. */
export function pluralPossessives(toks: Tok[], names: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | null = null;
  for (let i = 0; i < names.length; i++) {
    const s = names[i]!;
    const last = toks[s.b - 1]!, mark = toks[s.b], head = toks[s.b + 1];
    if (!mark || !head || !APOSTROPHE.has(mark.text) || mark.start !== last.end || !last.text.endsWith("s")) continue;
    if (head.sentence !== last.sentence || head.start !== mark.end + 1 || !HEADS.has(head.text)) continue;
    if (names[i + 1] && names[i + 1]!.a <= s.b + 1 && names[i + 1]!.b > s.b + 2) continue;
    out ??= names.slice();
    out[i] = { start: s.start, end: head.end, type: "ORG", a: s.a, b: s.b + 2, titled: false };
    if (names[i + 1]?.a === s.b + 1) out[i + 1] = out[i]!;
  }
  if (!out) return names;
  return out.filter((s, k, all) => k === 0 || all[k - 1] !== s);
}

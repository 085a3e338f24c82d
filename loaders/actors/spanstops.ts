import { gazetteer } from "./gazetteer.js";
import type { Tok } from "./tok.js";

// Where the tagger's span starts and stops, past what it read into a name out of context: an
// indefinite article opening a sentence, a bracket it closes without opening, lower-case words
// after a word's full stop.

const PLAIN_LOWER = /^\p{Ll}+$/u;
const OPENING_QUOTE = /^["“«‘]$/u;
const DIGITS = /^\d[\d,.]*$/;

/** "An Estovian air strike …": past an indefinite article opening a sentence, or a. */
export function pastIndefinite(toks: readonly Tok[], a: number, b: number): number {
  const t = toks[a]!;
  return b - a > 1 && t.initial && (t.text === "An" || t.text === "A") && toks[a + 1]!.start > t.end ? a + 1 : a;
}

/** Whether the one word at toks[a] is a people's adjective, miscellaneous in CoNLL's scheme. */
export const peoplesAdjective = (toks: readonly Tok[], a: number) => gazetteer().exact.get(toks[a]!.text)?.some((e) => e.kind === "demonym") === true;

/**
 * The end of a name at a bracket closed inside it and never opened there ("(Tarv Fire) said the
 * blaze"), at a quotation opened inside it, at a plain lower-case word after a word's full stop
 * ("Quillo Inc. said on …"; an initial's stop, "A.de Varga", goes on), before a number after
 * lower-case words, or at "in" or "at" before a lower-case word; b when none.
 */
export function innerStop(toks: readonly Tok[], a: number, b: number): number {
  for (let i = a + 1; i < b - 1; i++) if (toks[i]!.text === ")" && !toks.slice(a, i).some((t) => t.text === "(")) b = i;
  // "would retake Tarvel “within days”": a quotation opening after a space starts after the name
  for (let i = a + 1; i < b; i++) if (OPENING_QUOTE.test(toks[i]!.text) && toks[i]!.start > toks[i - 1]!.end && toks[i + 1]?.start === toks[i]!.end) b = Math.min(b, i);
  for (let i = a + 2; i < b; i++) if (toks[i - 1]!.text === "." && toks[i - 2]!.text.length > 1 && toks[i]!.word && PLAIN_LOWER.test(toks[i]!.text)) b = i;
  // a number after lower-case words is theirs ("Tarvo Shipping and carrying 2,400"); "Channel 4" keeps its own
  if (b - a > 2 && DIGITS.test(toks[b - 1]!.text) && PLAIN_LOWER.test(toks[b - 2]!.text)) b--;
  // "the Tarvo Museum in south Orlesk": a name's own "in" takes a place's name right after it ("Embassy in Orlesk")
  for (let i = a + 1; i < b - 1; i++) if ((toks[i]!.text === "in" || toks[i]!.text === "at") && PLAIN_LOWER.test(toks[i + 1]!.text)) b = Math.min(b, i);
  return b;
}

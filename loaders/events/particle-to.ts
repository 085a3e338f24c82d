import type { LexiconEntry } from "./lexicon.js";

// "protested to Estovia" is a diplomatic protest (ACCUSE), "students protested to demand …" a
// demonstration: a "to" that changes what a verb's act is must be a preposition with an
// addressee, a name or a noun phrase a determiner opens. Before a bare verb it marks an
// infinitive of purpose, and the verb's own sense stands.

/** An addressee after "to": a capitalised name, a number, or a determiner or possessive opening a noun phrase. */
const ADDRESSEE = /^\s+(?:\p{Lu}|\p{N}|(?:the|a|an|its|his|her|their|our|both|all|several|foreign|other)\s)/u;

/** Whether a verb pattern's closing "to" must give way to the verb's own entry at a match ending at `end`. */
export function infinitiveTo(entry: LexiconEntry, own: LexiconEntry | undefined, text: string, end: number): boolean {
  if (entry.pos !== "verb" || !own || own.type === entry.type || !/ to$/u.test(entry.pattern)) return false;
  return !ADDRESSEE.test(text.slice(end, end + 20));
}

import type { ResolvedMention } from "../types.js";

// "X dismissed Prime Minister Y's government on Tuesday, accusing it of corruption": a possessor
// inside the main verb's object owns the thing acted on; a participle after the comma is the
// subject's act, not the possessor's. Only a possessor with a word of the clause before it (and
// its title): "Norland's army shelled the town, killing five" keeps the clause-opening possessor.

/** Capitalised title words (and a determiner) right before the name, dropped before the test. */
const TITLE_TAIL = /(?:\s*\b(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*)$/u;
/** A lower-case word left in the clause before the name's phrase: a verb or a preposition the object follows. */
const WORD_BEFORE = /\p{Ll}{2,}/u;

/** Whether the mention is a possessor ("Y's") inside an object of its clause. */
export function possessorInObject(text: string, m: ResolvedMention, clauseStart: number): boolean {
  if (!/^['’]s?\s/u.test(text.slice(m.end, m.end + 3))) return false;
  const before = text.slice(clauseStart, m.start).replace(TITLE_TAIL, "");
  return WORD_BEFORE.test(before);
}

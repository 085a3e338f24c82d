// "said she would not step down and accused the opposition of …", "denied that any attack had
// taken place and accused <State> of lying": a past form after "and" is a verb of its own, so a
// negation or a denial before the "and" does not reach it. Only where grammar says so: after
// "would not" or "did not" the negated verb is bare, so a past form after "and" cannot share its
// auxiliary; inside a denied that-clause whose subject is a thing ("any attack"), a past form after
// "and" cannot be that thing's act ("its troops had crossed the border and attacked" stays denied).

/** The trigger's clause ends on "and" or "but" (an adverb may follow). */
const AFTER_AND = /\s(?:and|but)\s+(?:then\s+|also\s+|later\s+|instead\s+)?$/iu;

/** A modal or "do" and a negator, with the bare verb after them. */
const BARE_NEGATION = /\b(?:(?:would|will|could|can|should|shall|may|might|must|did|does|do)\s+(?:not|never)|cannot|(?:wo|did|does|do|could|would|ca|should)n['’]t)\s+\p{Ll}+\b/iu;

/** A negator of any kind: when one stands after the bare negation, the grammar is not this simple. */
const NEGATOR = /\b(?:not|never|cannot|nor|\p{L}+n['’]t)\b/iu;

/** A past form: regular, or one of the irregular verbs of news triggers. */
export const PAST = /(?:ed|sent|met|held|struck|told|fought|broke|took|gave|threw|shot|hit|led|sought|won|lost|cut|made|put|set|rose|beat|stood|drove|overran|withdrew|undertook|froze|swore|vowed|urged)$/u;

/** Words a denied that-clause's subject may be while the clause is still an actor's act. */
const ACTOR_SUBJECT = /^(?:it|they|he|she|we|i|(?:its|their|his|her|our)\s+\S+|\p{Lu}.*)$/u;

/** The auxiliary that ends the that-clause's subject. */
const AUXILIARY = /\s(?:had|has|have|was|were|is|are|would|will|could|did|ever)\s/iu;

/** Whether a negation in `before` stops at an "and" that opens the trigger, a past form, as its own verb. */
export function negationEndsAtConjunct(before: string, head: string): boolean {
  if (!AFTER_AND.test(before) || !PAST.test(head)) return false;
  const and = before.search(AFTER_AND);
  const first = before.slice(0, and);
  const m = BARE_NEGATION.exec(first.slice(-80));
  if (!m) return false;
  // Only the one negation, and it governs the words before the "and".
  const rest = first.slice(-80).slice(m.index + m[0].length);
  return !NEGATOR.test(rest);
}

/** Whether a denied that-clause (`before` opens on "that") ends at an "and" before a past-form trigger. */
export function denialEndsAtConjunct(before: string, head: string): boolean {
  if (!AFTER_AND.test(before) || !PAST.test(head)) return false;
  const clause = before.replace(/^\s*that\s+/iu, " ");
  const aux = AUXILIARY.exec(clause);
  if (!aux) return false;
  const subject = clause.slice(0, aux.index).trim();
  return subject.length > 0 && !ACTOR_SUBJECT.test(subject);
}

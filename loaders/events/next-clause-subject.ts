// "asked donors for vaccines and the United States pledged aid": a name after "and" that a finite
// verb follows opens a clause of its own; it is that clause's subject, not the object of the verb before.

const AND_BEFORE = /\band\s+(?:the\s+)?$/iu;
const FINITE_AFTER = /^\s+(?:(?:also|later|then|quickly|has|have|had)\s+)?(?:\p{Ll}+ed|said|says|sent|gave|made|took|began|won|lost|met|sought|told|spent|paid|sold|brought|kept)\b/u;

/** Whether the mention at [start, end) is the subject of a clause coordinated after the trigger's object. */
export function opensNextClause(text: string, from: number, start: number, end: number): boolean {
  const gap = text.slice(from, start);
  return /\S\s+and\s/u.test(gap) && AND_BEFORE.test(gap) && FINITE_AFTER.test(text.slice(end, end + 40));
}

import type { TriggerMatch } from "./matcher.js";
import { GERUND_SUBJECT, prepositionalGerund } from "./verb-classes.js";
import { ingForm } from "./ing-form.js";

// An -ing form read as a verb that the grammar around it makes a noun. Where the lexicon has a
// noun row of that form ("fighting", "meeting", "shelling"), the form is read by that row, so its
// agent attaches as a noun's does ("between X and Y", "by X", a possessor); else it is no act.

/** Prepositions of setting before a gerund that name the act as a noun: "died in fighting between …". */
const SETTING_BEFORE = /\b(?:in|during|amid|amidst|despite)\s+$/iu;
/** "fighting between X and Y": a gerund whose parties follow with "between" is the noun. */
const BETWEEN_AFTER = /^\s+between\s/u;
/** Before a gerund these say the act did not (yet) happen or is a charge: "left without meeting X". */
const NOT_DONE_BEFORE = /\b(?:without|of|instead\s+of|before|for|with|about|against)\s+$/iu;

/** What a verb trigger's -ing form is: the trigger itself, its noun reading, or null (a gerund that tells no act). */
export function asGerund(text: string, t: TriggerMatch, sentenceStart: number, sentenceEnd: number): TriggerMatch | null {
  if (t.entry.pos !== "verb" || !ingForm(t.head)) return t;
  const near = text.slice(Math.max(sentenceStart, t.start - 12), t.start);
  const after = text.slice(t.headEnd, Math.min(sentenceEnd, t.headEnd + 24));
  const subject = GERUND_SUBJECT.test(after), phrase = prepositionalGerund(text, t, sentenceStart);
  // A gerund heading the clause's subject ("the market bombing was …") names an act told elsewhere,
  // unless its parties follow it ("Fighting between X and Y resumed").
  const noun = t.noun && !NOT_DONE_BEFORE.test(near) && (phrase || SETTING_BEFORE.test(near) || BETWEEN_AFTER.test(after));
  const gerund = subject || phrase;
  if (noun) return { ...t, entry: t.noun!, headEnd: t.start + t.head.length };
  return gerund ? null : t;
}

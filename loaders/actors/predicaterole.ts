import { DESC, DET, roleOf } from "./officedesc.js";

// An office is often stated by the clause about the person rather than next to the name:
// "Ana Lima is the interior minister", "Ana Lima, who is the interior minister, said …",
// "Ana Lima resigned as transport minister on Monday", "Ana Lima was named chief executive of
// Orvel Mining". The verb right after the name decides: being, becoming, being put in an office,
// or leaving it (the office was held when the story happened). The description must end on an
// office's head noun as in an apposition, and "former" gives none.

/** Verbs that state the office the subject holds, takes or leaves; "as" is required where English requires it. */
const VERB = String.raw`(?:is|was\s+(?:named|appointed|elected|chosen|sworn\s+in\s+as|confirmed\s+as|made)|has\s+been\s+(?:named|appointed|elected)|became|becomes|(?:serves|served|resigned|resigns|quit|quits|stepped\s+down|steps\s+down|took\s+over|takes\s+over|remains|stays)\s+as)(?:\s+as)?`;
/** Where the description ends: punctuation, the sentence's end, or a word that opens what follows ("on Monday", "after …"). */
const END = String.raw`(?:\s*[,;.]|\s*$|\s+(?:on|in|last|this|earlier|after|before|following|amid|over|since|and|but|when|until|in)\b)`;
/** "X is the …", or an inserted "X, who is the …," (which must close with a comma or the sentence's end). */
const PREDICATE = new RegExp(String.raw`^(?:\s*,\s*who)?\s+${VERB}\s+(?:${DET}\s+)?${DESC}${END}`, "u");

/** Words that turn the predicate into another verb's ("is expected to become minister") or qualify it ("is now minister"). */
const NOT_OFFICE = /\b(?:to|be|been|become|not|now|also|still|expected|likely|set|due|ready)\b/iu;

/** The office the clause right after the name states, or null. */
export function predicateRole(after: string): string | null {
  const m = PREDICATE.exec(after);
  return m && !NOT_OFFICE.test(m[3]!) ? roleOf(m[3]!, m[4], m[5], m[2]) : null;
}

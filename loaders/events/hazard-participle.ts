import type { TriggerMatch } from "./matcher.js";
import type { Sentence } from "../types.js";
import { ingForm } from "./ing-form.js";
import { finiteVerb } from "./thing-clause.js";

// "A volcano erupted in southern <State> on Tuesday, sending ash into the air": a participle after a
// comma hangs on the clause before it, and when that clause is the sentence's own, opening on a
// natural hazard or an accident as its subject, what the participle tells is the hazard's doing.
// The place named inside the clause did not act. General English nouns of hazards only.

const HAZARD_SUBJECT =
  /^[\s"“‘']*(?:(?:a|an|the|this|that|another|powerful|strong|massive|huge|deadly|violent|major|fierce|devastating|severe|heavy|fresh|sudden|second|large|small|tropical|winter|summer|torrential|\p{Ll}+-\p{Ll}+)\s+){0,4}(?:volcano|eruption|earthquake|quake|tremor|aftershock|storm|hurricane|typhoon|cyclone|tornado|twister|wildfire|bushfire|fire|blaze|flames|floods?|flooding|floodwaters|rains?|downpours?|snowstorm|blizzard|snow|winds?|gales?|heatwave|landslides?|mudslides?|avalanche|tsunami|waves|explosion|blast|outbreak|epidemic)\s+(\p{Ll}+)\b/iu;

/** Whether a participle trigger hangs on a sentence-opening clause whose subject is a hazard. */
export function hazardParticiple(t: TriggerMatch, text: string, s: Sentence): boolean {
  if (t.entry.pos !== "verb" || !ingForm(t.head)) return false;
  const before = text.slice(s.start, t.start);
  // The comma right before the participle is the first of the sentence: the clause before it is the main one.
  if (!/^[^,;:—–]*,\s*$/u.test(before)) return false;
  const m = HAZARD_SUBJECT.exec(before);
  return !!m && finiteVerb(m[1]!);
}

import type { TriggerMatch } from "./matcher.js";
import { isSubjectLike, wordCount } from "./mentions.js";
import type { RoleContext } from "./role-context.js";

// "After talks with X, Y said …", "Following his meeting with X on Monday, Y flew home", "During a
// visit to X, Y signed …": an act noun in a time phrase opening the sentence has no agent of its
// own; English gives it the main clause's subject, the first name after the phrase's comma.

/** The opening preposition, a determiner or a measure, a modifier or two, then the noun. */
const OPENING =
  /^[\s"“'‘(]*(?:After|Following|During|Before|Ahead\s+of|At|In|Since)\s+(?:(?:a|an|the|his|her|its|their|two|three|four|several|many)\s+)?(?:(?:hours?|days?|weeks?|weekend|months?|rounds?)\s+of\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** How many words (a title, a name's first part) may stand between the comma and the subject. */
const SUBJECT_REACH = 4;

/** The main clause subject an opening phrase's act noun belongs to, or -1. */
export function frontedAdjunctSubject(t: TriggerMatch, c: RoleContext): number {
  const { text, ms } = c;
  if (t.entry.pos !== "noun" || !OPENING.test(text.slice(c.sentence.start, t.start))) return -1;
  const comma = text.indexOf(",", t.end);
  if (comma < 0 || comma >= c.sentence.end || comma - t.end > 110) return -1;
  const i = ms.findIndex((m) => m.start > comma);
  const m = ms[i];
  return m && wordCount(text, comma + 1, m.start) <= SUBJECT_REACH && isSubjectLike(text, m, comma + 1) ? i : -1;
}

import type { TriggerMatch } from "./matcher.js";
import { isSubjectLike } from "./mentions.js";
import type { RoleContext } from "./role-context.js";

// "After talks with X, Y said …", "Following his meeting with X on Monday, Y flew home", "During a
// visit to X, Y signed …": an act noun in a time phrase opening the sentence has no agent of its
// own; English gives it the main clause's subject, the first name after the phrase's comma.

/** The opening preposition, a determiner or a measure, a modifier or two, then the noun. */
const OPENING =
  /^[\s"“'‘(]*(?:After|Following|During|Before|Ahead\s+of|At|In|Since)\s+(?:(?:a|an|the|his|her|its|their|two|three|four|several|many)\s+)?(?:(?:hours?|days?|weeks?|weekend|months?|rounds?)\s+of\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** What may stand between the comma and the subject: an article, a title's words, no verb. */
const TITLE_GAP = /^\s*(?:(?:the|The|\p{Lu}[\p{L}.'’-]*|foreign|prime|defen[cs]e|interior|deputy|vice|minister|president|secretary|envoy|ambassador|leader|chief|spokes(?:man|woman)|official|state|senior)\s+){0,4}$/u;

/** The main clause subject an opening phrase's act noun belongs to, or -1. */
export function frontedAdjunctSubject(t: TriggerMatch, c: RoleContext): number {
  const { text, ms } = c;
  if (t.entry.pos !== "noun" || !OPENING.test(text.slice(c.sentence.start, t.start))) return -1;
  const comma = text.indexOf(",", t.end);
  if (comma < 0 || comma >= c.sentence.end || comma - t.end > 110) return -1;
  const i = ms.findIndex((m) => m.start > comma);
  const m = ms[i];
  return m && TITLE_GAP.test(text.slice(comma + 1, m.start)) && isSubjectLike(text, m, comma + 1) ? i : -1;
}

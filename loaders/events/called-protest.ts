import type { TriggerMatch } from "./matcher.js";

// "The unions called a general strike", "the opposition called a protest": calling a protest
// stages it. The lexicon row wants an article right after the verb, so "called for a strike" (an
// appeal, its own row) and "called off the strike" are not it. "Called the strike a success"
// names the strike rather than calling it.

/** "called the strike, the first in years, a warning": a second noun phrase names the first. */
const NAMED_AS = /^(?:\s*,[^,;:]{1,80},)?\s+(?:a|an)\s/iu;
/**
 * "called the strike irresponsible", "called the walkout 'disproportionate'": an adjective (told by
 * its ending) or a quoted word right after the noun phrase judges the strike. "for Monday", "against X",
 * "over pay" and "yesterday" end on none of these.
 */
const JUDGED_AS = /^\s+(?:["“'‘][^"”'’]{2,40}["”'’]|(?:un|in|ir|il|dis)?\p{Ll}{2,}(?:ible|able|ful|less|ous|ive|al|ic|ary|ant|ent|ate)\b(?!\s+(?:of|to)\b))/u;

/** "called the", "calling their": a protest noun right after is the object of "called". */
const CALLED_BEFORE = /\bcall(?:s|ed|ing)?\s+(?:the|this|that|their|its|his|her|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Whether a "call a … strike" match names a protest instead of calling one. */
export function notCalledProtest(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "PROTEST") return false;
  // "called the walkout 'disproportionate'": a protest noun judged as the object of "called".
  if (t.entry.pos === "noun" ? !CALLED_BEFORE.test(text.slice(Math.max(0, t.start - 50), t.start)) : !/^call/u.test(t.head)) return false;
  const after = text.slice(t.end, Math.min(end, t.end + 120));
  return NAMED_AS.test(after) || JUDGED_AS.test(after);
}

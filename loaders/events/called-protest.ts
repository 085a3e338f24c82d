import type { TriggerMatch } from "./matcher.js";

// "The unions called a general strike", "the opposition called a protest": calling a protest
// stages it. The lexicon row wants an article right after the verb, so "called for a strike" (an
// appeal, its own row) and "called off the strike" are not it. "Called the strike a success"
// names the strike rather than calling it.

/** "called the strike, the first in years, a warning": a second noun phrase names the first. */
const NAMED_AS = /^(?:\s*,[^,;:]{1,80},)?\s+(?:a|an)\s/iu;

/** Whether a "call a … strike" match names a protest instead of calling one. */
export function notCalledProtest(t: TriggerMatch, text: string, end: number): boolean {
  return t.entry.type === "PROTEST" && /^call/u.test(t.head) && NAMED_AS.test(text.slice(t.end, Math.min(end, t.end + 120)));
}

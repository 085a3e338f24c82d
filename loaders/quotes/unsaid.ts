import type { Attribution } from "./attribution.js";
import type { QuoteSpan } from "./marks.js";

// "Officials declined to say what each day's “theme” will be": a speech verb that is declined,
// refused or denied reports nothing said, so a short phrase in marks in its complement is the
// reporter's term, nobody's words. A sentence-long quotation is left alone: a verb so framed
// never heads one, and a longer span is more likely a speaker's words credited elsewhere.

/** Right before the verb: "declined to", "refused to", "would not", "did n't", "won't". */
const NOT_SAYING = /(?:\b(?:declin|refus)(?:e|es|ed|ing)\s+to|\b(?:would|will|did|does|do|could|can)\s*(?:not|n['’]t)|\b(?:won|can)['’]t|\bcannot)\s+$/iu;
/** A short phrase opening in lower case, inside the reporter's sentence. */
const SHORT_LOWER = /^\p{Ll}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3}[,.]?$/u;

/** Whether `q` (text `inner`) is credited only by a speech verb its subject declines to use. */
export function unsaidTerm(text: string, inner: string, q: QuoteSpan, found: Attribution): boolean {
  if (found.verbStart > q.open || !SHORT_LOWER.test(inner)) return false;
  return NOT_SAYING.test(text.slice(Math.max(0, found.verbStart - 24), found.verbStart));
}

/**
 * "refugees accused of being “agitators” in the camps": a passive participle hung on a noun, with
 * no one named as its agent, credits the words to nobody: they are the reporter's term for the
 * charge. With an agent ("described as “armed” by police"), an active subject and object
 * ("Ode accused Lund of being “a liar”") or a fronted object ("what police described as a “…”")
 * someone speaks, and the span stays a quotation.
 */
const AGENTLESS_PASSIVE = /(?<!\b(?:was|were|is|are|be|been|being|had|has|have|get|got)\s+)\b(?:accused|described|denounced|condemned|hailed|praised|criticised|criticized|regarded|viewed)\s+(?:of\s+being|as)\s+(?:an?\s+|the\s+)?$/iu;
/** An agent after the span, before the clause ends. */
const AGENT_AFTER = /^[^.;:!?]{0,40}?\bby\s/iu;

/** `before`: the text right before the opening mark; `after`: the text right after the closing one. */
export function agentlessTerm(inner: string, before: string, after: string): boolean {
  const m = SHORT_LOWER.test(inner) ? AGENTLESS_PASSIVE.exec(before) : null;
  if (!m || AGENT_AFTER.test(after)) return false;
  // "in what police described as a “…”": a fronted object and a subject make the verb active
  const lead = before.slice(0, m.index).toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  return !lead.slice(-4).some((w) => ACTIVE_LEAD.has(w));
}
/** Words before the participle that make it an active verb with a fronted object or its own subject. */
const ACTIVE_LEAD = new Set(["what", "which", "that", "whom", "who", "he", "she", "they", "we", "i", "you"]);

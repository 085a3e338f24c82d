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

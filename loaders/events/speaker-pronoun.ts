// "Police said they had arrested …", "the court said it would rule …": a group that reports
// its own act names itself again with a pronoun as the reported clause's subject. That pronoun
// is the group, so the act is the group's; a speaker is never credited with a clause whose
// subject is someone else ("officials said the gunmen had seized …").

/** A report verb, an optional short time or place ("on Monday", "in a statement"), "that", then the pronoun. */
const SAID_PRONOUN =
  /^\s+(?:also\s+|later\s+)?(?:said|say|says|told\s+(?:reporters|journalists)|added|announced|stated|reported)(?:\s+(?:on|in|late|early|at)(?:\s+[\p{L}\p{N}-]+){1,3}?)?,?\s+(?:that\s+)?(they|it)\s+(?=(?:would|will|had|have|has|were|planned|plan|intended|intend|wanted|want|hoped|could|might|may|also|\p{Ll}+ed)\b)/u;

/**
 * Where the pronoun that takes up a speaker stands, when the words after the speaker's phrase
 * (from `end`) report its own act: `they` after a plural group, `it` after a singular body.
 */
export function speakerPronoun(text: string, end: number, limit: number, plural: boolean): { start: number; end: number } | null {
  const m = SAID_PRONOUN.exec(text.slice(end, Math.min(limit, end + 70)));
  if (!m || (m[1] === "they") !== plural) return null;
  const start = end + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
  return { start, end: start + m[1]!.length };
}

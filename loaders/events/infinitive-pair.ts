// "X decided to charge that Y was lying and to propose sanctions": an infinitive after "and"
// coordinates with an earlier infinitive of the same verb chain, across the "that" clause the
// earlier one opened; its subject is the earlier infinitive's, never the reported clause's.

/** An infinitive whose verb opens a "that" clause (within three words), running on to the end of the text given. */
const TO_THEN_THAT = /\bto\s+(\p{Ll}+)(?:\s+[\p{L}\p{N}'’-]+){0,3}?\s+that\s[^;:]*$/u;

/**
 * Where the verb of the earlier infinitive starts, when `text[from, andTo)` (the words before an
 * "and to") holds one that opened a "that" clause; null otherwise.
 */
export function earlierInfinitive(text: string, from: number, andTo: number): number | null {
  const m = TO_THEN_THAT.exec(text.slice(from, andTo));
  return m ? from + m.index + m[0].indexOf(m[1]!, 2) : null;
}

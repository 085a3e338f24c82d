import { lexiconTags, nlp } from "../text/compromise.js";
import { clauseBreak, type Term } from "./tense.js";

// A headline's plan: "Ceasefire to Begin Friday", "Estovia to Hold Vote in March". Headline
// style drops the auxiliary ("is to begin") and capitalises the verb, so the lexicon, which
// reads a capitalised word inside a sentence as a name, sees no infinitive. In a line set in
// title case a word after "to" that can be a verb is one, and what it plans lies ahead.

/** A line set in title case: most of its longer words capitalised, no full stop at its end. */
export function titleCase(sentence: string): boolean {
  if (/\.\s*$/.test(sentence)) return false;
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.8;
}

/** Whether a word set with a capital can be an infinitive: the lexicon's, or the tagger's in a fixed frame, cached. */
const VERB = new Map<string, boolean>();
function verbWord(word: string): boolean {
  let v = VERB.get(word);
  if (v === undefined) {
    v = lexiconTags(word).includes("Infinitive") || nlp(`they were set to ${word}`).terms().last().has("#Infinitive");
    if (VERB.size > 2000) VERB.clear();
    VERB.set(word, v);
  }
  return v;
}

/** Whether the date at `start` of a title-case line follows "to" and a verb in its clause ("to Begin Friday"). */
export function headlinePlan(sentence: string, terms: Term[], start: number): boolean {
  if (!/\bto\s+\p{Lu}/u.test(sentence) || !titleCase(sentence)) return false;
  for (let k = terms.findIndex((t) => t.end > start) - 1; k > 0; k--) {
    if (clauseBreak(sentence, terms[k]!)) return false;
    if (terms[k - 1]!.word === "to" && /^\p{Lu}\p{Ll}+$/u.test(sentence.slice(terms[k]!.start, terms[k]!.end))) return verbWord(terms[k]!.word);
  }
  return false;
}

/** A date's words without the preposition or "the" that leads them: "on Sunday" and "Sunday" name one day. */
const bare = (text: string) => text.toLowerCase().replace(/^(?:on|in|the)\s+/, "");

/**
 * A headline restates its story's lead: a date it names ("Schools Reopen Monday") is the day the
 * body gives the same words, read there with the grammar a headline drops. `rows` are sorted by
 * start; `headlineEnd` is where the headline's text ends (0 when the text has none).
 */
export function echoBody(rows: { text: string; value: string; start: number }[], headlineEnd: number): void {
  for (const r of rows) {
    if (r.start >= headlineEnd) break;
    const same = rows.find((b) => b.start >= headlineEnd && bare(b.text) === bare(r.text));
    if (same) r.value = same.value;
  }
}

import { keptReading, nlp } from "../text/compromise.js";
import { BE, PRESENT_BE } from "./verbs.js";

// Whether "to" before a word heads an infinitive that plans ahead ("is set to resume", "are to meet"),
// or a destination, a noun's aim or an infinitive with its own subject (tense.ts reads the plan).

/** A word of the sentence as tense.ts reads it (its Term, of which these fields are all this file needs). */
interface Term {
  word: string;
  tags: Set<string>;
}

/** "made it hard for the mill to fill orders": an infinitive with its own subject after an adjective is no plan. */
export function forSubject(terms: Term[], k: number): boolean {
  for (let j = k; j > k - 4 && j > 0; j--) if (terms[j]!.word === "for") return terms[j - 1]!.tags.has("Adjective");
  return false;
}

/** A regular past participle the lexicon does not list: "relocated", "tumbled". */
export function participle(t: Term): boolean {
  return /^\p{Ll}+ed$/u.test(t.word) && !t.tags.has("Noun") && !t.tags.has("Adjective");
}

const NOT_VERB = ["Determiner", "Pronoun", "Possessive", "Preposition", "ProperNoun", "Value", "Date", "Conjunction", "Adverb"];

/**
 * The word after "to" is a verb: tagged so, or any open-class word after an adjective
 * or a participle ("due to meet", "is scheduled to close", "set to resume", "slated to
 * reopen"): there "to" heads an infinitive, since such a participle takes no object.
 */
export function infinitive(t: Term, beforeTo: Term, beforeThat: Term | undefined): boolean {
  if (t.tags.has("Infinitive") || (t.tags.has("Verb") && !t.tags.has("Gerund"))) return true;
  if (!/^\p{L}+$/u.test(t.word) || NOT_VERB.some((k) => t.tags.has(k))) return false;
  // "is set to", ", set to": an irregular participle the lexicon takes for a noun
  // ("are to resume talks": a present "be" before "to" is a plan, whatever the lexicon files the verb as)
  const led = beforeTo.tags.has("Adjective") || beforeTo.tags.has("PastTense") || participle(beforeTo) || PRESENT_BE.has(beforeTo.word) || BE.has(beforeThat?.word ?? "") || beforeThat?.word === ",";
  return led && canBeVerb(t.word);
}

/**
 * Whether a word the lexicon leaves open reads as a verb after "to" ("to resume" but
 * "shot to death"): compromise's tagger on a short frame, once per word. The tagger
 * is too slow for whole sentences (tense.ts reads the lexicon), not for a few words.
 */
const VERB_CACHE = new Map<string, boolean>();
function canBeVerb(word: string): boolean {
  let v = VERB_CACHE.get(word);
  if (v === undefined) {
    v = keptReading("verb after to", word, () => nlp(`they were set to ${word}`).terms().last().has("#Infinitive") as boolean);
    if (VERB_CACHE.size > 5000) VERB_CACHE.clear();
    VERB_CACHE.set(word, v);
  }
  return v;
}

/**
 * "received offers to acquire", "the plan to visit": an infinitive after a noun names
 * the noun's aim, not a plan of the clause. A plural straight after its subject is
 * the verb the tagger mistook ("the company plans to redeem").
 */
export function nounPhraseEnd(terms: Term[], i: number): boolean {
  const t = terms[i]!, prev = terms[i - 1];
  if (!t.tags.has("Noun") || t.tags.has("Pronoun")) return false;
  if (prev?.tags.has("Determiner") || prev?.tags.has("Adjective") || prev?.tags.has("Possessive")) return true;
  return t.tags.has("Plural") && !(prev?.tags.has("Noun") && !prev.tags.has("Plural"));
}

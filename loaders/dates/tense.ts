import nlp from "compromise";

// Which way from publication a date without a year lies, read from the grammar of
// its clause. News dates past events by default, but a date under a future or
// modal auxiliary ("will begin on April 7", "would be ready to leave Tuesday") or
// a planning infinitive ("is set to resume Monday", "plans to redeem on Nov. 16")
// lies ahead of the article. compromise tags the words; the reading is ours,
// because its verb phrases glue nouns to verbs ("prices" in "Frankfurt prices
// closed") and a single tag is steadier than a whole phrase.

/** -1: on or before publication; 1: on or after; 0: the clause does not say. */
export type Direction = -1 | 0 | 1;

export interface Term {
  start: number;
  end: number;
  word: string;
  tags: Set<string>;
}

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** The words of one sentence with their tags (offsets relative to the sentence). */
export function sentenceTerms(sentence: string): Term[] {
  const out: Term[] = [];
  for (const s of nlp(sentence).json({ offset: true }) as { terms: TermJson[] }[])
    for (const t of s.terms) out.push({ start: t.offset.start, end: t.offset.start + t.offset.length, word: t.text.toLowerCase(), tags: new Set(t.tags) });
  return out;
}

const FUTURE_AUX = new Set(["will", "shall", "would", "'ll", "wo"]);
const PERFECT_AUX = new Set(["has", "have", "had"]);
/** "must be returned by Jan. 14", "may resume in May": a modal looks ahead unless a perfect follows ("could have"). */
const MODALS = new Set(["must", "should", "may", "might", "can", "could"]);
const CLAUSE_END = /[,;:()\u2014]|\s[\u2013-]\s/;

/** What one word says about time: 1 future, -1 past, 0 nothing. `i` indexes `terms`. */
function evidence(terms: Term[], i: number): Direction {
  const t = terms[i]!, prev = terms[i - 1], before = terms[i - 2];
  if (FUTURE_AUX.has(t.word) || t.tags.has("FutureTense")) return 1;
  if (t.word === "going" && terms[i + 1]?.word === "to") return 1;
  if (MODALS.has(t.word) && t.tags.has("Modal") && terms[i + 1]?.word !== "have") return 1;
  if (prev?.word === "to" && before && infinitive(t, before) && !nounPhraseEnd(terms, i - 2)) return 1;
  if (PERFECT_AUX.has(t.word) && terms[i + 1]?.tags.has("Verb")) return -1;
  if (t.word === "was" || t.word === "were") return -1;
  // a passive's participle ("must be passed", "is expected") leaves the tense to its auxiliary
  if (t.tags.has("PastTense") && !t.tags.has("Participle") && !t.tags.has("Passive") && !BE.has(prev?.word ?? "")) return -1;
  return 0;
}

const BE = new Set(["be", "been", "being", "is", "are", "am", "'s", "'re"]);

/** The word after "to" is a verb: tagged so, or a noun-looking one after an adjective ("due to meet"). */
function infinitive(t: Term, beforeTo: Term): boolean {
  if (t.tags.has("Infinitive") || (t.tags.has("Verb") && !t.tags.has("Gerund"))) return true;
  return t.tags.has("Noun") && !t.tags.has("ProperNoun") && !t.tags.has("Date") && beforeTo.tags.has("Adjective");
}

/**
 * "received offers to acquire", "the plan to visit": an infinitive after a noun names
 * the noun's aim, not a plan of the clause. A plural straight after its subject is
 * the verb the tagger mistook ("the company plans to redeem").
 */
function nounPhraseEnd(terms: Term[], i: number): boolean {
  const t = terms[i]!, prev = terms[i - 1];
  if (!t.tags.has("Noun") || t.tags.has("Pronoun")) return false;
  if (prev?.tags.has("Determiner") || prev?.tags.has("Adjective") || prev?.tags.has("Possessive")) return true;
  return t.tags.has("Plural") && !(prev?.tags.has("Noun") && !prev.tags.has("Plural"));
}

/**
 * The direction of the date at [start, end) of `sentence` (offsets relative to it):
 * the nearest word with evidence before it in its clause ("met Monday"), else the
 * first after it in the sentence ("On Tuesday, the two sides agreed"), else the
 * nearest before it anywhere in the sentence.
 */
export function dateDirection(sentence: string, terms: Term[], start: number, end: number): Direction {
  let i = terms.findIndex((t) => t.end > start);
  if (i < 0) i = terms.length;
  let j = i;
  while (j < terms.length && terms[j]!.start < end) j++;
  for (let k = i - 1; k >= 0; k--) {
    if (CLAUSE_END.test(sentence.slice(terms[k]!.end, terms[k + 1]?.start ?? start))) break;
    const e = evidence(terms, k);
    if (e) return e;
  }
  for (let k = j; k < terms.length; k++) {
    const e = evidence(terms, k);
    if (e) return e;
  }
  for (let k = i - 1; k >= 0; k--) {
    const e = evidence(terms, k);
    if (e) return e;
  }
  return 0;
}

import { lexiconTags } from "../text/compromise.js";
import { forSubject, infinitive, nounPhraseEnd, participle } from "./infinitive.js";
import { matchesOf } from "../text/matches.js";
import {
  APPOINTING, ATTRIBUTIVE_BEFORE, BE, DATE_PREP, DEADLINE, DESTINATION, FUTURE_AUX, MODALS, NOT_INFINITIVE, PERFECT_AUX, PLAN_PRESENT,
  PAST_FORMS, PRESENT_BE, RESCHEDULED, SCHEDULE_PRESENT, SCHEDULED, TO_A_DATE, WEEKDAY_ONLY, WEEKDAY_WORD,
} from "./verbs.js";

// Which way from publication a date without a year lies, read from the grammar of
// its clause. News dates past events by default, but a date under a future or
// modal auxiliary ("will begin on April 7", "would be ready to leave Tuesday") or
// a planning infinitive ("is set to resume Monday", "plans to redeem on Nov. 16")
// lies ahead of the article.
//
// The words' parts of speech come from compromise's lexicon (irregular pasts such
// as "went", "met", "fell" included), looked up word by word; its tagger, which also
// reads context, costs milliseconds a sentence and made this stage the slowest of
// the pipeline for no better direction on TempEval-3's news. The few rules the
// lexicon cannot give ("prices closed": an -ed word after its subject) are below.

/** Whether a date's clause is a timetable told in the present (present.ts). */
export type PresentReader = (sentence: string, terms: Term[], start: number, end: number) => boolean;

/** -1: on or before publication; 1: on or after; 0: the clause does not say. */
export type Direction = -1 | 0 | 1;

export interface Term {
  start: number;
  end: number;
  word: string;
  tags: Set<string>;
}

const NOUN_TAGS = ["Singular", "Plural", "ProperNoun", "Noun", "Pronoun", "Organization", "Person", "Place", "City", "Country"];
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}]+)*|['’]ll|[^\s\p{L}\p{N}]/gu;

/** The words of one sentence with their lexicon tags (offsets relative to the sentence). */
export function sentenceTerms(sentence: string): Term[] {
  const out: Term[] = [];
  for (const m of matchesOf(WORD, sentence)) {
    const raw = m[0];
    const { word, tags } = wordTags(raw, m.index! > 0);
    out.push({ start: m.index!, end: m.index! + raw.length, word, tags });
  }
  return out;
}

/**
 * A word's lower-cased form and tags, made once per distinct spelling and position
 * (first in its sentence or not) and shared by every term of it: nothing changes a
 * term's tags after this.
 */
const WORD_TAGS = [new Map<string, { word: string; tags: Set<string> }>(), new Map<string, { word: string; tags: Set<string> }>()];
function wordTags(raw: string, inner: boolean): { word: string; tags: Set<string> } {
  const memo = WORD_TAGS[inner ? 1 : 0]!;
  let e = memo.get(raw);
  if (e) return e;
  const word = raw.toLowerCase().replace(/’/g, "'");
  const tags = new Set<string>(lexiconTags(word));
  // a capitalised word inside the sentence is a name ("May" the month, not the modal)
  if (inner && /^\p{Lu}/u.test(raw) && !tags.has("Pronoun")) {
    tags.clear();
    tags.add("ProperNoun");
  }
  if (NOUN_TAGS.some((t) => tags.has(t))) tags.add("Noun");
  if (tags.has("PastTense") || tags.has("PresentTense") || tags.has("Infinitive") || tags.has("Copula") || tags.has("Modal")) tags.add("Verb");
  if (memo.size > 20000) memo.clear();
  memo.set(raw, (e = { word, tags }));
  return e;
}

const CLAUSE_END = /[,;:()\u2014]|\s[\u2013-]\s/;
/** Whether a term is punctuation that ends a clause: a comma, a colon, a bracket, a spaced dash (not a number's comma). */
export const clauseBreak = (sentence: string, t: Term) =>
  CLAUSE_END.test(sentence.slice(Math.max(0, t.start - 1), t.end + 1)) && !/[\p{L}\p{N}]/u.test(t.word) && !numberComma(sentence, t);
/** A comma inside a number ("12,000"): it ends no clause. */
export const numberComma = (sentence: string, t: Term) => t.word === "," && /^\d,\d{3}/.test(sentence.slice(Math.max(0, t.start - 1), t.end + 3));

/** What one word says about time: 1 future, -1 past, 0 nothing. `i` indexes `terms`. */
function evidence(terms: Term[], i: number): Direction {
  const t = terms[i]!, prev = terms[i - 1], before = terms[i - 2];
  if (FUTURE_AUX.has(t.word) && !t.tags.has("ProperNoun")) return 1;
  if (t.word === "going" && terms[i + 1]?.word === "to") return 1;
  if (MODALS.has(t.word) && !t.tags.has("ProperNoun") && terms[i + 1]?.word !== "have") return 1;
  // "hopes to list its shares in January": a plan told in the present lies ahead, whatever the lexicon files its verb as
  if (prev?.word === "to" && before && PLAN_PRESENT.has(before.word) && /^\p{Ll}+$/u.test(t.word)) return 1;
  if (prev?.word === "to" && before && !DESTINATION.has(before.word) && !pluperfect(terms, i - 2) && infinitive(t, before, terms[i - 3]) && !nounPhraseEnd(terms, i - 2) && !forSubject(terms, i - 2)) return 1;
  // a perfect: "has relocated", "had tumbled" (regular participles are not in the lexicon)
  if (PERFECT_AUX.has(t.word) && terms[i + 1] && (terms[i + 1]!.tags.has("Verb") || participle(terms[i + 1]!))) return -1;
  if (t.word === "was" || t.word === "were") return -1;
  // "is due in March", "are scheduled for May": a schedule stated in the present lies ahead
  if (SCHEDULED.has(t.word) && PRESENT_BE.has(prev?.word ?? "")) return 1;
  // "the election is on Nov. 3", "the vote is in June": a present "be" right before the date's preposition;
  // "the deadline is Friday": or right before a weekday
  if (PRESENT_BE.has(t.word) && (DATE_PREP.has(terms[i + 1]?.word ?? "") || WEEKDAY_WORD.test(terms[i + 1]?.word ?? ""))) return 1;
  // "the summit opens on Monday", "the truce expires in May": a scheduled step told in the present
  // (a noun the lexicon files as a verb still heads the subject after a determiner: "the vote takes place")
  // ("Her successor, Pell Ardon, takes over in September": a name in apposition ends the subject before its comma;
  // "was signed in May and takes effect in March": a verb joined to the subject's first one)
  if (SCHEDULE_PRESENT.has(t.word) && prev && (subjectLike(prev) || before?.tags.has("Determiner") === true || compoundSubject(terms, i) || (prev.word === "," && parenthesisAfterSubject(terms, i - 1)) || COORDINATING.has(prev.word))) return 1;
  // a passive's participle ("must be passed", "is expected") leaves the tense to its auxiliary
  // ("will be formally installed": an adverb between them leaves the participle the auxiliary's)
  if (t.tags.has("PastTense") && !BE.has(prev?.word ?? "") && !BE.has(pastAdverbs(terms, i - 1)?.word ?? "")) return -1;
  // "prices closed lower", "prices rose": an -ed word or an irregular past the lexicon does not know as a verb, straight after its subject
  // ("Fares last rose in March": an adverb of time may stand between them)
  const subject = prev && BETWEEN.has(prev.word) ? before : prev;
  if ((/[^e]ed$/.test(t.word) || PAST_FORMS.has(t.word)) && !t.tags.has("Verb") && subject && subjectLike(subject)) return -1;
  return 0;
}

/**
 * "had planned to return on Monday", "had been due to open in March": a plan told in the pluperfect
 * was made before a past the story tells, and its day is read as that past's (the scan goes on to "had").
 */
function pluperfect(terms: Term[], k: number): boolean {
  const w1 = terms[k - 1]?.word, w2 = terms[k - 2]?.word;
  return w1 === "had" || (w1 === "been" && w2 === "had") || (w1 !== undefined && ADVERB_LY.test(w1) && w2 === "had");
}

/**
 * "Her successor, Pell Ardon, takes over", "The visit, the first since 2019, begins": the comma at
 * terms[k] closes a parenthesis after the subject, or a name in apposition ends the subject.
 */
export function parenthesisAfterSubject(terms: Term[], k: number): boolean {
  if (terms[k - 1] && subjectLike(terms[k - 1]!)) return true;
  for (let m = k - 2; m > 0 && m > k - 9; m--) if (terms[m]!.word === ",") return subjectLike(terms[m - 1]!);
  return false;
}


/** "the semi-final kicks off", "a follow-up meets": a hyphenated compound after a determiner, right before term `i`. */
function compoundSubject(terms: Term[], i: number): boolean {
  let j = i - 1;
  while (j >= 2 && terms[j - 1]!.word === "-" && terms[j - 1]!.start === terms[j - 2]!.end) j -= 2;
  return j < i - 1 && terms[j - 1]?.tags.has("Determiner") === true;
}

const COORDINATING = new Set(["and", "but"]);
/** Verbs of an attribution ("…, officials said"). */
const REPORTING = new Set(["said", "told", "announced", "added", "reported", "stated", "wrote", "noted", "confirmed"]);
/** Adverbs of time between a subject and its verb: "fares last rose", "shares also fell". */
const BETWEEN = new Set(["last", "first", "also", "then", "just", "once", "recently", "finally", "previously", "already", "briefly"]);
const ADVERB_LY = /^\p{Ll}{3,}ly$/u;
/** The word before a run of adverbs ending at terms[k] ("formally", "already newly"), or undefined when terms[k] is none. */
function pastAdverbs(terms: Term[], k: number): Term | undefined {
  let j = k;
  while (j >= 0 && j > k - 3 && (terms[j]!.tags.has("Adverb") || ADVERB_LY.test(terms[j]!.word))) j--;
  return j < k ? terms[j] : undefined;
}

/** A word that can end a subject: not a determiner, preposition, verb, adverb, conjunction or adjective. */
function subjectLike(t: Term): boolean {
  if (!/^[\p{L}]/u.test(t.word) || BE.has(t.word)) return false;
  return !["Determiner", "Preposition", "Verb", "Adverb", "Conjunction", "Adjective", "Possessive"].some((k) => t.tags.has(k));
}


/** Prepositions that put a verb's act at or against an event: "stand in the March election", "continue past the Nov. 1 deadline". */
const AT_EVENT = new Set(["in", "at", "for", "past", "before", "until", "by"]);
/**
 * "would stand in the March election": a date naming its noun's day lies ahead when a future
 * auxiliary's verb acts at that event, a few words back in its clause. Not a direct object ("will
 * appeal the March ruling": an act upon an event that may be past).
 */
function attributiveAhead(sentence: string, terms: Term[], i: number): boolean {
  if (!AT_EVENT.has(terms[i - 2]?.word ?? "")) return false;
  for (let k = i - 3, n = 0; k >= 0 && n < 4; k--, n++) {
    if (clauseBreak(sentence, terms[k]!)) return false;
    if (FUTURE_AUX.has(terms[k]!.word)) return true;
  }
  return false;
}

/**
 * The first evidence after the date at terms[i..j): in the sentence's later clauses, or only its own when the
 * date sits in a reduced relative. An attribution closing the sentence ("…, its organisers said") is skipped.
 */
function evidenceAfter(sentence: string, terms: Term[], i: number, j: number, reduced: boolean): Direction {
  // (a date in the phrase that opens the sentence is the main clause's: "In September, it announced")
  let opening = true;
  for (let k = i - 1; k >= 0 && opening; k--) opening = !clauseBreak(sentence, terms[k]!);
  let crossed = false;
  for (let k = j; k < terms.length; k++) {
    if (clauseBreak(sentence, terms[k]!)) {
      if (reduced) break;
      crossed = true;
    }
    // "…, because of Easter, its organisers said": an attribution after the clause tells when it was said, not when the date is
    if (crossed && !opening && REPORTING.has(terms[k]!.word)) continue;
    const e = evidence(terms, k);
    if (e) return e;
  }
  return 0;
}

/** Whether terms[k], right after a comma, follows a clause whose nearest evidence is a future: "will hold a summit, scheduled for". */
function plannedBefore(sentence: string, terms: Term[], k: number): boolean {
  if (k < 1 || terms[k - 1]!.word !== ",") return false;
  for (let m = k - 2; m >= 0 && !clauseBreak(sentence, terms[m]!); m--) {
    const e = evidence(terms, m);
    if (e) return e > 0;
  }
  return false;
}

/** Prepositions that order a gerund's act against the clause's: "after suspending", "before leaving". */
const SEQUENCE = new Set(["after", "before"]);

/**
 * The direction of the date at [start, end) of `sentence` (offsets relative to it):
 * the nearest word with evidence before it in its clause ("met Monday"), else a
 * timetable in the present (`present`: "Talks resume on Wednesday, officials said"), else
 * the first after it in the sentence ("On Tuesday, the two sides agreed"), else the
 * nearest before it anywhere in the sentence.
 */
export function dateDirection(sentence: string, terms: Term[], start: number, end: number, present?: PresentReader, presentWay: Direction = 1): Direction {
  let i = terms.findIndex((t) => t.end > start);
  if (i < 0) i = terms.length;
  let j = i;
  while (j < terms.length && terms[j]!.start < end) j++;
  // "after the party's win in the Oct. 26 elections": a date between a determiner and its noun names
  // the noun's day, and the clause's verbs say nothing of its side
  if (ATTRIBUTIVE_BEFORE.has(terms[i - 1]?.word ?? "") && terms[j] && /^\p{Ll}/u.test(sentence.slice(terms[j]!.start, terms[j]!.end)) && (terms[j]!.tags.size === 0 || (terms[j]!.tags.has("Noun") && !terms[j]!.tags.has("Verb")))) return attributiveAhead(sentence, terms, i) ? 1 : 0;
  // "scheduled sentencing for Jan. 9", "was postponed to Jan. 20": a past that appoints the date says nothing of its side
  let appointed = false;
  // "had a program to pay down the loan by February": a deadline inside an infinitive's clause is the plan's, ahead
  const deadline = DEADLINE.has(terms[i - 1]?.word ?? "");
  let inPlan = false;
  let reduced = false;
  let opensClause = -1;
  for (let k = i - 1; k >= 0; k--) {
    if (clauseBreak(sentence, terms[k]!)) break;
    const w = terms[k]!.word;
    // "will resume flights after suspending them in October": the gerund's act is told apart from the
    // clause's, before or after it, so its date is the nearer one whatever the main verb's tense
    if (terms[k]!.tags.has("Gerund") && SEQUENCE.has(terms[k - 1]?.word ?? "")) return 0;
    // "sales in the year ending in June would beat forecasts": a participle straight after its noun is a
    // reduced relative, timed by the clause's own verb, which may follow the date
    if (terms[k]!.tags.has("Gerund") && (terms[k - 1]?.tags.has("Noun") || terms[k - 1]?.tags.has("Duration")) && !terms[k - 1]!.tags.has("Pronoun")) {
      reduced = true;
      break;
    }
    if (!appointed && RESCHEDULED.has(w) && (TO_A_DATE.has(terms[i - 1]?.word ?? "") || (APPOINTING.includes(w) && terms[k + 1]?.tags.has("Determiner") === true))) {
      appointed = true;
      opensClause = k;
    }
    inPlan ||= deadline && w === "to" && k + 1 < i - 1 && !NOT_INFINITIVE.some((g) => terms[k + 1]!.tags.has(g));
    // "could run dry by August": a possibility held to a deadline lies ahead, though "could" alone is as often a past "can"
    if (deadline && w === "could" && terms[k + 1]?.word !== "have") return 1;
    const e = evidence(terms, k);
    // an appointment or a plan's deadline outweighs the past of its own clause
    if (e === -1 && (appointed || inPlan)) break;
    if (e) return e;
  }
  // an appointed weekday lies ahead; an appointed day of a month is the nearer one, unless the appointment
  // is a reduced relative of a noun a future clause plans ("will hold a summit, scheduled for June 3")
  if (appointed) return WEEKDAY_ONLY.test(sentence.slice(start, end)) || plannedBefore(sentence, terms, opensClause) ? 1 : 0;
  if (inPlan) return 1;
  if (present?.(sentence, terms, start, end)) return presentWay;
  const after = evidenceAfter(sentence, terms, i, j, reduced);
  if (after) return after;
  for (let k = i - 1; k >= 0; k--) {
    const e = evidence(terms, k);
    if (e) return e;
  }
  return 0;
}

import { clauseBreak, numberComma, parenthesisAfterSubject, type Term } from "./tense.js";
import { PAST_FORMS, WEEKDAY_WORD } from "./verbs.js";

// A timetable told in the simple present: "Polls open on Sunday", "The team plays the
// champions on Saturday", "Talks resume on Wednesday". News tells what happened in the
// past tense, so a clause whose only verb is a present form states a schedule and its
// date lies ahead. The lexicon cannot say which word is that verb (it files "plays",
// "resume" and "open" as nouns and adjectives), so the clause's grammar does: a subject
// noun phrase opening the clause, then a word that agrees with it as a verb ("team
// plays", "polls open"), and no other verb in the clause. Read only where nothing else
// in the sentence gives a direction, and never in the headline, whose present tells the
// past ("Quake hits capital").

/** Words that hedge a count opening a subject. */
const HEDGE = new Set(["about", "some", "nearly", "around", "almost", "roughly", "over", "up"]);
/** Relative pronouns that are their clause's subject. */
const RELATIVE = new Set(["who", "which", "that"]);
/** Words that open a clause, before its subject. */
const OPENERS = new Set(["and", "but", "that", "when", "as", "while", "which", "who", "so", "once", "if", "unless", "because"]);
/** Words that open a clause of its own after the date. */
const SUBORDINATE = new Set(["since", "after", "when", "because", "while", "which", "who", "that", "where", "before", "until"]);
/** Words a subject noun phrase is made of. */
const NP_TAGS = ["Determiner", "Adjective", "Noun", "ProperNoun", "Cardinal", "TextValue", "Possessive", "Demonym", "Actor", "Value", "Uncountable"];
/** Verbs whose present tells of a report or a state, not a timetable: "the minister says on Monday", "stocks remain". */
const NOT_SCHEDULE = new Set([
  "say", "tell", "report", "announce", "confirm", "claim", "warn", "insist", "argue", "deny", "admit", "add", "note", "write",
  "explain", "stress", "recall", "acknowledge", "remain", "seem", "appear", "stay", "look", "feel", "know", "want", "need",
  "believe", "think", "hope", "mean", "show", "suggest", "indicate", "estimate", "show", "list", "cite", "quote",
]);
/** Reports that a company or an office makes on a set day, and the figures they make public. */
const FIGURES_ANNOUNCED = new Set(["report", "announce", "publish", "release"]);
const FIGURES = new Set(["results", "earnings", "figures", "data", "profits", "sales", "numbers", "accounts"]);
const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "they", "he", "she", "it"]);
const VERB_TAGS = ["PastTense", "Copula", "Modal", "Gerund", "Participle", "Auxiliary"];
const NOT_VERB = ["Determiner", "Preposition", "Conjunction", "Adverb", "Pronoun", "Possessive", "Value", "Cardinal", "Uncountable", "ProperNoun"];
/** A regular past or participle ("escaped"), not a present in -eed ("need", "proceed"). */
const PAST_ED = /[^e]ed$/u;
/** A capitalised plural: "Harriers", "Wanderers". */
const PLURAL_NAME = /^\p{Lu}\p{Ll}+[^s'’]s$/u;
const LOWER = /^\p{Ll}+$/u, LETTERS = /^\p{L}+$/u, CAPITALISED = /^\p{Lu}/u;

/** The base of a present form: "plays" → "play", "flies" → "fly", "pushes" → "push". */
function base(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z|o)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/** A word the lexicon does not know: a name if capitalised, else a noun, plural by its -s ("voters"). */
const unknown = (t: Term) => t.tags.size === 0 && LETTERS.test(t.word);

/** A noun that can head a subject, and whether it is plural; null if it cannot. */
function nounHead(t: Term, text: string): { plural: boolean } | null {
  if (t.tags.has("Noun") || t.tags.has("Actor")) return { plural: t.tags.has("Plural") };
  if (t.tags.has("Gerund")) return { plural: false };
  if (!unknown(t)) return null;
  // a sentence's first word has its capital from the sentence ("Voters head …"), a name's from itself
  return { plural: (t.start === 0 || LOWER.test(text.slice(t.start, t.end))) && /[^s]s$/.test(t.word) };
}

/** Whether `verb` can be a timetable's present verb at all: lower case, no past, no other part of speech, no report. */
function presentForm(verb: Term, text: string, object?: Term, next?: Term): boolean {
  // two letters only for a verb the lexicon knows ("voters go to the polls"), not "us" or "ok"
  if (!LOWER.test(text.slice(verb.start, verb.end)) || verb.word.length < (verb.tags.has("Verb") ? 2 : 3) || PAST_FORMS.has(verb.word) || PAST_ED.test(verb.word)) return false;
  if (VERB_TAGS.some((t) => verb.tags.has(t)) || NOT_VERB.some((t) => verb.tags.has(t))) return false;
  const lemma = /[^s]s$/.test(verb.word) ? base(verb.word) : verb.word;
  // "Honda reports results on Friday": a report of figures on a set day is a timetable
  // "HSBC and Barclays report on Tuesday": with no object, the report's day follows it
  return !NOT_SCHEDULE.has(lemma) || (FIGURES_ANNOUNCED.has(lemma) && !!object && (FIGURES.has(object.word) || (object.word === "on" && !!next && WEEKDAY_WORD.test(next.word))));
}

/**
 * Whether `verb` agrees with the subject's head as a present verb: "team plays", "polls open", "they meet".
 * A subject that is a name alone (capitalised words, no determiner) takes either form: British usage
 * gives a club or a firm the plural ("Harwick travel to Lisbon on Wednesday").
 */
function agrees(head: Term, verb: Term, text: string, name = false, object?: Term, next?: Term, determined = false): boolean {
  if (!presentForm(verb, text, object, next)) return false;
  const third = /[^s]s$/.test(verb.word);
  if (SUBJECT_PRONOUNS.has(head.word)) return third === (head.word === "he" || head.word === "she" || head.word === "it");
  // "the trial opens": a word the lexicon files only as an adjective, after a determiner, heads the phrase before a word it knows as a verb
  const noun = nounHead(head, text) ?? (determined && head.tags.size === 1 && head.tags.has("Adjective") && verb.tags.has("Verb") ? { plural: false } : null);
  if (noun === null) return false;
  // the name's plural verb must be one the lexicon knows as a verb: "Harwick Open squash tournament" has none;
  // a name that is itself a plural ("Dunmere Harriers face Kestow City") takes the plural of any word
  return third !== noun.plural || (name && !third && !noun.plural && (verb.tags.has("Verb") || verb.tags.has("Infinitive") || PLURAL_NAME.test(text.slice(head.start, head.end))));
}

/**
 * "semifinal results", "army attacks": a word the lexicon files as a plural noun after a
 * bare noun is the compound's head, not its verb. It is a verb after a subject that a
 * determiner opens ("the team plays") or that is a pronoun.
 */
function pluralNounAfterBareNoun(terms: Term[], np: number, i: number): boolean {
  const verb = terms[i]!;
  if (!verb.tags.has("Plural") || verb.tags.has("PresentTense") || verb.tags.has("Verb")) return false;
  const opener = terms[np]!;
  return !SUBJECT_PRONOUNS.has(terms[i - 1]!.word) && !opener.tags.has("Determiner") && !opener.tags.has("Possessive") && !opener.tags.has("Cardinal") && !opener.tags.has("TextValue");
}

/**
 * Whether the date at [start, end) of `sentence` (offsets in it) is set by a timetable in
 * the simple present: in its own clause, or in the next one when the date opens the
 * sentence alone ("On Sunday, polls open at seven").
 */
export function presentAhead(sentence: string, terms: Term[], start: number, end: number): boolean {
  const isBreak = (k: number) => clauseBreak(sentence, terms[k]!);
  const at = terms.findIndex((t) => t.end > start);
  if (at < 0) return false;
  let j = at, first = at;
  while (j < terms.length && terms[j]!.start < end) j++;
  while (first > 0 && !isBreak(first - 1)) first--;
  let last = Math.max(j - 1, first);
  while (last < terms.length - 1 && !isBreak(last + 1)) last++;
  // a clause before a colon heads a list ("Results of the matches on Saturday:")
  if (terms[last + 1]?.word === ":") return false;
  if (at === first && j === at + 1 && weekdaySubject(terms[at]!, terms[j])) return true;
  // "Schools reopen on Monday after a break that began in June": a clause the date's own opens has its own tense
  let own = j;
  while (own <= last && !SUBORDINATE.has(terms[own]!.word)) own++;
  if (isSchedule(sentence, terms, first, own - 1, start)) return true;
  // the date alone before a comma, opening the sentence
  if (at !== 0 || last !== j - 1 || terms[last + 1]?.word !== "," || last + 2 >= terms.length) return false;
  const next = last + 2;
  let end2 = next;
  while (end2 < terms.length - 1 && !isBreak(end2 + 1)) end2++;
  return isSchedule(sentence, terms, next, end2, Infinity);
}

/** "Sunday marks the anniversary", "Friday is the deadline": a weekday opening its clause as the subject of a present verb. */
function weekdaySubject(day: Term, verb: Term | undefined): boolean {
  if (!WEEKDAY_WORD.test(day.word) || !verb) return false;
  return verb.word === "is" || (verb.tags.has("PresentTense") && /[^s]s$/.test(verb.word) && !NOT_SCHEDULE.has(base(verb.word)));
}

/** Whether terms[first..last], a clause, is a timetable: a subject, a present verb agreeing with it before `dateAt`, no other verb. */
function isSchedule(text: string, terms: Term[], first: number, last: number, dateAt: number): boolean {
  let i = first;
  if (i <= last && OPENERS.has(terms[i]!.word)) i++;
  // "Kroll, who took office in 1993, faces a congress in the fall": the subject stands before the parenthesis the comma closes
  if (first > 0 && first <= last && terms[first]!.start < dateAt && /[^s]s$/.test(terms[first]!.word) && parenthesisAfterSubject(terms, first - 1) && presentForm(terms[first]!, text)) return onlyVerb(terms, first, last, first);
  // "City, who host the champions on Sunday, are second", "the talks, which resume on Monday": the relative pronoun is the subject
  if (i > first && RELATIVE.has(terms[first]!.word) && i <= last && terms[i]!.start < dateAt && presentForm(terms[i]!, text)) return onlyVerb(terms, first, last, i);
  const np = i;
  const capital = (t: Term | undefined) => !!t && CAPITALISED.test(text.slice(t.start, t.end));
  // "HSBC and Barclays report on Tuesday": names joined by "and" are one (plural) subject
  const joining = (k: number) => terms[k]!.word === "and" && k > np && capital(terms[k - 1]) && capital(terms[k + 1]);
  const inPhrase = (k: number) => {
    const t = terms[k]!;
    // "Trading in the shares begins": a gerund opening the clause is its subject
    // ("Voting continues through Saturday": or right before its verb)
    if (k === np && t.tags.has("Gerund") && (terms[k + 1]?.tags.has("Preposition") || (k < last && verbAt(k + 1)))) return true;
    // "About 12,000 runners take part": a count's hedge opens the phrase
    // ("12,000 runners": a count's digits and its comma are the phrase's too)
    if ((k === np && HEDGE.has(t.word) && /^\d/.test(terms[k + 1]?.word ?? "")) || numberComma(text, t) || /^\d+$/.test(t.word)) return true;
    // "Train fares rise": a clause's first word the lexicon files as a verb modifies the noun after it
    if (k === np && t.tags.has("Infinitive") && k < last && (unknown(terms[k + 1]!) || terms[k + 1]!.tags.has("Plural"))) return true;
    // "Passengers' groups": the apostrophe of a plural's possessive stays in the phrase
    if (k > np && /^['’]$/.test(t.word) && /s$/.test(terms[k - 1]!.word) && t.start === terms[k - 1]!.end) return true;
    return joining(k) || ((NP_TAGS.some((g) => t.tags.has(g)) || SUBJECT_PRONOUNS.has(t.word) || unknown(t)) && !t.tags.has("Preposition"));
  };
  // the subject ends at its head: the next word agrees with it as a verb, or cannot go on a noun phrase
  // a subject of names alone, or of two joined by "and" ("He and Palestinian leader X meet"), takes a plural verb
  const name = (k: number) => terms.slice(np, k).every((t, n) => capital(t) || joining(np + n)) || terms.slice(np, k).some((_, n) => joining(np + n));
  // a compound's plural head ("Estovian officials") goes on the noun phrase, and the verb is sought after it
  const verbAt = (k: number) =>
    k > np && agrees(terms[k - 1]!, terms[k]!, text, name(k), objectOf(terms, k), terms[k + 2], terms[k - 2]?.tags.has("Determiner")) && !pluralNounAfterBareNoun(terms, np, k);
  while (i <= last && inPhrase(i) && !verbAt(i)) i++;
  if (i > np && i <= last && terms[i]!.start < dateAt && !verbAt(i)) return placedSubject(text, terms, first, last, i, dateAt);
  if (i === np || i > last || terms[i]!.start >= dateAt || !verbAt(i)) return false;
  return onlyVerb(terms, first, last, i, terms[np]!.tags.has("Gerund") ? np : -1);
}

/** Words that can stand between a verb and its object's head: "reports third-quarter earnings", "its annual results". */
const MODIFIER_TAGS = ["Determiner", "Possessive", "Adjective", "Value", "TextValue", "Ordinal", "Cardinal", "Duration", "Singular"];
/**
 * The head of the object after terms[k] when it names figures a report makes public ("third-quarter
 * earnings", "its full-year results"), else the next word.
 */
function objectOf(terms: Term[], k: number): Term | undefined {
  for (let m = k + 1; m < terms.length && m <= k + 6; m++) {
    const t = terms[m]!;
    if (FIGURES.has(t.word)) return t;
    if (t.word !== "-" && !MODIFIER_TAGS.some((g) => t.tags.has(g))) break;
  }
  return terms[k + 1];
}

/** Prepositions that place a subject: "voters in Eastland", "fans from Westfold". */
const PLACING = new Set(["in", "from", "across", "of", "for"]);

/**
 * "Voters in Eastland go to the polls on Sunday": a subject's head placed by a preposition and a name
 * takes the verb after the name. `p` is the preposition; the head is the word before it.
 */
function placedSubject(text: string, terms: Term[], first: number, last: number, p: number, dateAt: number): boolean {
  if (!PLACING.has(terms[p]!.word)) return false;
  let k = p + 1;
  while (k <= last && CAPITALISED.test(text.slice(terms[k]!.start, terms[k]!.end))) k++;
  const determined = terms[p - 2]?.tags.has("Determiner");
  if (k === p + 1 && terms[k]?.tags.has("Determiner")) return phraseVerb(text, terms, first, last, p, dateAt, determined);
  if (k === p + 1 || k > last || terms[k]!.start >= dateAt) return false;
  return agrees(terms[p - 1]!, terms[k]!, text, false, terms[k + 1], terms[k + 2], determined) && onlyVerb(terms, first, last, k);
}

const VERB_FORMS = ["PresentTense", "Infinitive", "Verb"];
/**
 * "Trading in the new shares begins on Friday", "Tickets for the final go on sale on Monday": after a
 * phrase a determiner opens, the last word before the date that the lexicon knows as a verb and that
 * agrees with the head before the preposition `p`.
 */
function phraseVerb(text: string, terms: Term[], first: number, last: number, p: number, dateAt: number, determined?: boolean): boolean {
  let v = -1;
  for (let m = p + 2; m <= last && terms[m]!.start < dateAt && !terms[m]!.tags.has("Preposition"); m++)
    if (VERB_FORMS.some((g) => terms[m]!.tags.has(g)) && agrees(terms[p - 1]!, terms[m]!, text, false, objectOf(terms, m), terms[m + 2], determined)) v = m;
  return v > 0 && onlyVerb(terms, first, last, v, p - 1);
}

/** No other verb in the clause than terms[i]: "attacks on Monday killed" has its verb after the date. */
function onlyVerb(terms: Term[], first: number, last: number, i: number, head = -1): boolean {
  for (let k = first; k <= last; k++) if (k !== i && k !== head && (PAST_FORMS.has(terms[k]!.word) || VERB_TAGS.some((t) => terms[k]!.tags.has(t)))) return false;
  return true;
}

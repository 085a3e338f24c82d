import { reportedClauseBetween } from "./reported-subject.js";
import type { ResolvedMention } from "../types.js";
import type { Span } from "./clauses.js";
import { subjectGapOk } from "./gate.js";
import type { TriggerMatch } from "./matcher.js";
import { isSubjectLike, wordCount } from "./mentions.js";
import { participleAfterObject, SUPPORT_VERB } from "./verb-classes.js";
import { headBeforeParenthetical } from "./parenthetical.js";
import { pronounOwnsVerb } from "./pronoun-gap.js";
import { relativeAntecedentOf } from "./relative-inside.js";
import { earlierInfinitive } from "./infinitive-pair.js";
import { ingForm } from "./ing-form.js";
import { modifierInObject } from "./object-modifier.js";

// A predicate coordinated by "and" has no subject of its own: "X flew to Y and after a brief
// ceremony went into talks with Z", "X said there should be a review and criticised Z". Its
// subject is the nearest one before the "and", which may lie in an earlier clause (the clause
// reading cuts at "after", "when", … and a subordinate's own subject may be no actor at all).

/**
 * "and", then at most a short adverbial (a preposition or time word and up to four lower-case
 * words: "after a brief ceremony", "on Monday", "later"), then auxiliaries, ending at the verb.
 * No pronoun or "there" in the adverbial: "and there should be", "and he said" have a subject.
 */
const AND_PREDICATE =
  /\band\s+(?:(?:after|before|following|during|on|in|at|later|then|also|again|subsequently|afterwards)(?:\s+(?!(?:he|she|it|they|we|i|there|who|which|that)\s)[\p{Ll}\p{N}-]+){0,4}\s+)?(?:(?:has|have|had|was|were|is|are|will|would|also|then|later)\s+)*$/u;

/** "to Palestinian-ruled Ramallah", "in the capital": a name in a locative phrase is where, not who. */
const LOCATIVE_BEFORE = /\b(?:in|at|to|from|into|near|across|via)\s+(?:the\s+)?(?:[\p{L}]+-\p{Ll}+\s+)?$/iu;

/** "urged them to travel there and fight": a bare verb after "and" continues an infinitive, whose subject is someone else's. */
const INFINITIVE_BEFORE = /\bto\s+(?!(?:the|a|an|his|her|its|their|this|these|those|our|my|your)\b)\p{Ll}[^,;:]*$/u;
const FINITE_OR_PARTICIPLE = /(?:ed|en|ing|s)$/u;

/** Whether `word` starts in `text[from, to)` (a native search back from `to`). */
export function hasWordWithin(text: string, word: string, from: number, to: number): boolean {
  const i = text.lastIndexOf(word, to - word.length);
  return i >= from;
}

/** Where the predicate's verb starts: the trigger, or for a noun the support verb before it ("went into talks"). */
function verbStart(text: string, t: TriggerMatch, floor: number): number {
  if (t.entry.pos === "verb") return t.start;
  const from = Math.max(floor, t.start - 60);
  const support = SUPPORT_VERB.exec(text.slice(from, t.start));
  return support ? from + support.index + support[0].search(/\S/) : -1;
}

/**
 * The subject a coordinated predicate shares, or -1: the nearest name before the "and" that
 * stands where a subject stands (not a place, not after a preposition), with no name between the
 * "and" and the verb. Called only when the trigger's own clause yielded no subject.
 */
export function coordinatedSubject(text: string, ms: ResolvedMention[], t: TriggerMatch, sentenceStart: number): number {
  // Most triggers have no "and" before them: that test first, the support-verb reading only then.
  if (!hasWordWithin(text, "and ", Math.max(sentenceStart, t.start - 140), t.start)) return -1;
  const verbAt = verbStart(text, t, sentenceStart);
  if (verbAt < 0) return -1;
  if (!hasWordWithin(text, "and ", Math.max(sentenceStart, verbAt - 80), verbAt)) return -1;
  const m = AND_PREDICATE.exec(text.slice(Math.max(sentenceStart, verbAt - 80), verbAt));
  if (!m) return -1;
  const andAt = verbAt - m[0].length;
  if (t.entry.pos === "verb" && !FINITE_OR_PARTICIPLE.test(t.head) && INFINITIVE_BEFORE.test(text.slice(Math.max(sentenceStart, andAt - 120), andAt))) return -1;
  for (let i = ms.length - 1; i >= 0; i--) {
    const x = ms[i]!;
    if (x.end > verbAt) continue;
    if (x.end > andAt) return -1;
    if (x.start < sentenceStart) return -1;
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(sentenceStart, x.start - 40), x.start))) continue;
    // "criticised the Norland embargo …, and called on …": a name modifying the object's noun is no subject.
    if (modifierInObject(text, x, sentenceStart)) continue;
    if (isSubjectLike(text, x, sentenceStart)) return i;
  }
  return -1;
}

/** What the shared-subject reading needs of the role context (roles.ts). */
export interface SharedContext {
  text: string;
  ms: ResolvedMention[];
  narrow: Span;
  sentence?: Span;
}

/** "… and has demanded": a verb opening a coordinated predicate. */
const COORDINATED_VERB = /\sand\s+(?:(?:has|have|had|was|were|is|are|will|would|also|then|later)\s+)*$/u;

/**
 * The subject a verb shares with its clause, or null when it has its own.
 * "X met Y to reaffirm …": an infinitive of purpose takes the clause's first subject, not the
 * nearest name; only near its clause's verb: "to" far down a chain of noun phrases ("the
 * deployment of troops to support") is the purpose of the nearer noun, unless it continues one
 * ("and to discuss"); "to bombing victims" is a preposition before a gerund, not an infinitive.
 * "Russia is seeking control of the region and has demanded …": a verb coordinated with an
 * earlier one shares that verb's subject, the clause's first name in subject position.
 */
/** "A former judge with a taste for X, Vell was able to …": a fronted indefinite phrase (an apposition, a time) before the subject. */
const FRONTED_INDEFINITE = /^\s*An?\s[^;:"“”]{0,200},\s*$/u;
/** "In a speech, the Norland president …": a fronted adjunct of place, time or occasion, then the subject's determiner. */
const FRONTED_ADJUNCT = /^\s*(?:In|At|On|During|After|Before|Earlier|Later|Meanwhile|Speaking\s+\p{Ll}+)\b[^;:,"“”]{0,80},\s*(?:the\s+)?$/u;

export function sharedSubject(t: TriggerMatch, c: SharedContext, verbAt: number, limit = t.start): number | null {
  const { text, ms } = c;
  const inf = verbAt === t.start && ingForm(t.head) ? null : /\b(and\s+)?to\s+$/i.exec(text.slice(Math.max(c.narrow.start, verbAt - 8), verbAt));
  // "decided to charge that Y lied and to propose …": the subject of the infinitive "and to" continues.
  const earlier = inf?.[1] && c.sentence ? earlierInfinitive(text, c.sentence.start, verbAt - inf[0].length) : null;
  if (earlier !== null) return sharedSubject(t, { ...c, narrow: { start: c.sentence!.start, end: c.narrow.end } }, earlier, earlier);
  // "X met Y and then voiced strong opposition": a noun's support verb after "and" is coordinated as a verb is.
  const coordinated = (t.entry.pos === "verb" || verbAt < t.start) && COORDINATED_VERB.test(text.slice(Math.max(c.narrow.start, verbAt - 40), verbAt));
  if (!inf && !coordinated) return null;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.end > limit || (inf && !inf[1] && wordCount(text, m.end, verbAt) > 12)) break;
    if (m.start < c.narrow.start || !isSubjectLike(text, m, c.narrow.start)) continue;
    // "X, who visited Y, was due to meet Z": Y is the relative clause's object, not the infinitive's subject.
    // (So too a verb coordinated with the main one: "X, who met Y, criticised Z and attacked W".)
    const antecedent = inf || coordinated ? relativeAntecedentOf(text, ms, Math.max(0, c.narrow.start - 200), m, verbAt) : null;
    if (antecedent !== null) return antecedent;
    // "X said Y was eager to join": the speaker is not the subject of the reported infinitive.
    if (inf && reportedClauseBetween(text.slice(m.end, verbAt)) && ms.some((n) => n.start > m.end && n.end <= verbAt && isSubjectLike(text, n, c.narrow.start))) continue;
    if (subjectGapOk(text.slice(c.narrow.start, m.start)) || FRONTED_INDEFINITE.test(text.slice(c.narrow.start, m.start)) || (coordinated && FRONTED_ADJUNCT.test(text.slice(c.narrow.start, m.start)))) return i;
    if (inf) return -1;
  }
  return null;
}

/**
 * The grammatical-subject check for a finite verb. Participles and gerunds ("hosting X",
 * "retaliated by closing") take the clause's subject across its own verb, and a verb
 * coordinated with an earlier one ("is seeking control and has demanded") shares its subject.
 */
/** A verb and up to five more words, then "by", before a gerund: "answered the charge in a statement by". */
const BY_MEANS = /^\s*(?:[\p{L}-]+\s+){2,6}by\s+$/u;

/**
 * "…, at times urging X", "… -- again accusing X": a dash sets a participle off as a comma does, and a
 * short adverbial of time or frequency may stand between the mark and the participle.
 */
const MARK_AND_ADVERBIAL = /(?:\s*,|\s+(?:--|[—–]))\s*(?:(?:at\s+times|at\s+one\s+point|in\s+turn|once\s+again|once\s+more|again|often|sometimes|also|later|then|\p{Ll}+ly)\s+)?$/u;

export function finiteSubjectOk(text: string, from: number, verbAt: number, t: TriggerMatch): boolean {
  const raw = text.slice(from, verbAt);
  const gap = ingForm(t.head) ? raw.replace(MARK_AND_ADVERBIAL, ", ") : raw;
  // "retaliated by closing", "Trump, hosting X", "the coalition providing arms": a participle
  // shares the subject of the verb it hangs on; not one governed by another word ("aimed at warning").
  if (verbAt === t.start && ingForm(t.head) && (/^\s*(?:[\p{L}-]+\s+(?:by|after|before|while|when|in)\s*|\s*,\s*|\s*['’”"]?\s*)$/u.test(gap) || (/,\s*$/.test(gap) && !/\b(?:that|which|who|whom)\b/.test(gap)))) return true;
  if (verbAt === t.start && ingForm(t.head) && participleAfterObject(gap)) return true;
  // "answered the charge in a statement by accusing": a gerund of means after "by" takes the clause's
  // subject however long the predicate before it, as long as no comma or name breaks the clause.
  if (verbAt === t.start && ingForm(t.head) && BY_MEANS.test(gap)) return true;
  if (/\sand\s+(?:(?:has|have|had|was|were|is|are|will|would|also|then|later)\s+)*$/u.test(gap) && !/[,;:]/.test(gap)) return true;
  // A gerund right after a preposition is a noun in that phrase ("paid tribute to bombing victims").
  if (ingForm(t.head) && /\b(?:to|of|for|on|at|with|from|about|against)\s+$/iu.test(gap)) return false;
  if (pronounOwnsVerb(gap)) return false;
  const head = headBeforeParenthetical(gap);
  return subjectGapOk(gap) || (head !== null && subjectGapOk(head));
}

/** A complement a speech act opens before the "and": "urged X to …", "said that …", "accused X of shelling …". */
const COMPLEMENT_OPENED = /\b(?:to\s+\p{Ll}+|that|whether|if|(?:of|for)\s+\p{Ll}+ing)\b/u;
const PAST_FORM = /ed$/u;

/**
 * "Iran condemned the move and threatened to cut supplies": a finite verb after "and", with no
 * subject of its own and no complement opened between, is coordinated with the speech act before
 * it, its own act, not part of what was condemned or urged.
 */
export function coordinatedWith(text: string, g: TriggerMatch, t: TriggerMatch): boolean {
  if (t.entry.pos === "verb" && infinitiveOfSecondPredicate(text.slice(g.end, t.start))) return true;
  if (t.entry.pos !== "verb" || !(PAST_FORM.test(t.head) || t.entry.past.includes(t.head))) return false;
  const between = text.slice(g.end, t.start);
  if (!COORDINATED_VERB.test(between) || between.length > 120) return false;
  return !COMPLEMENT_OPENED.test(between);
}

/** "… and vowed to", "… and then pledged to": a past verb after "and" taking an infinitive. */
const SECOND_PREDICATE = /\sand\s+(?:(?:also|then|later)\s+)?\p{Ll}+ed\s+to\s/u;

/**
 * "X condemned the attacks and vowed to find the gunmen and bring them to justice": a past verb
 * after "and" opens a predicate of the subject's own (it cannot continue the speech act's
 * complement, whose verbs are infinitives or -ing forms), so what its infinitive tells is the
 * subject's act, not what was condemned. As for a coordinated trigger, not once a complement
 * opened before the "and" ("urged X to withdraw and pledged to …" is left as it was read).
 */
function infinitiveOfSecondPredicate(between: string): boolean {
  const m = SECOND_PREDICATE.exec(between);
  return !!m && between.length <= 160 && !COMPLEMENT_OPENED.test(between.slice(0, m.index));
}

import { PASSIVE } from "./clauses.js";
import { clauseHasNoSubject } from "./gate.js";
import { infinitivePredicate } from "./catenative.js";
import type { TriggerMatch } from "./matcher.js";
import { lexiconTags } from "../text/compromise.js";
import { ingForm } from "./ing-form.js";

// Closed classes of verbs the role reading turns on, as regexes over the words before a trigger:
// grammar of English news, not strings of any article.

/** Verbs whose object noun names the act of their subject: "held talks", "launched an attack", "made a sharp protest". */
export const SUPPORT_VERB =
  /\b(?:hold|holds|held|holding|make|makes|made|making|launch(?:es|ed|ing)?|begin|begins|began|begun|have|has|had|conduct(?:s|ed|ing)?|stage[sd]?|staging|pay|pays|paid|issue[sd]?|issuing|express(?:es|ed|ing)?|voice[sd]?|voicing|carr(?:y|ies|ied|ying)\s+out|lodge[sd]?|file[sd]?|open(?:s|ed|ing)?|announce[sd]?|announcing|deliver(?:s|ed|ing)?|offer(?:s|ed|ing)?|give|gives|gave|given|sign(?:s|ed|ing)?|start(?:s|ed|ing)?|resume[sd]?|continue[sd]?|step(?:s|ped)?\s+up|intensif(?:y|ies|ied)|order(?:s|ed|ing)?|call(?:s|ed)?\s+for|demand(?:s|ed)?|reaffirm(?:s|ed)?|renew(?:s|ed)?|impose[sd]?|imposing|extend(?:s|ed)?|propose[sd]?|wage[sd]?|mount(?:s|ed)?|led|lead|leads|plan(?:s|ned|ning)?|schedule[sd]?|prepare[sd]?|preparing|discuss(?:es|ed|ing)?|seek(?:s|ing)?|sought|hope[sd]?\s+for|want(?:s|ed)?|agree[sd]?\s+(?:on|to)|attend(?:s|ed|ing)?|organi[sz]e[sd]?|(?:go|goes|going|gone|went)\s+into)\s+(?:(?!(?:of|to|for|in|on|at|with|after|since|by|from|during|against|about|over|under|amid)\s)[\p{L}\p{N}'’-]+\s+){0,4}$/iu;

/**
 * "voiced strong opposition", "issued a warning", "lodged a request": a stance or demand said out
 * loud is an act even with no counterpart named; the words right before the noun.
 */
const SPOKEN_SUPPORT = /\b(?:voice[sd]?|voicing|express(?:es|ed|ing)?|issue[sd]?|issuing|lodge[sd]?|lodging|repeat(?:s|ed|ing)?|reiterate[sd]?|reiterating|renew(?:s|ed|ing)?|made|makes?|making)\s+(?:(?:his|her|its|their|a|an|the|this|that|strong|firm|fresh|new|formal|public|renewed|continued|stern|strongest)\s+){0,3}$/iu;
const SPOKEN_TYPES = new Set(["REJECT", "REQUEST", "THREATEN", "ACCUSE"]);
export const spokenStance = (type: string, before: string) => SPOKEN_TYPES.has(type) && SPOKEN_SUPPORT.test(before.slice(-60));

/**
 * Verbs whose object noun is an act someone else does, which the subject breaks up, bans or
 * prevents. Not "ended", "stopped", "called off": those as often tell the subject's own act.
 */
export const OPPOSING_VERB =
  /\b(?:br(?:eak|eaks|oke|oken|eaking)\s+up|dispers(?:e|es|ed|ing)|ban(?:s|ned|ning)?|outlaw(?:s|ed|ing)?|forb(?:id|ids|ade|idden)|crush(?:es|ed|ing)?|suppress(?:es|ed|ing)?|quell(?:s|ed|ing)?|prevent(?:s|ed|ing)?|block(?:s|ed|ing)?|thwart(?:s|ed|ing)?|foil(?:s|ed|ing)?|repel(?:s|led|ling)?)\s+(?:(?!(?:of|to|for|in|on|at|with|by|from|against)\s)[\p{L}\p{N}'’-]+\s+){0,3}$/iu;

/**
 * A verb that takes a "that" clause (a past form, or a present or irregular reporting verb) right before "that".
 * One letter before "ed" tests what a run of them would (nothing bounds the pattern's start), and spares V8
 * re-reading each word from every one of its letters.
 */
export const REPORTING_BEFORE = /(?:\p{L}ed|said|says|say|told|tells|tell|thought|knew|felt|heard|wrote|understood|insists?|warns?|claims?|believes?|hopes?|fears?|adds?|notes?|argues?|announces?|agrees?)\s*,?\s*$/iu;

/**
 * "X's office issued a statement on Monday inviting Y …": a document the subject issued does
 * what it says, so a participle after it is the subject's act. Only a document noun as the
 * object's head: after a person ("quoted an army source accusing …") the participle is that
 * person's. The main verb is past tense by its ending or, for irregular verbs ("sent",
 * "gave"), by compromise's lexicon.
 */
export function participleAfterObject(gap: string): boolean {
  const m = AFTER_OBJECT.exec(gap);
  return !!m && (/ed$/u.test(m[1]!) || lexiconTags(m[1]!).includes("PastTense"));
}

const DOCUMENT = "statement|letter|note|message|communique|communiqué|declaration|resolution|decree|report|appeal|plea|proposal|plan|notice|memo|memorandum|ultimatum";
const AFTER_OBJECT = new RegExp(
  `^(?:\\s+\\p{Ll}+){0,2}\\s+(\\p{Ll}+)\\s+(?:a|an|the|its|their|his|her)\\s+(?:\\p{Ll}+\\s+){0,2}(?:${DOCUMENT})s?\\s+` +
    `(?:(?:on\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+|yesterday\\s+|today\\s+)?$`,
  "u",
);

/** "in" after a noun, two words at most before the trigger ("a delay in peace talks"). */
const IN_AFTER = /([\p{L}'’-]+)\s+in\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;
/** Words before "in" that make the phrase the clause's own act: "took part in", "engaged in", "were in talks". */
const VERB_BEFORE_IN = /^(?:part|participates?|engages?|joins?|is|are|was|were|be|been|being|remains?|stays?|\p{L}+ed|\p{L}+ing)$/iu;

/**
 * A trigger in an "in" phrase hanging off another noun ("a delay in peace talks", "progress in the
 * negotiations") is that noun's complement, not the clause subject's act; "in protest" is an adverbial
 * of the clause's own act ("marched in protest").
 */
export function inNounPhrase(before: string, t: TriggerMatch): boolean {
  const m = before.includes(" in ") ? IN_AFTER.exec(before) : null;
  if (!m || VERB_BEFORE_IN.test(m[1]!)) return false;
  return !(t.entry.type === "PROTEST" && /\sin\s+$/iu.test(before));
}

/** ", blaming X for …": a participle set off by a comma is an act of its own, not what the verb before asks or refuses. */
export const adjunctParticiple = (text: string, t: TriggerMatch) => t.entry.pos === "verb" && ingForm(t.head) && /,\s*$/.test(text.slice(t.start - 3, t.start));

/** "fierce fighting broke out": a verb's -ing form followed by a predicate of its own is a noun, the subject of that predicate. */
export const GERUND_SUBJECT = /^\s+(?:has|had|was|is|were|are|broke\s+out|erupted|started|began|continued|resumed|raged|flared|intensified|ended|subsided|spread)\b/u;

/** "the accord provided for a ceasefire": "provide for" stipulates, it gives nothing. */
export const STIPULATES = /^\s+for\b/u;

/**
 * A "trans" row ("killed four rebels") is an act only in the active with a direct object, or in
 * the passive with a "by" agent; never as ", killing 40 people", the toll of an act already told.
 */
export function notTransitiveAct(text: string, t: TriggerMatch, clauseStart: number, hasObject: boolean): boolean {
  if (t.entry.past.includes(t.head) && PASSIVE.test(text.slice(Math.max(clauseStart, t.start - 40), t.start))) return agentlessPassive(text, t, clauseStart);
  return !hasObject || adjunctParticiple(text, t);
}

/** A passive verb with no "by" agent after it ("was arrested on Monday"). */
export function agentlessPassive(text: string, t: TriggerMatch, clauseStart: number): boolean {
  if (t.entry.pos !== "verb" || !t.entry.past.includes(t.head) || !PASSIVE.test(text.slice(Math.max(clauseStart, t.start - 40), t.start))) return false;
  return !/^\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?by\b/u.test(text.slice(t.headEnd, t.headEnd + 60));
}

/**
 * "X, who is due back on Friday, will also meet", "X, who …, is due to meet": the verb after a
 * relative clause set off by commas is its antecedent's, past auxiliaries or an infinitive's chain.
 */
const CLOSED_RELATIVE_BEFORE = /^\s*(?:who|which)\b[^,;:"“”]{1,160},\s+((?:[\p{L}'’]+\s+){0,4})$/iu;
export function closedRelative(before: string): boolean {
  const r = CLOSED_RELATIVE_BEFORE.exec(before);
  if (!r) return false;
  const words = r[1]!.trim().split(/\s+/u).filter(Boolean);
  return (words.length <= 3 && clauseHasNoSubject(r[1]!)) || infinitivePredicate(r[1]!);
}

/**
 * "charged with spying and receiving money from X", "accused of receiving arms": a gerund after
 * a preposition, or coordinated with one, names an act as a noun (a charge, a topic), telling
 * no act. Not "by" ("retaliated by closing") nor "after"/"before" (a time of a told act).
 */
// "insisted on sending troops", "agreed on freeing X": "on" too, not the phrasal "went on", "kept on".
// "on (X's) not accepting", "of his visiting": a possessive subject and a negation may stand between.
const PREPOSITION_BEFORE =
  /\b(?:of|for|about|against|without|with|(?<!\b(?:went|go|goes|going|gone|carried|carry|carries|kept|keep|keeps)\s)on)\s+(?:(?:\(\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*['’]s?\s*\)|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*['’]s?|his|her|its|their|our|my|your)\s+)?(?:not\s+|never\s+)?$/u;
const PREPOSITIONAL_CONJUNCT = /\b(?:of|for|about|against|without|with)\s+\p{Ll}+ing\b[^,;:.]{0,60}?\s+and\s+$/u;
const AND_BEFORE = /\band\s+$/u;
export function prepositionalGerund(text: string, t: TriggerMatch, from: number): boolean {
  if (t.entry.pos !== "verb" || !ingForm(t.head)) return false;
  const near = text.slice(Math.max(from, t.start - 48), t.start);
  if (PREPOSITION_BEFORE.test(near)) return true;
  return AND_BEFORE.test(near) && PREPOSITIONAL_CONJUNCT.test(text.slice(Math.max(from, t.start - 80), t.start));
}

const RELATIVE_OPENING = /\s*(?:who|which)\b/iy;
/** `closedRelative` of `text[from, to)`, sliced only when a relative opens there. */
export function closedRelativeAt(text: string, from: number, to: number): boolean {
  RELATIVE_OPENING.lastIndex = from;
  return RELATIVE_OPENING.test(text) && closedRelative(text.slice(from, to));
}

import type { TriggerMatch } from "./matcher.js";
import { ingForm } from "./ing-form.js";
import { endsWithAnyWord } from "../text/ending.js";

// Acts a clause mentions without telling them of its subject: an attack named as the time of
// something else ("after the bombings"), a rally of supporters, a noun modifying another ('bombing
// suspects'), and a participle modifying a noun ("a man accused of", "a plane donated by X"). Closed English word lists.

/** "following the twin bombings", "in the aftermath of the attacks": a hostile noun as a time, not the subject's act. */
const TIME_OF =
  /\b(?:following|after|since|amid|before|aftermath\s+of|wake\s+of|wave\s+of|spate\s+of|series\s+of|string\s+of|anniversary\s+of)\s+(?:(?:the|a|an|this|that|these|those|last\s+\p{Ll}+['’]s|recent|twin|deadly|latest|two|three|several|august|apparent)\s+)*(?:[\p{L}\p{N}.'’-]+\s+){0,2}$/iu;
/** "by X" right after the noun: the agent is named, the phrase tells whose act it was. */
const AGENT_AFTER = /^\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?by\s/u;

/**
 * "supporters began a rally", "a rally supporting X": a show of support, no protest. (A leader
 * attending a rally that demands something is coded as protesting, as the guide's halves do.)
 */
const SUPPORTERS_BEFORE = /\bsupporters\b/iu;
const SUPPORTING_AFTER = /^[^.;]{0,60}?\b(?:supporting|in\s+support\s+of|backing|to\s+support|to\s+back|in\s+favou?r\s+of|to\s+celebrate|to\s+welcome)\b/iu;

/** "the bombing suspects", "arrest warrants", "attack victims": the act's noun modifies another noun. */
const MODIFIER_OF =
  /^\s+(?:and\s+\p{Ll}+\s+)?(?:specialists?|experts?|squads?|suspects?|victims?|survivors?|sites?|scenes?|investigations?|investigators|inquiry|inquiries|probe|trial|charges|warrants?|plot|plotters)\b/iu;

/**
 * "the relatives' appeal", "the family's request": a noun act whose possessor is a common noun
 * belongs to people the tables do not hold (a state organ, "the government's appeal", still acts).
 */
const COMMON_POSSESSOR =
  /\b(?!(?:government|ministry|army|military|police|cabinet|parliament|president|council|court|embassy|administration|party|country|nation|state|regime|navy|authorities|officials|leaders?|union|alliance|bloc|organi[sz]ation|agency|department|commission|committee)['’])\p{Ll}+(?:s['’]|['’]s)\s+(?:[\p{Ll}-]+\s+)?$/u;

/**
 * A bare verb form read as a noun after a determiner or a verb of issuing ("issued arrest warrants"):
 * the window's last word, read by hand (an end-anchored pattern is tried from every position).
 */
const NOUN_SLOT = ["the", "a", "an", "its", "their", "his", "her", "issued", "issues", "issue", "signed", "sought", "obtained"];

/** The word right before a participle when that word is a common noun it modifies ("a man accused of"). */
const NOT_A_NOUN = new Set([
  "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "and", "or", "but", "who", "which", "that", "it", "he", "she",
  "they", "we", "i", "you", "also", "then", "later", "earlier", "never", "not", "just", "jointly", "formally", "officially", "reportedly",
  "allegedly", "subsequently", "recently", "previously", "again", "once", "first", "still", "already", "yesterday", "today",
]);
const LAST_WORD = /([\p{L}'’-]+)\s+$/u;
const LOWER_START = /^\p{Ll}/u;
const BY_OR_OF = /^\s+(?:by|of)\s/u;

/**
 * Whether a trigger is an act named without its clause's subject doing it: a hostile noun as a
 * time, a supporters' rally, or a participle after a noun ("a man accused of …").
 */
export function notSubjectsAct(t: TriggerMatch, text: string, sentenceStart: number, end: number): boolean {
  const before = text.slice(Math.max(sentenceStart, t.start - 80), t.start);
  const after = text.slice(t.headEnd, Math.min(end, t.headEnd + 80));
  if (t.entry.pos === "noun" && t.entry.type === "ASSAULT" && TIME_OF.test(before) && !AGENT_AFTER.test(after)) return true;
  // (Every possessive holds an apostrophe: the scan, tried at every word, is run only then.)
  if ((before.includes("'") || before.includes("’")) && COMMON_POSSESSOR.test(before)) return true;
  // "bombing experts": a gerund modifies a noun as the act's noun does.
  if ((t.entry.pos === "noun" || (t.head === t.entry.pattern && endsWithAnyWord(before, NOUN_SLOT)) || (t.entry.pos === "verb" && ingForm(t.head))) && MODIFIER_OF.test(text.slice(t.end, Math.min(end, t.end + 40)))) return true;
  if (t.entry.type === "PROTEST" && /^rall|^gather/u.test(t.head) && (SUPPORTERS_BEFORE.test(before) || SUPPORTING_AFTER.test(after))) return true;
  return t.entry.pos === "verb" && t.entry.past.includes(t.head) && BY_OR_OF.test(after) && participleAfterNoun(before);
}

function participleAfterNoun(before: string): boolean {
  const w = LAST_WORD.exec(before)?.[1];
  return !!w && LOWER_START.test(w) && !NOT_A_NOUN.has(w) && !w.endsWith("ly");
}

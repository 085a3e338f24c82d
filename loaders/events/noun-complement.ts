import type { PloverType, ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import { namesOwnAgent } from "./noun-phrases.js";

// A speech act told as a noun governs the act in its complement as its verb does ("demanded that
// X withdraw", "refused to meet X"): "X's demand that Y withdraw", "X's refusal to meet Y", "a call
// for Y to free …", "an allegation that Y had shelled …", "X's opposition to the meeting between …".
// The act in the complement is what is asked, refused or alleged, not an act told; the subject of
// a "that" clause is the speech act's counterpart, as a verb's object is.

/** Nouns of these types say, ask, refuse or promise something. */
const SPEECH = new Set<PloverType>(["REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE"]);

/** A time phrase between a noun and its complement: "X's call last week to …", "an appeal on Monday to …". */
export const TIME_PHRASE = String.raw`(?:\s+(?:(?:earlier|later)\s+)?(?:(?:on|last|this|that)\s+)?(?:week|month|year|weekend|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?`;

/** The words from the noun to the act it governs: "that" and a clause of its own, with no break in it. */
const THAT_CLAUSE = new RegExp(String.raw`^${TIME_PHRASE}\s+that\s+(?:[^\s,;:()"“”]+\s+){0,10}$`, "u");
/**
 * "to", "for", "on", "of", "against" and a few words, with no finite verb or "and": past them the
 * noun's own phrase has ended ("an appeal to X was followed by an attack", "a call to X and talks").
 */
const PHRASE = new RegExp(String.raw`^${TIME_PHRASE}\s+(?:to|for|on|of|against)\s+(?:(?!(?:and|but|is|are|was|were|has|have|had|will|would)\s)[^\s,;:()"“”]+\s+){0,8}$`, "u");

/** Whether the noun trigger `g` governs the later trigger `t` as its complement's act. */
export function governsComplement(text: string, g: TriggerMatch, t: TriggerMatch, clauseEnd: number): boolean {
  if (g.entry.pos !== "noun" || !SPEECH.has(g.entry.type) || t.start <= g.end || t.start - g.end > 90) return false;
  // "condemnation of attacks by X": an act told with its own agent is told in full.
  if (namesOwnAgent(text, t, clauseEnd)) return false;
  const gap = text.slice(g.headEnd, t.start);
  return THAT_CLAUSE.test(gap) || PHRASE.test(gap);
}

/** "that X", "by Y that X": the subject right after "that" (and an article), past the noun's own agent. */
const THAT_BEFORE = /^\s+(?:(?:by|from)\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,5}?\s+)?that\s+(?:the\s+)?$/u;

/**
 * The subject of a speech-act noun's "that" clause, its counterpart: "an allegation that X had
 * armed …", "X's demand that Y withdraw". The mention's index, or -1.
 */
export function complementSubject(text: string, ms: ResolvedMention[], t: TriggerMatch, to: number): number {
  if (t.entry.pos !== "noun" || !SPEECH.has(t.entry.type)) return -1;
  for (let i = ms.findIndex((m) => m.start >= t.headEnd), k = 0; i >= 0 && i < ms.length && k < 3; i++, k++) {
    const m = ms[i]!;
    if (m.end > to || m.start - t.headEnd > 80) return -1;
    if (m.kind !== "place" && THAT_BEFORE.test(text.slice(t.headEnd, m.start))) return i;
  }
  return -1;
}

/** A possessor right before the noun, a name's or a pronoun's, and at most two modifiers: "X's renewed", "its". */
const POSSESSED = /(?:\p{L}['’]s?|\b(?:his|her|its|their))\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/**
 * What the noun says, asks or refuses, told after it: a "that" clause, "for" a thing, "to" a verb
 * (not "to" a determiner, a name or a plural: "an appeal to voters", "a call to the embassy").
 */
const TOLD = new RegExp(String.raw`^${TIME_PHRASE}\s+(?:that\s|to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|all|him|them|us|me)\b)\p{Ll}+(?<!s|tion|ment|ness|ity)\b)`, "u");

/**
 * "X's call last week to march on the capital", "its demand for compensation": a speech
 * act's noun owned by a possessor and told with its content is an act, counterpart named or not.
 */
export function ownedSpeech(text: string, t: TriggerMatch, end: number, triggers: readonly TriggerMatch[]): boolean {
  if (t.entry.pos !== "noun" || !OWNED.has(t.entry.type) || !POSSESSED.test(text.slice(Math.max(0, t.start - 40), t.start))) return false;
  const after = text.slice(t.headEnd, Math.min(end, t.headEnd + 60));
  // "X's opposition to the meeting": an act named as its content tells it too; a treaty or an
  // agreement named so is a document, and a stance on it an issue ("its opposition to a weapons ban convention").
  return TOLD.test(after) || (APPEALS.test(t.head) && FOR_THING.test(after)) || triggers.some((u) => u.start > t.end && !DOCUMENT_TYPES.has(u.entry.type) && PHRASE_HEAD.test(text.slice(u.end, u.end + 12)) && governsComplement(text, t, u, end));
}

/** The act noun heads its phrase ("to the meeting with X"), not a compound's modifier ("a weapons ban convention"). */
const PHRASE_HEAD = /^(?:\s+(?:with|between|by|on|in|at|of|to|against|from|for|and|or|was|were|is|are|has|had|have|will|would|could)\b|\s*[,.;:)"”]|\s*$)/u;

const DOCUMENT_TYPES = new Set<PloverType>(["SUPPORT", "AGREE"]);

/** A threat is told toward someone ("X's threat to resign" threatens no one); an offer is no statement. */
const OWNED = new Set<PloverType>(["REQUEST", "REJECT", "ACCUSE"]);
/** Only an appeal's "for" names what it asks ("X's call for a strike"); "X's demand for oil", "a request for a loan" are trade. */
const APPEALS = /^(?:calls?|appeals?|pleas?)$/u;
const FOR_THING = new RegExp(String.raw`^${TIME_PHRASE}\s+for\s+(?!(?:bids|tenders|offers|proposals|applications|entries|nominations|papers|submissions|comments|volunteers|donations)\b)`, "u");

import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import { afterPrep } from "./mentions.js";
import { headsPassive, otherPassiveBefore, passiveByAt } from "./passive-noun.js";

// The phrases after a noun trigger that name its agent ("an appeal by X", "a request from Y")
// and where the noun's own phrase ends (its clause's verb), so that a preposition further on,
// inside another noun phrase, is not read as the trigger's.

/** A possessive before a common noun other than a state organ: "X's relatives", "X's lawyers". */
const POSSESSED_PERSON = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?!(?:government|forces|army|military|police|troops|soldiers|fighters|guerrillas|militia|warplanes|artillery|navy|ministry|foreign|defen[cs]e|interior|officials?|leaders?|leadership|president|prime|cabinet|parliament|embassy|envoy|delegation|spokes(?:man|woman))\b)\p{Ll}+s\b/u;

/**
 * One prepositional phrase of a few words (no verb, comma or second preposition), then "by":
 * "to Ruritania by", "on the capital by" (not "of": "a rally of workers by X" is read by X). Ends on "by ", where the agent is read.
 * No passive verb: "sanctions on X were criticised by Y" names Y's criticism (passive-noun.ts reads the support verbs).
 * It and PATIENT_THEN_BY need a literal "by": callers look for one first, as most phrases after a noun have none.
 */
const TARGET_THEN_BY = /^\s+(?:to|on|against|in|into)\s+(?:(?!by\b|and\b|to\b|on\b|in\b|with\b|against\b|was\b|were\b|is\b|are\b|been\b)[\p{L}\p{N}.'’-]+\s+){1,4}?by\s/u;

/**
 * "the recapture of the port from X by Y", "the seizure of the ship by Y": an act done to something
 * names what it is done to with "of" (and whom it is taken from), then its agent. Only for acts on
 * a patient: "a rally of workers by X" is the workers' own.
 */
const PATIENT_THEN_BY = /^\s+(?:of|from)\s+(?:(?!by\b|and\b|was\b|were\b|is\b|are\b|been\b)[\p{L}\p{N}.'’-]+\s+){1,6}?by\s/u;
const ON_A_PATIENT = new Set(["ASSAULT", "COERCE"]);

/** Speech acts whose noun takes its speaker from "from X". */
const SPOKEN_FROM = new Set(["REQUEST", "ACCUSE", "THREATEN", "REJECT"]);

/**
 * The agent named after a noun: "by X" ("attacks by X"), a speech act's "from X" ("a request from
 * X"); not X when the phrase is "by X's relatives". `to` bounds the search; -1 when none.
 */
export function agentAfterNoun(text: string, ms: ResolvedMention[], t: TriggerMatch, to: number): number {
  let src = afterPrep(text, ms, "by", t.headEnd, to, 6, 1);
  if (src >= 0 && otherPassiveBefore(text, t.headEnd, ms[src]!.start)) src = -1;
  // "a visit to X by Y", "the attack on X by Y": the noun's own target phrase may come first.
  const phrase = src < 0 ? text.slice(t.headEnd, Math.min(to, t.headEnd + 80)) : "";
  const pp = src < 0 && phrase.includes("by") ? (TARGET_THEN_BY.exec(phrase) ?? (ON_A_PATIENT.has(t.entry.type) ? PATIENT_THEN_BY.exec(phrase) : null)) : null;
  if (pp) src = afterPrep(text, ms, "by", t.headEnd + pp[0].length - 3, to, 1, 1);
  const passive = src < 0 ? passiveByAt(text, t.headEnd, to) : -1;
  if (passive >= 0) src = afterPrep(text, ms, "by", passive, to, 1, 1);
  if (src < 0 && SPOKEN_FROM.has(t.entry.type)) src = afterPrep(text, ms, "from", t.headEnd, to, 6, 1);
  return src >= 0 && POSSESSED_PERSON.test(text.slice(ms[src]!.end, ms[src]!.end + 40)) ? -1 : src;
}

const BY_NEXT = /^\s+by\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether a noun names its own doer, capitalised, right after it or after its target phrase
 * ("a visit to X by Y", "attacks by Y"): an act told in full, not the content of a speech act around it.
 */
export function namesOwnAgent(text: string, t: TriggerMatch, to: number): boolean {
  if (t.entry.pos !== "noun") return false;
  const after = text.slice(t.headEnd, Math.min(to, t.headEnd + 90));
  if (BY_NEXT.test(after)) return true;
  const pp = after.includes("by") ? TARGET_THEN_BY.exec(after) : null;
  return !!pp && BY_NEXT.test(after.slice(pp[0].length - 4));
}

/** A finite auxiliary after a noun: where the noun's phrase ends and its clause's predicate begins. */
const FINITE_AFTER = /\s(?:is|are|was|were|has|have|had|will|would)\s/u;

/** Where a noun's own phrase ends: "the bombing were met by Secretary of State X" ends before "were". */
export function nounPhraseEnd(text: string, from: number, to: number): number {
  const m = FINITE_AFTER.exec(text.slice(from, to));
  return m && !headsPassive(text, from) ? from + m.index : to;
}

/** "plans by X to", "a bid by X to", "an offer by X to": a noun of intent with its agent, right before a verb's "to". */
const INTENT_BY = /\b(?:plans?|proposals?|decision|bid|offer|attempts?|efforts?|intention|promise|pledge|threat)\s+by\s+$/iu;
/** The same nouns after a possessor: "'s (long-standing) bid to", "'s attempts to". */
const INTENT_OF = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:plans?|proposals?|decision|bids?|offer|attempts?|efforts?|intention|promise|pledge|threat|application|ambition|hopes?|drive|push)\s+to\s+$/u;

/**
 * The agent of a noun of intent whose to-infinitive is the trigger ("plans by a minister to visit
 * X"): that verb's subject is the noun's agent, not the clause's. -1 when there is none.
 */
export function intentAgent(text: string, ms: ResolvedMention[], t: TriggerMatch, from: number): number {
  if (t.entry.pos !== "verb" || !/\bto\s+$/u.test(text.slice(Math.max(from, t.start - 4), t.start))) return -1;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > t.start) continue;
    if (m.start < from || m.kind === "place") return -1;
    // "X's bid to join": the possessor owns the aim, and is the infinitive's doer. Not a host's
    // verb ("X's request to host the games"), whose roles are swapped and rarely a visit there.
    if (INTENT_OF.test(text.slice(m.end, t.start))) return t.entry.frame.swap || t.entry.frame.recv ? -1 : i;
    // The agent's phrase: the mention, a title or name after it, then "to".
    if (!/^(?:\s+[\p{L}.'’-]+){0,5}?\s+to\s+$/u.test(text.slice(m.end, t.start))) return -1;
    const lead = text.slice(Math.max(from, m.start - 40), m.start).replace(/(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u, "");
    return INTENT_BY.test(lead) ? i : -1;
  }
  return -1;
}

/** The object of a condemnation right after its verb: a few words, the last a plural or act noun, then "by". */
const OBJECT_THEN_BY = /^\s+(?:(?:the|a|an|this|these|recent|repeated|latest|new|renewed|continued|continuing|deadly|brutal)\s+){0,3}[\p{Ll}-]+\s+by\s+(?:the\s+)?$/u;
/**
 * "condemned the shelling of its villages by X", "protested the arrest of two Norlandic reporters
 * by X": the act noun's patient in an "of" phrase of a few words (names and demonyms among them) before "by".
 */
const OBJECT_OF_THEN_BY = /^\s+(?:(?:the|a|an|this|these|recent|repeated|latest|new|renewed|continued|continuing|deadly|brutal)\s+){0,3}[\p{Ll}-]+\s+of\s+(?:[\p{L}\p{N}'’.-]+\s+){1,6}by\s+(?:the\s+)?$/u;
/** "rejected an appeal from X": the same with a speaker's "from". */
const OBJECT_THEN_FROM = /^\s+(?:(?:the|a|an|this|these|recent|repeated|latest|new|renewed|fresh|formal|urgent)\s+){0,3}[\p{Ll}-]+\s+(?:by|from)\s+(?:the\s+)?$/u;

/**
 * "condemned attacks by X": who is condemned is the doer of the act named as the verb's object;
 * "rejected an appeal from X": who is rejected is its speaker.
 * The mention's index, or -1.
 */
export function condemnedAgent(text: string, ms: ResolvedMention[], t: TriggerMatch, to: number): number {
  const rejected = t.entry.type === "REJECT";
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.start < t.end) continue;
    if (m.start > to || m.start - t.end > (rejected ? 60 : 100)) return -1;
    const gap = text.slice(t.end, m.start);
    if (m.kind !== "place" && (rejected ? OBJECT_THEN_FROM : OBJECT_THEN_BY).test(gap)) return i;
    if (rejected || m.kind === "place" || !OBJECT_OF_THEN_BY.test(gap)) {
      // A name inside the "of" phrase ("the arrest of two Norlandic reporters by …") is passed over.
      if (rejected || / by\s/u.test(gap) || /[,;:"“”()]/u.test(gap)) return -1;
      continue;
    }
    return i;
  }
  return -1;
}

/** The target with `condemnedAgent`'s doer put in, also over a name inside the act's "of" phrase ("the arrest of two Norlandic reporters by X"). */
export function condemnedTarget(text: string, ms: ResolvedMention[], t: TriggerMatch, to: number, current: number): number {
  const agent = condemnedAgent(text, ms, t, to);
  return agent >= 0 && (current < 0 || ms[current]!.start < ms[agent]!.start) ? agent : current;
}

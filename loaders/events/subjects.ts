import { reportedClauseBetween } from "./reported-subject.js";
import { guessPos } from "../actors/lextokens.js";
import { appositiveSubject, subjectBeforeApposition } from "./appositive.js";
import { itAntecedent } from "./pronoun-gap.js";
import { pronounMainSubject, withoutMeasure } from "./measured-adjunct.js";
import { crowdCountry } from "./crowd-place.js";
import { clauseHasNoSubject, subjectGapOk } from "./gate.js";
import { finiteSubjectOk, sharedSubject } from "./coordination.js";
import type { TriggerMatch } from "./matcher.js";
import { pronounSubject } from "./pronouns.js";
import { reportedPronoun } from "./references.js";
import type { RoleContext } from "./role-context.js";
import { closedRelative, closedRelativeAt, inNounPhrase, OPPOSING_VERB, REPORTING_BEFORE, SUPPORT_VERB } from "./verb-classes.js";
import { counterpartSubject, isSubjectLike, recipientName, wordBefore, usedAsPlace, locativeName, wordCount } from "./mentions.js";
import { memberOfSubject } from "./member-of.js";
import { ingForm } from "./ing-form.js";
import { endedAct } from "./ended-act.js";
import { modifierInObject } from "./object-modifier.js";
import { possessorInObject } from "./possessor-in-object.js";
import { countedInObject } from "./numbered-object.js";
import { invertedSubject } from "./inverted-subject.js";
import { insideParticipleAside } from "./participle-aside.js";

// The subject of a trigger's clause, as an index into the sentence's mentions (-1 for none):
// the nearest name before it, a pronoun's antecedent, a relative's, or the sentence's own subject.

/** "Norland fired 300 workers who …": a verb and its object between a name and "who" make the object the antecedent. */
const VERB_AND_OBJECT = /^\s*\p{Ll}+\s+(?:the|a|an|[\p{N},]+|some|many|its|their|his|her|several|dozens|hundreds|thousands)\b/u;
const EXISTENTIAL = /\bthere\s+(?:is|are|was|were|(?:have|has|had)\s+been|will\s+be|would\s+be)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A duration or round measuring the act before "of": "three days of talks", "two rounds of negotiations". */
const MEASURE_OF = /\b(?:hours?|days?|weeks?|weekend|months?|nights?|rounds?|series|sessions?|years?)\s+of\s+(?:[\p{L}-]+\s+)?$/iu;

/** A preposition within the few words before a noun: the noun sits in a phrase, not in an object slot. */
const IN_PHRASE = /(?:^|[^\p{L}])(?:of|to)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;

// "He's expected to meet …": a contracted auxiliary ('s, 'd, 'll) is still the pronoun's verb.
const PRONOUN = /(?:^|[^\p{L}])(he|she)(?:['’](?:s|d|ll))?\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
/** "He flew home on Friday, pledging …": a participle after a comma shares the pronoun subject of the clause it hangs on. */
const PRONOUN_PARTICIPLE = /(?:^|[^\p{L}])(?:he|she)\s+\p{Ll}+(?:\s+[\p{L}\p{N}'’-]+){0,5}\s*,\s*$/iu;

const COMMA_BEFORE = /,\s*$/u;
/** A preposition and at most a title's lower-case words before a name: "for prime minister ". */
const PREP_PHRASE_BEFORE = /(?:^|[^\p{L}])(?:for|to|with|from|of|on|at|against|toward|towards)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}$/u;
/** Only the capitalised words of a title and a name: " Attorney General Ana Tamm ". */
const CAPITALS_ONLY = /^(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+$/u;

/** "X left Y for talks with Z": the place a departure verb names is where the traveller set out from. */
const DEPARTED = new Set(["left", "quit", "fled"]);

/** A name right after a verb of departure: an origin, never the agent of a noun after it. */
function departedFrom(text: string, m: { start: number }, from: number): boolean {
  return DEPARTED.has(wordBefore(text, m.start, from));
}

/** The subject of a verb (or a nominal with no possessor): the nearest name before it in its clause. */
function subjectIndex(t: TriggerMatch, c: RoleContext, verbAt = t.start): number {
  const { text, ms } = c;
  const shared = sharedSubject(t, c, verbAt);
  if (shared !== null) return shared;
  const pronoun = t.entry.pos === "verb" ? pronounSubject(text, ms, c.narrow.start, c.sentence.start, t.start) : null;
  if (pronoun !== null) return pronoun;
  // "The interior minister, Ana Lund, blamed …": the name set off after a description is the subject.
  const apposed = t.entry.pos === "verb" ? appositiveSubject(text, ms, c.sentence.start, verbAt) : -1;
  if (apposed >= 0) return apposed;
  const described = t.entry.pos === "verb" ? subjectBeforeApposition(text, ms, c.sentence.start, verbAt) : -1;
  if (described >= 0) return described;
  const it = t.entry.pos === "verb" ? itAntecedent(text, ms, c.sentence.start, verbAt, (m) => isSubjectLike(text, m, c.sentence.start)) : -1;
  if (it >= 0) return it;
  const crowd = t.entry.type === "PROTEST" && t.entry.pos === "verb" ? crowdCountry(text, ms, c.narrow.start, verbAt) : -1;
  if (crowd >= 0) return crowd;
  const nearest = nearestName(t, c, verbAt);
  if (nearest !== null) return nearest;
  const before = text.slice(c.narrow.start, t.start);
  // "He noted he is ready to meet": the last person named before.
  // "Ode, whom he met": the pronoun is not the relative's antecedent, and is left unresolved.
  if (/\bwhom\s+(?:he|she)\b/iu.test(before)) return -1;
  if (PRONOUN.test(before) || (verbAt === t.start && ingForm(t.head) && PRONOUN_PARTICIPLE.test(before))) return personBefore(t, c);
  // "X, who …, held talks with Y": a noun's clause is read up to its support verb, past the relative.
  const antecedent = relativeAntecedent(c, text.slice(c.narrow.start, verbAt));
  if (antecedent >= 0) return antecedent;
  const inherited = inheritedSubject(t, c, before);
  // "Also expected to visit X are A and B": the subject stands after the copula at the sentence's end.
  return inherited >= 0 ? inherited : invertedSubject(t, c);
}

/**
 * The nearest name before the trigger in its clause: its index, -1 when that name rules out
 * any subject, or null when the clause has none and the subject is sought further.
 */
function nearestName(t: TriggerMatch, c: RoleContext, verbAt: number): number | null {
  const { text, ms } = c;
  const participleAfterComma = ingForm(t.head) && COMMA_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start));
  // Whether a closed relative stands before the verb: the same for every mention, read once when first asked.
  let closed: boolean | undefined;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > t.start) continue;
    if (m.start < c.narrow.start || (closed ??= closedRelativeAt(text, c.narrow.start, verbAt))) break;
    // "X, refusing to meet Y, recalled …": a name inside a participle phrase set off by commas is not the verb's subject.
    if (t.entry.pos === "verb" && !ingForm(t.head) && insideParticipleAside(text, ms, i, verbAt, c.narrow.start)) continue;
    // The nearest name is the subject only if nothing but its noun phrase's head, auxiliaries
    // and adverbs stands between it and the verb; otherwise another noun phrase is the subject.
    // A noun's agent was sought first (rolesOf: possessor, "by", support verb): here it takes the clause subject as before.
    const protest = t.entry.type === "PROTEST";
    if (t.entry.pos === "noun") {
      // "X was quoted as saying villagers died in air raids": the noun is in the reported clause.
      if (reportedClauseBetween(text.slice(m.end, verbAt))) return -1;
      // "X left Y for talks with Z": the place left is no agent of a noun after it; X is sought on.
      if (departedFrom(text, m, c.narrow.start)) continue;
      // "Queen X of Norland will pay a visit": through a support verb the office holder is the subject, as for a verb.
      const holder = verbAt < t.start ? memberOfSubject(text, ms, i, verbAt, c.actors) : -1;
      if (holder >= 0) return holder;
      if (isSubjectLike(text, m, c.narrow.start, protest)) return i;
      continue;
    }
    // "the US and its allies imposing sanctions": the name right before a participle is its agent, even after a preposition.
    // "X met Y on Monday, promising aid": past a comma, a verb's object is not the participle's agent.
    // "X was quoted as saying villagers died in air raids": the verb is in a reported clause with a subject of its own.
    if (reportedClauseBetween(text.slice(m.end, verbAt))) return -1;
    if (participleAfterComma && m.end < t.start - 1 && guessPos(wordBefore(text, m.start, c.narrow.start)) === "VERB") continue;
    // "dismissed Y's government, accusing it …": the object's possessor is not the participle's agent.
    if (participleAfterComma && m.end < t.start - 1 && (possessorInObject(text, m, c.narrow.start) || countedInObject(text, m, c.narrow.start))) continue;
    // "X held a banquet for Y, welcoming him": past a comma, a name in a phrase is not the participle's agent.
    if (participleAfterComma && m.end < t.start - 1 && PREP_PHRASE_BEFORE.test(text.slice(Math.max(c.narrow.start, m.start - 40), m.start))) continue;
    if (ingForm(t.head) && !usedAsPlace(text, m) && subjectGapOk(text.slice(m.end, t.start), 0)) {
      if (recipientName(text, m) && CAPITALS_ONLY.test(text.slice(m.end, t.start))) continue;
      return i;
    }
    const member = memberOfSubject(text, ms, i, verbAt, c.actors);
    if (member >= 0) return member;
    if (isSubjectLike(text, m, c.narrow.start, protest)) {
      const pronoun = (plural: boolean) => reportedPronoun(text, m, verbAt, plural, (g) => subjectGapOk(g));
      return finiteSubjectOk(text, m.end, verbAt, t) || counterpartSubject(text, m, verbAt) || pronoun(!!c.members?.has(m)) ? i : -1;
    }
  }
  return null;
}

/** "he"/"she" before the trigger: the last person named before it in the sentence, else the one before the sentence. */
function personBefore(t: TriggerMatch, c: RoleContext): number {
  const { ms } = c;
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.end <= t.start && ms[i]!.kind === "person") return i;
  const p = c.lastPerson;
  if (p) {
    ms.push(p); // `ms` is the caller's per-trigger copy, so borrowing the earlier mention is safe.
    return ms.length - 1;
  }
  return -1;
}

/** A relative clause's antecedent as the subject, or -1. */
function relativeAntecedent(c: RoleContext, before: string): number {
  const { text, ms } = c;
  // "…officials, who earlier agreed": a relative clause's subject is the name just before it.
  // (Only when the relative opens straight on its verb: "that police had not ruled out" has its own subject.)
  const open = /^\s*(?:who|which|that)\b/i.test(before) && clauseHasNoSubject(before.replace(/^\s*(?:who|which|that)\b/i, ""));
  // Past a closed relative the verb is the main clause's: its antecedent must be a subject, not a phrase's noun ("X, head of Y, which …").
  if (open || closedRelative(before)) {
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i]!;
      if (m.end > c.narrow.start) continue;
      if (m.kind === "place" || wordCount(text, m.end, c.narrow.start) > 3 || VERB_AND_OBJECT.test(text.slice(m.end, c.narrow.start)) || (!open && !isSubjectLike(text, m, c.sentence.start)) || (/^\s*(?:which|that)\b/iu.test(before) && locativeName(text, m))) break;
      return i;
    }
  }
  return -1;
}

/**
 * A lower-case noun right before a relative "that" which is not a document's (whose terms are its
 * signer's acts: "signed a treaty that promised loans") nor a verb taking a "that" clause.
 */
const THING_BEFORE = /\b(?!(?:treaty|agreement|accord|deal|pact|plan|resolution|statement|declaration|letter|note|message|decree|law|bill|proposal|communiqu[eé]|memorandum|protocol|programme|program|policy|package|said|says|say|told|tells|added|announced|warned|stated|claimed|insisted|argued|noted|believes?|knows?|feared|hoped)\b)\p{Ll}{3,}\s*$/u;

/** A clause with no subject of its own ("…, and urged X", "to reaffirm …") inherits the sentence's, or -1. */
function inheritedSubject(t: TriggerMatch, c: RoleContext, before: string): number {
  const { text, ms } = c;
  // (Not a relative clause: "an official in Varn, who refused" is the antecedent's act, sought by relativeAntecedent.)
  // Nor "X said the raid was part of a drive that has detained …": a relative "that" of a
  // noun inside reported speech belongs to that noun, not to the speaker. (In the speaker's own
  // clause, "X signed a treaty that promised loans", the treaty's act is X's.)
  const relativeThat = /^\s*that\b/i.test(before) && !REPORTING_BEFORE.test(text.slice(Math.max(c.sentence.start, c.narrow.start - 30), c.narrow.start)) &&
    /\b(?:said|says|say|told|tells)\b/i.test(text.slice(c.sentence.start, c.narrow.start));
  // "waste that killed 12 villagers": a relative "that" after a noun other than a document's is that noun's act.
  const thingThat = /^\s*that\b/i.test(before) && THING_BEFORE.test(text.slice(Math.max(c.sentence.start, c.narrow.start - 30), c.narrow.start));
  // "after three hours of talks": the measure is no subject (measured-adjunct.ts).
  const prefix = withoutMeasure(t, text.slice(c.narrow.start, t.start));
  if (wordCount(prefix, 0, prefix.length) <= 3 && clauseHasNoSubject(prefix) && !/^\s*(?:who|whom|which)\b/i.test(before) && !relativeThat && !thingThat) {
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      if (m.end > t.start) break;
      // "criticised the Norland embargo …, and called on …": a name modifying the object's noun is no subject.
      if (modifierInObject(text, m, c.sentence.start)) continue;
      if (isSubjectLike(text, m, c.sentence.start)) return i;
    }
    if (pronounMainSubject(t, text.slice(c.sentence.start, c.narrow.start))) return personBefore(t, c);
  }
  return -1;
}

/**
 * The clause subject of a trigger. A noun takes it as the object of a support verb ("X held
 * talks", "X made a protest"), measured from that verb; or as the object of another verb, but
 * never from inside a prepositional phrase ("memories of their last visit", "tribute to bombing victims").
 */
export function clauseSubject(t: TriggerMatch, c: RoleContext): number {
  if (t.entry.pos !== "noun") return subjectIndex(t, c);
  const from = Math.max(c.narrow.start, t.start - 60);
  // "Police broke up the protest": the subject acts on the act, it is not its agent; "there were
  // protests": an existential names no agent.
  const lead = c.text.slice(from, t.start);
  if (OPPOSING_VERB.test(lead) || (lead.includes("here ") && EXISTENTIAL.test(lead))) return -1;
  // "an accord meant to end the raids": who ends an act is not its agent.
  if (endedAct(t, lead)) return -1;
  const support = SUPPORT_VERB.exec(c.text.slice(from, t.start));
  if (support) return subjectIndex(t, c, from + support.index + support[0].search(/\S/));
  // "protested the arrest of X": a noun of an act done to someone is the subject's only through a support verb.
  if (t.entry.frame.supportOnly) return -1;
  const before = c.text.slice(Math.max(c.narrow.start, t.start - 40), t.start);
  // "after two days of talks", "a new round of talks": a measure of the act is no other noun's phrase.
  return (IN_PHRASE.test(before) && !MEASURE_OF.test(before)) || inNounPhrase(before, t) ? -1 : subjectIndex(t, c);
}

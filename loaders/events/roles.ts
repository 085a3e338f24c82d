import { guessPos } from "../actors/lextokens.js";
import type { ActorRow, ResolvedMention } from "../types.js";
import { PASSIVE, type Span } from "./clauses.js";
import { clauseHasNoSubject, subjectGapOk } from "./gate.js";
import { coordinatedSubject, finiteSubjectOk, sharedSubject } from "./coordination.js";
import { pluralDemonymObject } from "./demonyms.js";
import type { TriggerMatch } from "./matcher.js";
import { objectIndex } from "./objects.js";
import { agentAfterNoun, nounPhraseEnd } from "./noun-phrases.js";
import { objectRelative } from "./relatives.js";
import { aideState } from "./proxies.js";
import { attributiveVisit } from "./visits.js";
import { hostOf, placeIndex } from "./places.js";
import { pronounSubject } from "./pronouns.js";
import { reportedPronoun, reportingSpeaker } from "./references.js";
import { closedRelative, inNounPhrase, OPPOSING_VERB, REPORTING_BEFORE, SUPPORT_VERB } from "./verb-classes.js";
import {
  afterPrep, coordinatedAfter, coordinatedBefore, counterpartSubject, isSubjectLike, preferPerson, recipientName, wordBefore, titledByAgent, usedAsPlace, locativeName, wordCount,
} from "./mentions.js";

// Source, target and place of one trigger, from the positions of the actor
// mentions around it (subject before, object or prepositional phrase after).

export interface RoleContext {
  text: string;
  /** Mentions of the sentence, by start offset. */
  ms: ResolvedMention[];
  /** The last person named before this sentence, for "he"/"she". */
  lastPerson: ResolvedMention | undefined;
  sentence: Span;
  narrow: Span;
  wide: Span;
  /** Where the object search must stop: the next trigger or the end of the wide clause. */
  limit: number;
  actors: Map<string, ActorRow>;
  countryOfIso: Map<string, string>;
  /** The act is agreed between a pair ("X and Y pledged closer cooperation"): a compound subject is its two parties. */
  paired?: boolean;
  /** The other actors a pronoun subject stands for ("They" after "Norland and Sudovia …", references.ts). */
  members?: Map<ResolvedMention, ResolvedMention[]>;
}

export interface Roles {
  source: string | null;
  target: string | null;
  place: string | null;
  /** Other members of a compound source or target, named in `mode`. */
  partners: string[];
  /** A noun's source came from a phrase after it ("an appeal by X", "a request from Y"), not its clause. */
  agentPhrase: boolean;
}

/** A target preposition belongs to the trigger only when it follows within a few words ("support for X"). */
const PREP_REACH = 6;

export function rolesOf(t: TriggerMatch, c: RoleContext): Roles {
  const { text, ms } = c;
  const f = t.entry.frame;
  const partners: string[] = [];
  let src = -1, tgt = -1;

  // Subject. A nominal takes its possessor or adjective ("Tokyo's concern", "a Ukrainian incursion"),
  // then "between A and B", "the deployment of X", "attacks by X", and only then the clause subject.
  let group: ResolvedMention[] = [];
  let agentPhrase = false;
  if (t.entry.pos === "noun") {
    const a = nounAgent(t, c);
    // A support-only noun's agent stands right before it ("Norland's arrest of X"), not as a verb's subject.
    if (a >= 0 && !(f.supportOnly && !/^(?:['’]s?)?\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(ms[a]!.end, t.start)))) group = coordinatedBefore(text, ms, a, c.narrow.start);
    if (!group.length && f.mutual) {
      const b = afterPrep(text, ms, "between", t.headEnd, c.wide.end, 4, 2);
      if (b >= 0) group = coordinatedAfter(text, ms, preferPerson(text, ms, b));
    }
    if (!group.length && f.agentOf) src = afterPrep(text, ms, "of", t.headEnd, c.wide.end, 6, 1);
    // "attacks by X", "a request from Y" (not "by X's relatives").
    if (!group.length && src < 0) src = agentAfterNoun(text, ms, t, c.wide.end);
    agentPhrase = !group.length && src >= 0;
    if (!group.length && src < 0) src = titledByAgent(text, ms, t.headEnd, c.wide.end);
    if (!group.length && src < 0) src = frontedSpeaker(t, c);
  }
  if (!group.length && src < 0) {
    const own = clauseSubject(t, c);
    // "X flew to Y and after a ceremony went into talks": a predicate after "and" shares the subject before it.
    const subj = own >= 0 ? own : coordinatedSubject(text, ms, t, c.sentence.start);
    if (subj >= 0) group = coordinatedBefore(text, ms, subj, ms[subj]!.start >= c.narrow.start ? c.narrow.start : 0);
  }
  if (group.length) src = ms.indexOf(group[0]!);

  // "They agreed to …" after "Norland and Sudovia met": the pronoun is the pair, unless "with Z" names the other party.
  const members = group.length === 1 ? c.members?.get(group[0]!) : undefined;
  if (members && (f.mutual || c.paired) && afterPrep(text, ms, "with", t.headEnd, c.wide.end, 8, PREP_REACH) < 0) {
    ms.push(...members); // `ms` is the caller's per-trigger copy; the members share the pronoun's span.
    group = [group[0]!, ...members];
  }
  if (group.length > 1) {
    const mutual = f.mutual || !!c.paired;
    if (mutual) tgt = ms.indexOf(group[1]!);
    for (let i = mutual ? 2 : 1; i < group.length; i++) partners.push(group[i]!.actor);
  }

  // Object or prepositional target.
  const passive = t.entry.pos === "verb" && t.entry.past.includes(t.head) && PASSIVE.test(text.slice(Math.max(c.narrow.start, t.start - 40), t.start));
  if (tgt < 0) {
    for (const slot of f.targets) {
      // A noun's phrase ends at the clause's verb: "the bombing were met by Secretary of State X".
      const i = slot === "obj" ? objectIndex(t, c, ms[src]?.actor) : afterPrep(text, ms, slot, t.headEnd, t.entry.pos === "noun" ? nounPhraseEnd(text, t.headEnd, c.wide.end) : c.wide.end, 8, PREP_REACH);
      if (i >= 0 && ms[i]!.kind !== "place" && ms[i]!.actor !== ms[src]?.actor) {
        tgt = i;
        break;
      }
    }
  }
  if (src < 0 && tgt < 0 && t.entry.pos === "verb") [src, tgt] = objectRelative(text, ms, c.narrow, t.start) ?? [src, tgt];
  if (passive) {
    const by = afterPrep(text, ms, "by", t.headEnd, c.wide.end, 6, PREP_REACH);
    // The patient of a passive may sit in a phrase ("the port of Odesa in Ukraine was shelled").
    const patient = src >= 0 ? src : ms.findIndex((m) => m.start >= c.narrow.start && m.end <= t.start && m.kind !== "place");
    if (by >= 0) [src, tgt] = [by, patient];
    else if (tgt < 0) [src, tgt] = [-1, patient];
  }
  // "Y said X was responsible for …": X is blamed, by the speaker of the reporting verb before X.
  if (f.reported) [src, tgt] = src >= 0 ? [reportingSpeaker(text, ms, ms[src]!.start, c.sentence.start), src] : [-1, -1];
  if (f.recv) [src, tgt] = [tgt, src];
  // "X told visiting envoy Y": Y is the visitor, X the host.
  if (f.swap || (attributiveVisit(text, t) && src >= 0 && tgt >= 0)) [src, tgt] = [tgt, src];

  const place = placeIndex(t, c);
  let target = tgt >= 0 ? ms[preferPerson(text, ms, tgt)]!.actor : null;
  if (t.entry.pos === "verb" && f.targets.includes("obj") && !passive && !f.recv && !f.swap) {
    const people = pluralDemonymObject(text, t.headEnd, c.countryOfIso);
    if (people && (tgt < 0 || people.start < ms[tgt]!.start)) target = people.actor;
  }
  // Visits, and attacks on a place, are on the place's state ("shelled villages in Tavush" → Armenia).
  const source = src >= 0 ? (aideState(text, ms[src]!, t.start, c.actors, c.countryOfIso) ?? ms[preferPerson(text, ms, src)]!.actor) : null;
  if ((f.host || passive || t.entry.type === "ASSAULT") && !target && place >= 0) {
    const host = hostOf(ms[place]!, c);
    // Not a counterpart when the place is the actor's own country (drones downed over one's own region).
    const own = source ? (c.actors.get(source)?.country ?? null) : null;
    if (host && (!own || c.actors.get(host)?.country !== own)) target = host;
  }
  // Every partners list is pushed into an array literal, never mapped or filtered, so all have
  // one array kind and the code reading them keeps its optimised form when one holds a name.
  const others: string[] = [];
  for (const p of partners) if (p !== source && p !== target) others.push(p);
  return {
    source,
    target: target === source ? null : target,
    place: place >= 0 ? ms[place]!.actor : null,
    partners: others,
    agentPhrase: agentPhrase && !!source,
  };
}

/** "Norland fired 300 workers who …": a verb and its object between a name and "who" make the object the antecedent. */
const VERB_AND_OBJECT = /^\s*\p{Ll}+\s+(?:the|a|an|[\p{N},]+|some|many|its|their|his|her|several|dozens|hundreds|thousands)\b/u;
const EXISTENTIAL = /\bthere\s+(?:is|are|was|were|(?:have|has|had)\s+been|will\s+be|would\s+be)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A duration or round measuring the act before "of": "three days of talks", "two rounds of negotiations". */
const MEASURE_OF = /\b(?:hours?|days?|weeks?|weekend|months?|nights?|rounds?|series|sessions?|years?)\s+of\s+(?:[\p{L}-]+\s+)?$/iu;

/** A preposition within the few words before a noun: the noun sits in a phrase, not in an object slot. */
const IN_PHRASE = /(?:^|[^\p{L}])(?:of|to)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;

/** The possessor or adjective right before a nominal trigger, within three words. */
function nounAgent(t: TriggerMatch, c: RoleContext): number {
  for (let i = c.ms.length - 1; i >= 0; i--) {
    const m = c.ms[i]!;
    if (m.end > t.start) continue;
    if (m.start < c.narrow.start || m.kind === "place") return -1;
    const gap = c.text.slice(m.end, t.start);
    if (wordCount(c.text, m.end, t.start) > 3 || /[,;:]/.test(gap) || /\b(?:of|in|to|with|against|for|from|on|by)\s/i.test(gap) || OPPOSING_VERB.test(gap)) return -1;
    // "X's envoy on Y affairs expressed anger": Y sits in a phrase inside the subject, and the support
    // verb between makes that subject, not Y, the agent.
    if (SUPPORT_VERB.test(gap) && !isSubjectLike(c.text, m, c.narrow.start)) return -1;
    return i;
  }
  return -1;
}

/** Speech acts whose nominal, opening the sentence, belongs to the main clause's speaker. */
const SPEECH_ACTS = new Set(["REQUEST", "ACCUSE", "THREATEN", "REJECT", "AGREE", "PROTEST"]);
const FRONTED_IN = /^\s*In\s+(?:an?|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** "tens of thousands of …": a crowd's size before the name that heads it. */
const CROWD_SIZE = /^\s*(?:(?:tens|hundreds|thousands|dozens|scores|millions)\s+(?:of\s+)?){1,3}(?:the\s+)?$/iu;

/** "In an appeal published on Sunday, X said …": the appeal is X's (the speaker right after the opening phrase). */
function frontedSpeaker(t: TriggerMatch, c: RoleContext): number {
  if (!SPEECH_ACTS.has(t.entry.type) || !FRONTED_IN.test(c.text.slice(c.sentence.start, t.start))) return -1;
  const comma = c.text.indexOf(",", t.end);
  if (comma < 0 || comma >= c.sentence.end) return -1;
  const i = c.ms.findIndex((m) => m.start > comma);
  const m = c.ms[i];
  return m && m.kind !== "place" && (wordCount(c.text, comma, m.start) <= 3 || CROWD_SIZE.test(c.text.slice(comma + 1, m.start))) ? i : -1;
}

const PRONOUN = /(?:^|[^\p{L}])(he|she)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
/** "He flew home on Friday, pledging …": a participle after a comma shares the pronoun subject of the clause it hangs on. */
const PRONOUN_PARTICIPLE = /(?:^|[^\p{L}])(?:he|she)\s+\p{Ll}+(?:\s+[\p{L}\p{N}'’-]+){0,5}\s*,\s*$/iu;

const COMMA_BEFORE = /,\s*$/u;
/** Only the capitalised words of a title and a name: " Attorney General Ana Tamm ". */
const CAPITALS_ONLY = /^(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+$/u;

/** The subject of a verb (or a nominal with no possessor): the nearest name before it in its clause. */
function subjectIndex(t: TriggerMatch, c: RoleContext, verbAt = t.start): number {
  const { text, ms } = c;
  const shared = sharedSubject(t, c, verbAt);
  if (shared !== null) return shared;
  const pronoun = t.entry.pos === "verb" ? pronounSubject(text, ms, c.narrow.start, c.sentence.start, t.start) : null;
  if (pronoun !== null) return pronoun;
  const participleAfterComma = t.head.endsWith("ing") && COMMA_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start));
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > t.start) continue;
    if (m.start < c.narrow.start || closedRelative(text.slice(c.narrow.start, verbAt))) break;
    // The nearest name is the subject only if nothing but its noun phrase's head, auxiliaries
    // and adverbs stands between it and the verb; otherwise another noun phrase is the subject.
    // A noun's agent was sought above (possessor, "by", support verb): here it takes the clause subject as before.
    const protest = t.entry.type === "PROTEST";
    if (t.entry.pos === "noun") {
      if (isSubjectLike(text, m, c.narrow.start, protest)) return i;
      continue;
    }
    // "the US and its allies imposing sanctions": the name right before a participle is its agent, even after a preposition.
    // "X met Y on Monday, promising aid": past a comma, a verb's object is not the participle's agent.
    if (participleAfterComma && m.end < t.start - 1 && guessPos(wordBefore(text, m.start, c.narrow.start)) === "VERB") continue;
    if (/ing$/.test(t.head) && !usedAsPlace(text, m) && subjectGapOk(text.slice(m.end, t.start), 0)) {
      if (recipientName(text, m) && CAPITALS_ONLY.test(text.slice(m.end, t.start))) continue;
      return i;
    }
    if (isSubjectLike(text, m, c.narrow.start, protest)) {
      const pronoun = (plural: boolean) => reportedPronoun(text, m, verbAt, plural, (g) => subjectGapOk(g));
      return finiteSubjectOk(text, m.end, verbAt, t) || counterpartSubject(text, m, verbAt) || pronoun(!!c.members?.has(m)) ? i : -1;
    }
  }
  const before = text.slice(c.narrow.start, t.start);
  // "He noted he is ready to meet": the last person named before.
  // "Izetbegovic, whom he met": the pronoun is not the relative's antecedent, and is left unresolved.
  if (/\bwhom\s+(?:he|she)\b/iu.test(before)) return -1;
  if (PRONOUN.test(before) || (verbAt === t.start && /ing$/.test(t.head) && PRONOUN_PARTICIPLE.test(before))) {
    for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.end <= t.start && ms[i]!.kind === "person") return i;
    const p = c.lastPerson;
    if (p) {
      ms.push(p); // `ms` is the caller's per-trigger copy, so borrowing the earlier mention is safe.
      return ms.length - 1;
    }
    return -1;
  }
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
  // A clause with no subject of its own ("…, and urged X", "to reaffirm …") inherits the sentence's.
  // (Not a relative clause: "an official in Nairobi, who refused" is the antecedent's act, sought above.)
  // Nor "X said the raid was part of a drive that has detained …": a relative "that" of a
  // noun inside reported speech belongs to that noun, not to the speaker. (In the speaker's own
  // clause, "X signed a treaty that promised loans", the treaty's act is X's.)
  const relativeThat = /^\s*that\b/i.test(before) && !REPORTING_BEFORE.test(text.slice(Math.max(c.sentence.start, c.narrow.start - 30), c.narrow.start)) &&
    /\b(?:said|says|say|told|tells)\b/i.test(text.slice(c.sentence.start, c.narrow.start));
  if (wordCount(text, c.narrow.start, t.start) <= 3 && clauseHasNoSubject(text.slice(c.narrow.start, t.start)) && !/^\s*(?:who|whom|which)\b/i.test(before) && !relativeThat) {
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      if (m.end > t.start) break;
      if (isSubjectLike(text, m, c.sentence.start)) return i;
    }
  }
  return -1;
}

/**
 * The clause subject of a trigger. A noun takes it as the object of a support verb ("X held
 * talks", "X made a protest"), measured from that verb; or as the object of another verb, but
 * never from inside a prepositional phrase ("memories of their last visit", "tribute to bombing victims").
 */
function clauseSubject(t: TriggerMatch, c: RoleContext): number {
  if (t.entry.pos !== "noun") return subjectIndex(t, c);
  const from = Math.max(c.narrow.start, t.start - 60);
  // "Police broke up the protest": the subject acts on the act, it is not its agent; "there were
  // protests": an existential names no agent.
  const lead = c.text.slice(from, t.start);
  if (OPPOSING_VERB.test(lead) || (lead.includes("here ") && EXISTENTIAL.test(lead))) return -1;
  const support = SUPPORT_VERB.exec(c.text.slice(from, t.start));
  if (support) return subjectIndex(t, c, from + support.index + support[0].search(/\S/));
  // "protested the arrest of X": a noun of an act done to someone is the subject's only through a support verb.
  if (t.entry.frame.supportOnly) return -1;
  const before = c.text.slice(Math.max(c.narrow.start, t.start - 40), t.start);
  // "after two days of talks", "a new round of talks": a measure of the act is no other noun's phrase.
  return (IN_PHRASE.test(before) && !MEASURE_OF.test(before)) || inNounPhrase(before, t) ? -1 : subjectIndex(t, c);
}

import { ownOfficial } from "./own-official.js";
import { COOPERATIVE } from "./modality.js";
import { complementSubject } from "./noun-complement.js";
import { possessivePronounAgent } from "./possessive-pronoun.js";
import { hyphenPair } from "./hyphen-pair.js";
import { frontedAdjunctSubject } from "./fronted-adjunct.js";
import { nounHeadsClause } from "./noun-subject.js";
import type { ResolvedMention } from "../types.js";
import { PASSIVE } from "./clauses.js";
import { coordinatedSubject } from "./coordination.js";
import { commaPredicateSubject } from "./comma-predicate.js";
import { demonymObject } from "./object-demonyms.js";
import { demonymInPhrase } from "./phrase-demonyms.js";
import { passivePatientDemonym } from "./passive-demonyms.js";
import { pluralDemonymObject } from "./demonyms.js";
import type { TriggerMatch } from "./matcher.js";
import { objectIndex } from "./objects.js";
import { agentAfterNoun, condemnedTarget, intentAgent, nounPhraseEnd } from "./noun-phrases.js";
import { objectRelative } from "./relatives.js";
import { aideState } from "./proxies.js";
import { cityCrowdState } from "./city-crowd.js";
import { attributiveVisit } from "./visits.js";
import { hostOf, placeIndex } from "./places.js";
import { reportingSpeaker } from "./references.js";
import { reportedObjectPronoun } from "./reported-object.js";
import { clauseSubject } from "./subjects.js";
import type { RoleContext } from "./role-context.js";
import { OPPOSING_VERB, SUPPORT_VERB } from "./verb-classes.js";
import { withOfPossessed } from "./possessed-with.js";
import { isHeadlineCredit } from "./credit.js";
import { isAttribution } from "./attribution-target.js";
import { custodyReporter } from "./custody-reporter.js";
import { inParticiplePhrase, subjectInParticiplePhrase } from "./participle-phrase.js";
import { inSpeechParticiple } from "./speech-participle.js";
import { agreedToOthersTerms } from "./third-party-terms.js";
import { byAgentPassive, emptyObjectPassive, reducedPassive } from "./reduced-passive.js";
import { giverBefore, indirectObject } from "./indirect-object.js";
import { insideHandledMatter } from "./handled-thing.js";
import {
  afterPrep, coordinatedAfter, coordinatedBefore, isSubjectLike, preferPerson, titledByAgent, wordCount,
} from "./mentions.js";

// Source, target and place of one trigger, from the positions of the actor
// mentions around it (subject before, object or prepositional phrase after).

export interface Roles {
  source: string | null;
  target: string | null;
  place: string | null;
  /** Other members of a compound source or target, named in `mode`. */
  partners: string[];
  /** A noun's source came from a phrase after it ("an appeal by X", "a request from Y"), not its clause. */
  agentPhrase: boolean;
}

/** Verbs whose object noun's agent is who they are aimed at: condemned, protested, rejected. */
const OBJECT_AGENT_TARGET = new Set(["ACCUSE", "PROTEST", "REJECT"]);

/** "was invited to join Y": an infinitive opening right after a passive verb, before its target. */
const INFINITIVE_RIGHT_AFTER = /^\s+to\s+\p{Ll}+\b/u;

const BY_RIGHT_BEFORE = /\bby\s+(?:the\s+)?$/iu;

/** A target preposition belongs to the trigger only when it follows within a few words ("support for X"). */
const PREP_REACH = 6;
/** Words a title may hold between "between" and the first party's name ("between South Korean deputy Foreign Minister X"). */
const BETWEEN_WORDS = 6;

/** Where one trigger's roles stand while they are read: indexes into the context's mentions, -1 for none. */
interface RoleSlots {
  src: number;
  tgt: number;
  /** The compound subject, its first member the source. */
  group: ResolvedMention[];
  partners: string[];
  agentPhrase: boolean;
}

export function rolesOf(t: TriggerMatch, c: RoleContext): Roles {
  const r = subjectSlots(t, c);
  pairedSubject(t, c, r);
  // Object or prepositional target.
  // A reported row's head is a predicate ("was behind", "was responsible for"), never a participle.
  const passive = t.entry.pos === "verb" && !t.entry.frame.reported && t.entry.past.includes(t.head) && (PASSIVE.test(c.text.slice(Math.max(c.narrow.start, t.start - 40), t.start)) || reducedPassive(t, c.text, c.wide.end) || byAgentPassive(t, c.text, c.ms, c.wide.end) || emptyObjectPassive(t, c.text));
  if (r.tgt < 0) r.tgt = objectSlot(t, c, r.src);
  // "Y said X rang him": the reporting person.
  if (r.tgt < 0) r.tgt = reportedObjectPronoun(c.text, c.ms, t, r.src, c.sentence.start);
  // "X sent Y an appeal": the first object of a verb of giving is the target, not the noun's agent.
  const given = passive ? -1 : indirectObject(t, c.text, c.ms, c.narrow.start);
  if (given >= 0 && (r.tgt < 0 || r.src === given)) {
    if (r.src === given) r.src = giverBefore(c.ms, given, c.narrow.start);
    r.tgt = given;
  }
  // "condemned attacks by X", "denounced the arrest of two Norlandic reporters by X": X is condemned. "rejected an appeal from X": X is rejected.
  if (OBJECT_AGENT_TARGET.has(t.entry.type) && t.entry.pos === "verb") r.tgt = condemnedTarget(c.text, c.ms, t, c.wide.end, r.tgt);
  orientRoles(t, c, r, passive);
  return actorRoles(t, c, r, passive);
}

/**
 * Subject. A nominal takes its possessor or adjective ("Tokyo's concern", "a Ukrainian incursion"),
 * then "between A and B", "the deployment of X", "attacks by X", and only then the clause subject.
 */
function subjectSlots(t: TriggerMatch, c: RoleContext): RoleSlots {
  const { text, ms } = c;
  const r: RoleSlots = { src: -1, tgt: -1, group: [], partners: [], agentPhrase: false };
  if (t.entry.pos === "noun") nounSubject(t, c, r);
  // "plans by X to visit Y": the verb's subject is the intent's agent.
  else r.src = intentAgent(text, ms, t, c.narrow.start);
  // "a weekend rally attracted 5,000 people": a noun heading its own clause takes no other clause's subject.
  if (!r.group.length && r.src < 0 && !nounHeadsClause(t, text, c.wide.end)) {
    const found = clauseSubject(t, c);
    // "An act credited to X extended the embargo": a noun's clause subject is not a name in a phrase on it.
    const own = found >= 0 && t.entry.pos === "noun" && subjectInParticiplePhrase(text, c.sentence.start, ms[found]!.start) ? -1 : found;
    // "X flew to Y and after a ceremony went into talks": a predicate after "and" shares the subject before it.
    // "X tours the north, urges Z to act": a digest's comma-joined present-tense predicate too.
    const subj = own >= 0 || found >= 0 ? own : orElse(coordinatedSubject(text, ms, t, c.sentence.start), () => commaPredicateSubject(text, ms, t, c.sentence.start));
    if (subj >= 0) r.group = coordinatedBefore(text, ms, subj, ms[subj]!.start >= c.narrow.start ? c.narrow.start : 0);
    // "X and Y are expected to sign": a subject found as the first of a pair brings the pair.
    // (An inverted subject after the trigger, "Also expected to visit Y are A and B", keeps its pair.)
    if (r.group.length === 1) r.group = coordinatedAfter(text, ms, subj).filter((m) => m.end <= t.start || ms[subj]!.start >= t.end);
  }
  // "After talks with Y, X said …": an opening phrase's act is the main clause subject's.
  if (!r.group.length && r.src < 0) r.src = frontedAdjunctSubject(t, c);
  // "X said that his appeal to Y still stood": a possessive pronoun names the noun's agent.
  if (!r.group.length && r.src < 0) r.src = possessivePronounAgent(t, c);
  if (r.group.length) r.src = ms.indexOf(r.group[0]!);
  return r;
}

/** `i` when it names a mention, else the fallback's answer. */
const orElse = (i: number, next: () => number) => (i >= 0 ? i : next());

/** A nominal's own agent: before it, "between A and B", "of X", "by X", a title's, a fronted speaker's. */
function nounSubject(t: TriggerMatch, c: RoleContext, r: RoleSlots): void {
  const { text, ms } = c;
  const f = t.entry.frame;
  // "welcomed a visit by X": an agent named after the noun is its doer, not the clause's subject before it.
  // Only a mention right after "by": "a rally by media workers at X's palace" names no X as its agent.
  const by = agentAfterNoun(text, ms, t, c.wide.end);
  if (by >= 0 && BY_RIGHT_BEFORE.test(text.slice(Math.max(0, ms[by]!.start - 12), ms[by]!.start))) {
    r.src = by;
    r.agentPhrase = true;
    return;
  }
  // "Egypt held talks between X and Y": two parties named after "between" are the meeting's own,
  // whoever held or brokered it (a mediator is no party), so they come before the holder.
  const between = f.mutual ? afterPrep(text, ms, "between", t.headEnd, c.wide.end, BETWEEN_WORDS, 2) : -1;
  const pair = between >= 0 ? coordinatedAfter(text, ms, preferPerson(text, ms, between)) : [];
  if (pair.length > 1) return void (r.group = pair);
  // "the X-Y talks": two names joined before a two-party noun are its parties.
  const joined = hyphenPair(text, ms, t, c.narrow.start);
  if (joined) return void (r.group = [ms[joined[0]]!, ms[joined[1]]!]);
  const a = nounAgent(t, c);
  // A support-only noun's agent stands right before it ("Norland's arrest of X"), not as a verb's subject.
  if (a >= 0 && !(f.supportOnly && !/^(?:['’]s?)?\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(ms[a]!.end, t.start)))) r.group = coordinatedBefore(text, ms, a, c.narrow.start);
  if (!r.group.length && f.mutual) {
    const b = afterPrep(text, ms, "between", t.headEnd, c.wide.end, BETWEEN_WORDS, 2);
    if (b >= 0) r.group = coordinatedAfter(text, ms, preferPerson(text, ms, b));
  }
  if (!r.group.length && f.agentOf) r.src = afterPrep(text, ms, "of", t.headEnd, c.wide.end, 6, 1);
  // A "by" phrase further on ("attacks by the rebels of X") still names the agent when nothing before does.
  if (!r.group.length && by >= 0) r.src = by;
  r.agentPhrase = !r.group.length && r.src >= 0;
  if (!r.group.length && r.src < 0) r.src = titledByAgent(text, ms, t.headEnd, c.wide.end);
  if (!r.group.length && r.src < 0) r.src = frontedSpeaker(t, c);
}

/** A compound subject of a mutual or paired act is its two parties; the further members are partners. */
function pairedSubject(t: TriggerMatch, c: RoleContext, r: RoleSlots): void {
  const { text, ms } = c;
  const f = t.entry.frame;
  // "They agreed to …" after "Norland and Sudovia met": the pronoun is the pair, unless "with Z" names the other party.
  const members = r.group.length === 1 ? c.members?.get(r.group[0]!) : undefined;
  if (members && (f.mutual || c.paired) && afterPrep(text, ms, "with", t.headEnd, c.wide.end, 8, PREP_REACH) < 0) {
    ms.push(...members); // `ms` is the caller's per-trigger copy; the members share the pronoun's span.
    r.group = [r.group[0]!, ...members];
  }
  if (r.group.length > 1) {
    // "Norlandic and Sudovian mediators met Estovian envoys": a verb's object names the other party, and
    // the subject's further members are partners.
    const object = t.entry.pos === "verb" ? objectSlot(t, c, ms.indexOf(r.group[0]!)) : -1;
    const othersTerms = t.entry.pos === "verb" && agreedToOthersTerms(text.slice(t.headEnd, Math.min(c.wide.end, t.headEnd + 100)));
    const mutual = (f.mutual || !!c.paired) && (object < 0 || r.group.includes(ms[object]!)) && !othersTerms;
    if (mutual) r.tgt = ms.indexOf(r.group[1]!);
    for (let i = mutual ? 2 : 1; i < r.group.length; i++) r.partners.push(r.group[i]!.actor);
  }
}

/** The first of the frame's target slots (object, then prepositions) that names an actor other than the source, or -1. */
function objectSlot(t: TriggerMatch, c: RoleContext, src: number): number {
  const { text, ms } = c;
  for (const slot of t.entry.frame.targets) {
    // A noun's phrase ends at the clause's verb: "the bombing were met by Secretary of State X".
    const i = slot === "obj" ? objectIndex(t, c, ms[src]?.actor) : afterPrep(text, ms, slot, t.headEnd, t.entry.pos === "noun" ? nounPhraseEnd(text, t.headEnd, c.wide.end) : c.wide.end, 8, PREP_REACH);
    if (i >= 0 && slot === "with" && t.entry.pos === "verb" && withOfPossessed(text, t.headEnd, ms[i]!.start)) continue;
    if (i >= 0 && (isHeadlineCredit(text, ms[i]!) || isAttribution(text, ms[i]!))) continue;
    if (i >= 0 && inParticiplePhrase(text, t.end, ms[i]!.start, OBJECT_AGENT_TARGET.has(t.entry.type))) continue;
    if (i >= 0 && slot !== "obj" && inSpeechParticiple(text, t.end, ms[i]!.start)) continue;
    if (i >= 0 && OBJECT_AGENT_TARGET.has(t.entry.type) && insideHandledMatter(text, t.end, ms[i]!.start)) continue;
    if (i >= 0 && ms[i]!.kind !== "place" && ms[i]!.actor !== ms[src]?.actor) return i;
  }
  // "an allegation that X had armed …": a speech act's noun is about the subject of its "that" clause.
  const that = complementSubject(text, ms, t, c.wide.end);
  return that >= 0 && ms[that]!.actor !== ms[src]?.actor ? that : -1;
}

/** Source and target as the construction has them: a relative's, a passive's agent, a report's, a receiver's, a host's. */
function orientRoles(t: TriggerMatch, c: RoleContext, r: RoleSlots, passive: boolean): void {
  const { text, ms } = c;
  const f = t.entry.frame;
  if (r.src < 0 && r.tgt < 0 && t.entry.pos === "verb") [r.src, r.tgt] = objectRelative(text, ms, c.narrow, t.start) ?? [r.src, r.tgt];
  if (passive) {
    const by = afterPrep(text, ms, "by", t.headEnd, c.wide.end, 6, PREP_REACH);
    // The patient of a passive may sit in a phrase ("the port of Odesa in Ukraine was shelled").
    const patient = r.src >= 0 ? r.src : ms.findIndex((m) => m.start >= c.narrow.start && m.end <= t.start && m.kind !== "place");
    if (by >= 0) [r.src, r.tgt] = [by, patient];
    // "X was invited to join Y": with no "by" agent the subject is acted on; Y is the infinitive's.
    else if (r.tgt < 0 || (r.src >= 0 && INFINITIVE_RIGHT_AFTER.test(text.slice(t.end, ms[r.tgt]!.start)))) [r.src, r.tgt] = [custodyReporter(text, ms, t, c.wide.end, c.sentence.start), patient];
  }
  // "Y said X was responsible for …": X is blamed, by the speaker of the reporting verb before X.
  if (f.reported) [r.src, r.tgt] = r.src >= 0 ? [reportingSpeaker(text, ms, ms[r.src]!.start, c.sentence.start), r.src] : [-1, -1];
  if (f.recv) [r.src, r.tgt] = [r.tgt, r.src];
  // "X told visiting envoy Y": Y is the visitor, X the host.
  if (f.swap || (attributiveVisit(text, t) && r.src >= 0 && r.tgt >= 0)) [r.src, r.tgt] = [r.tgt, r.src];
}

/** The actors the slots name: a person for a name, a state for its aide or for a place acted on. */
function actorRoles(t: TriggerMatch, c: RoleContext, r: RoleSlots, passive: boolean): Roles {
  const { text, ms } = c;
  const f = t.entry.frame;
  const { src, tgt } = r;
  const place = placeIndex(t, c);
  let target = tgt >= 0 ? ms[preferPerson(text, ms, tgt)]!.actor : null;
  if (t.entry.pos === "verb" && f.targets.includes("obj") && !passive && !f.recv && !f.swap) {
    const people = pluralDemonymObject(text, t.headEnd, c.countryOfIso);
    if (people && (tgt < 0 || people.start < ms[tgt]!.start)) target = people.actor;
  }
  const named = !passive && !f.recv && !f.swap && !target ? (demonymObject(text, t, c.wide.end, c.countryOfIso) ?? demonymInPhrase(text, t, c.wide.end, c.countryOfIso)) : null;
  if (passive) target ??= passivePatientDemonym(text, t, c.narrow.start, c.countryOfIso);
  // Visits, and attacks on a place, are on the place's state ("shelled villages in Tavush" → Armenia).
  const city = src >= 0 && t.entry.type === "PROTEST" && ms[src]!.kind === "place";
  const source = city ? cityCrowdState(ms[src]!, c.actors, c.countryOfIso) : src >= 0 ? (aideState(text, ms[src]!, t.start, c.actors, c.countryOfIso) ?? ms[preferPerson(text, ms, src)]!.actor) : null;
  // "President X freed three <demonym> prisoners": a state a demonym names is no target of its own official.
  if (named && !ownOfficial(source, named, c.actors)) target = named;
  if ((f.host || passive || t.entry.type === "ASSAULT") && !target && place >= 0) {
    const host = hostOf(ms[place]!, c);
    // Not a counterpart when the place is the actor's own country (drones downed over one's own region).
    const own = source ? (c.actors.get(source)?.country ?? null) : null;
    if (host && (!own || c.actors.get(host)?.country !== own)) target = host;
  }
  // Every partners list is pushed into an array literal, never mapped or filtered, so all have
  // one array kind and the code reading them keeps its optimised form when one holds a name.
  const others: string[] = [];
  for (const p of r.partners) if (p !== source && p !== target) others.push(p);
  // "Norland agreed to open its president's palaces to inspectors": a cooperative act's counterpart is never the
  // doer's own official, nor an official's own state; those name where the act lands, not a side.
  if (target && source && COOPERATIVE.has(t.entry.type) && (ownOfficial(target, source, c.actors) || ownOfficial(source, target, c.actors))) target = null;
  return {
    source,
    target: target === source ? null : target,
    place: place >= 0 ? ms[place]!.actor : null,
    partners: others,
    agentPhrase: r.agentPhrase && !!source,
  };
}


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
    // "An act credited to X extended the embargo": X is in a phrase on that verb's subject ("the refusal
    // led to X's sanctions" has no verb between, and "led" is the clause's own).
    if (/\p{Ll}{2}/u.test(gap) && subjectInParticiplePhrase(c.text, c.sentence.start, m.start)) return -1;
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

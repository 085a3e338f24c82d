import { hostedMeetingBetween } from "./hosted-meeting.js";
import { envoysExpelled } from "./expelled-envoys.js";
import type { ActorRow, DateRow, PloverType, ResolvedMention, Sentence } from "../types.js";
import { BUT_NOT, BUT_WORD, PASSIVE, clausesOf, futureParticiple, isPlanned, isPlannedCoordinated, lastWords, planWord, spanAt, trimSpan, type Span } from "./clauses.js";
import { pickDate } from "./dates.js";
import { conditionalThreat } from "./conditional-threat.js";
import { insideQuotation, isHypothetical, notTheAct } from "./gate.js";
import { capableActor } from "./offices.js";
import type { TriggerMatch } from "./matcher.js";
import { wordCount } from "./mentions.js";
import type { Draft } from "./merge.js";
import { rolesOf, type Roles } from "./roles.js";
import { closedRelativeBetween } from "./relatives.js";
import { participleAsideBetween } from "./participle-aside.js";
import { adjunctParticiple, agentlessPassive, closedRelativeAt, spokenStance } from "./verb-classes.js";
import { readTrigger } from "./readings.js";
import { contactAct, pairedAct, visitAbroad } from "./visits.js";
import { toldVisit } from "./told-visit.js";
import { COOPERATIVE } from "./modality.js";
import { verbalAttack } from "./senses.js";
import { retoldInCircumstance } from "./same-act-circumstance.js";
import { pastConjunct } from "./past-conjunct.js";
import { predictedForce } from "./predicted-force.js";
import { crowdProtest } from "./crowds.js";
import { forcedByPerson } from "./forced.js";
import { ownDeployment } from "./deployment.js";
import { adjunctFight } from "./adjunct-nouns.js";
import { incidentRelative } from "./incident-relative.js";
import { heldUnder } from "./held-under.js";
import { stateAct } from "./custody-reporter.js";
import { attributionOnly } from "./attribution-target.js";
import { namesOwnAgent } from "./noun-phrases.js";
import { coordinatedWith } from "./coordination.js";
import { headlineInfinitive } from "./headline.js";
import { awaitedTime } from "./awaited.js";
import { unsupportedClaim } from "./unasserted.js";
import { governsComplement, ownedSpeech } from "./noun-complement.js";
import { futurePredicate } from "./future-predicate.js";
import { presentWithFutureTime } from "./present-future.js";
import { blockedCooperation, calledOffPlan, commemoratedAct } from "./thwarted.js";
import { hangsOnThingClause, inThingClause } from "./thing-clause.js";
import { predicateEnd } from "./predicate-end.js";
import { onlyMediators } from "./mediators.js";
import { plannedAdjunctGerund } from "./adjunct-gerund.js";
import { homeDeployment } from "./home-deployment.js";
import { siteVisit } from "./site-visit.js";
import { stateComplaint } from "./state-protest.js";
import { forcefulWarning } from "./forceful-warning.js";
import { unrealisedAct } from "./unrealised.js";
import { purposeOf } from "./purpose-infinitive.js";
import { stanceObject } from "./stance-object.js";
import { decidedHarm, framesHarm } from "./agreed-harm.js";
import { readPolarity } from "./polarity.js";

// The events of one sentence: which of its triggers tell an act, and each act's row.

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const NAME_WORD = /^\p{Lu}\p{Ll}/u;
/** Between a verb and its object noun: articles and a few adjectives. */
const OBJECT_GAP = /^\s+(?:(?:a|an|the|new|further|direct|fresh|more|formal|peace|high-level|two-day|three-day)\s+)*$/u;
const CAPITAL = /^\p{Lu}/u;

/** Speech-act verbs whose clause content is what they agree to, ask for, refuse or condemn ("urged X to meet"). */
const GOVERNING = new Set<PloverType>(["AGREE", "REQUEST", "REJECT", "ACCUSE", "THREATEN"]);

/** A personal pronoun right after a verb: its object is someone named before. */
const PRONOUN_OBJECT = /^\s+(?:him|her|them)\b/u;

/** Speech acts whose noun with its speaker named after it ("a call by X for …") is an act with no counterpart named. */
const SPOKEN = new Set<PloverType>(["REQUEST", "ACCUSE", "THREATEN", "REJECT"]);

/** Acts with no counterpart by nature: their nominals stand alone ("announced a mobilisation"). */
const ONE_SIDED = new Set<PloverType>(["MOBILIZE", "PROTEST"]);
/** Words before a trigger in which a planned/proposed cue counts. */
const CUE_WORDS = 8;
/** How far after its verb a same-type nominal still counts as that verb's object. */
const NOMINAL_OBJECT_WORDS = 5;

/** What the article knows when one sentence with triggers is read. */
export interface SentenceInput {
  text: string;
  s: Sentence;
  /** The sentence's triggers as found, before any is ruled out. */
  all: TriggerMatch[];
  /** The sentence's mentions, with those its organs, demonyms and pronouns add. */
  sentMs: ResolvedMention[];
  lastPerson: ResolvedMention | undefined;
  actors: Map<string, ActorRow>;
  countryOfIso: Map<string, string>;
  dates: DateRow[];
  /** Where the nominals that tell no act of their own go, as date anchors. */
  background: Draft[];
  articleMs: ResolvedMention[];
  members: Map<ResolvedMention, ResolvedMention[]>;
  security: () => string | null;
}

/** End of a quotation that opens the sentence (“…” or "…"), or 0. */
function openingQuote(text: string, s: Sentence): number {
  const c = text[s.start];
  if (c !== "“" && c !== '"') return 0;
  const close = text.indexOf(c === "“" ? "”" : '"', s.start + 1);
  return close < 0 || close > s.end ? s.end : close;
}

/** The drafts of one sentence's acts; background nominals go to `input.background`. */
export function sentenceEvents(input: SentenceInput): Draft[] {
  const clauses = clausesOf(input.text, input.s);
  const triggers = actTriggers(input, clauses);
  const drafts: Draft[] = [];
  triggers.forEach((t, k) => draftTrigger(input, clauses, triggers, k, t, drafts));
  return drafts;
}

type Clauses = ReturnType<typeof clausesOf>;

/**
 * The triggers that may tell an act, in order. A speech-act verb absorbs the triggers of its
 * own clause: "urged X to meet", "refused to withdraw".
 */
function actTriggers({ text, s, all, sentMs }: SentenceInput, clauses: Clauses): TriggerMatch[] {
  const triggers: TriggerMatch[] = [];
  const quoted = openingQuote(text, s);
  for (const [i, found] of all.entries()) {
    // A quotation standing as its own sentence is a statement, not a narrated act.
    if (quoted && found.start < quoted) continue;
    // "in its fight against …": a verb-only pattern after a determiner is a noun, a background
    // reference; "the cancellation of talks", "held party rallies": the words say no such act took place.
    const lead = text.slice(Math.max(s.start, found.start - 80), found.start);
    if (found.nominal || notTheAct(found, lead) || blockedCooperation(found, lead) || commemoratedAct(found, lead)) continue;
    // "welcomed the summit", "has not commented on the protests": a stance's object or a topic, no act of the subject's.
    if (stanceObject(found, lead, text, s.end)) continue;
    // A gerund as its noun; a group, an advisory, a telephone call, an acronym: no act (readings.ts).
    const read = readTrigger(text, s, found);
    if (!read) continue;
    // "agreed to impose an embargo on Y": the embargo, planned, is the act, not an agreement with Y.
    if (framesHarm(read, all[i + 1], text)) continue;
    let t = decidedHarm(read, text, s.start);
    // "spokeswoman Ada Strike": a word inside a name is part of the name, also one the actors
    // stage did not make ("the Test Ban Treaty"): capitalised mid-sentence next to another capital.
    if (sentMs.some((m) => m.start <= t.start && t.start < m.end) || insideName(text, s, t)) continue;
    // A speaker's own words are a statement, and a condition or a question tells of no act.
    const clauseStart = spanAt(clauses.narrow, t.start).start;
    // "said it would strike Y unless …": a harmful act announced under a condition is a threat.
    const hypothetical = isHypothetical(text, s, clauseStart, t.start);
    const threat = hypothetical ? conditionalThreat(text, s, clauseStart, t) : null;
    if (threat) t = threat;
    // "would continue until Y accepted the plan", "failed to cooperate", "any attack": named, not done.
    if (unrealisedAct(text, s.start, t.start, t.head, t.entry.pos === "noun")) continue;
    if (insideQuotation(text, s, t.start) || (hypothetical && !threat) || (awaitedTime(t, text.slice(Math.max(s.start, t.start - 100), t.start)) && t.entry.type !== "CONSULT") || unsupportedClaim(text.slice(Math.max(s.start, t.start - 200), t.start))) continue;
    if (!governedBy(text, s, clauses, triggers, t)) triggers.push(t);
  }
  return triggers;
}

/** Whether an earlier kept trigger already tells this one: a speech act's clause, or a verb's own nominal object. */
function governedBy(text: string, s: Sentence, clauses: Clauses, triggers: TriggerMatch[], t: TriggerMatch): boolean {
  const wide = spanAt(clauses.wide, t.start);
  const narrow = spanAt(clauses.narrow, t.start);
  return triggers.some(
    (g) =>
      (g.entry.pos === "noun" && g.start >= wide.start && governsComplement(text, g, t, wide.end)) ||
      g.entry.pos === "verb" && g.start < t.start &&
      // "X, who has criticised Y, met Z": a speech act inside a closed relative does not govern the main verb.
      // "X, which has criticised Y for years, was upset by a visit": nor one inside a relative closed before the trigger.
      ((GOVERNING.has(g.entry.type) && g.start >= wide.start && !adjunctParticiple(text, t) && !namesOwnAgent(text, t, wide.end) && !coordinatedWith(text, g, t) && !closedRelativeAt(text, wide.start, t.start) && !closedRelativeBetween(text, s.start, g.start, t.start) && !participleAsideBetween(text, s.start, g, t)) ||
        // "reaffirmed Japan's strong support", "launched attacks": the verb's own nominal object.
        // (Not past an "and": "arrived on Monday and held talks with X" has a verb of its own; nor
        // a nominal in the verb's circumstance, "were killed in clashes between X and Y".)
        // (Nor from inside a closed relative: "X, who phoned Y, is planning a trip to Z".)
        (t.entry.pos === "noun" && g.entry.type === t.entry.type && !hostedMeetingBetween(g, text, s.end) && g.start >= narrow.start && wordCount(text, g.end, t.start) <= NOMINAL_OBJECT_WORDS && !/\b(?:and|in|during|amid|amidst)\s/u.test(text.slice(g.end, t.start)) && !closedRelativeBetween(text, s.start, g.start, t.start)) ||
        // "killed 100 rebels in clashes in the north": the same fighting retold, with no parties of its own.
        (g.start >= narrow.start && retoldInCircumstance(text, g, t, wide.end))),
  );
}

/** One kept trigger's act: its draft (and a "but not" denial's) in `drafts`, a background nominal in `background`, or nothing. */
function draftTrigger(input: SentenceInput, clauses: Clauses, triggers: TriggerMatch[], k: number, t: TriggerMatch, drafts: Draft[]): void {
  const { text, s, actors, background } = input;
  const narrow = spanAt(clauses.narrow, t.start);
  const wide = spanAt(clauses.wide, t.start);
  const next = triggers[k + 1];
  const own = { start: wide.start, end: predicateEnd(text, t, wide.end) };
  const limit = next && next.start < own.end ? next.start : own.end;
  // The checks on the words around the trigger come first: what they leave out needs no roles.
  const polarity = readPolarity(text, s, t, narrow);
  // "…, as a wildfire tore through towns, destroying homes": the participle is the fire's.
  if (!polarity || hangsOnThingClause(text, s, t, input.sentMs) || calledOffPlan(t, text.slice(s.start, t.start))) return;
  const { negated, denied, unwilling } = polarity;
  const roles = actRoles(input, t, narrow, own, limit);
  if (!roles || (t.entry.frame.crowd && !crowdProtest(t, text, s.end, roles.source)) || forcedByPerson(t, roles.source, actors) || onlyMediators(text, t, roles, input.sentMs)) return;
  // "X and Y traded accusations, as mediators prepared for talks": the talks are not X's.
  if (inThingClause(text, s, t, input.sentMs, roles.source)) return;
  const cue = cueOf(text, s.start, t, triggers[k - 1], narrow, wide, negated || unwilling);
  const { type, mode } = typeAndMode(input, t, roles, cue, unwilling, denied);
  const date = pickDate(text, input.dates, t, narrow, s, cue.planned);
  const span = trimSpan(text, narrow);
  const trigger = text.slice(t.start, t.end);
  const row = {
    type, mode, trigger, source: roles.source, target: roles.target, place: roles.place,
    date: date?.value ?? null, date_text: date?.text ?? null, negated, start: span.start, end: span.end,
  };
  // "supported him during the campaign": a pronoun object is an actor the tables do not resolve here.
  if (t.entry.frame.needsSource && !row.source) return;
  if (t.entry.frame.needsTarget && !row.target && !(t.entry.pos === "verb" && PRONOUN_OBJECT.test(text.slice(t.headEnd, Math.min(s.end, t.headEnd + 8))))) return;
  const abroad = t.entry.frame.host && !row.target && (visitAbroad(roles.source, roles.place, actors) || (!!row.source && toldVisit(text, t)));
  // A nominal with no one on the receiving end is usually a background reference ("Mr Lund's visit comes after …").
  // ("voiced strong opposition": a stance said out loud is an act with no counterpart named.)
  if (t.entry.pos === "noun" && !row.target && !ONE_SIDED.has(type) && !abroad && !spokenStance(type, text.slice(narrow.start, t.start)) && !(roles.agentPhrase && SPOKEN.has(type)) && !(row.source && ownedSpeech(text, t, s.end, input.all))) {
    background.push({ row, clause: narrow, nominal: true });
    return;
  }
  drafts.push({ row, clause: narrow, nominal: t.entry.pos === "noun", abroad, contact: contactAct(t, cue.planned, cue.text) });
  // "received trucks from Japan, but not lethal weapons": the same act, denied for another object.
  const tail = text.slice(t.end, s.end);
  const bn = BUT_WORD.test(tail) ? BUT_NOT.exec(tail) : null;
  if (bn && !negated && (!next || next.start >= t.end + bn.index)) {
    const bs = trimSpan(text, { start: t.end + bn.index, end: t.end + bn.index + bn[0].length });
    const what = text.slice(bs.start, bs.end).replace(/^but\s+not\s+/i, "");
    // The span runs from the clause of the act through the denial, so it holds the trigger too.
    drafts.push({ row: { ...row, negated: true, mode: `${t.entry.mode}: not ${what}`, start: span.start, end: bs.end }, clause: bs, nominal: false });
  }
}

/** The trigger's roles, with a source only if it can act politically; null when the roles show it is no act. */
function actRoles(input: SentenceInput, t: TriggerMatch, narrow: Span, wide: Span, limit: number): Roles | null {
  const { text, s, sentMs, actors } = input;
  const roles = rolesOf(t, {
    text, ms: sentMs.slice(), lastPerson: input.lastPerson, sentence: s, narrow, wide, limit, actors, countryOfIso: input.countryOfIso, paired: pairedAct(text, t, input.all, limit), members: input.members,
  });
  // "X (two men) was arrested, police said": an agentless custody act or charge is the reporting police's state's (another coercion only on an actor).
  if (!roles.source && ((t.entry.type === "COERCE" && roles.target) || stateAct(t)) && agentlessPassive(text, t, narrow.start)) roles.source = input.security();
  // "X, who had been sent to Moscow by Y as his envoy": a person sent is posted, not given as aid.
  if (t.entry.type === "AID" && roles.target && actors.get(roles.target)?.kind === "person" && PASSIVE.test(text.slice(Math.max(narrow.start, t.start - 40), t.start))) return null;
  // "…, the news agency said": the body a report is credited to is not its act's target.
  if (roles.target && attributionOnly(text, sentMs, roles.target, t.end, s.end)) roles.target = null;
  // "arrested 35 people after clashes": the arrester is no side of a fight told as the arrest's time.
  if (roles.source && !roles.agentPhrase && adjunctFight(t, text, narrow.start, roles.target)) roles.source = null;
  // "a shooting at a school that killed ten": the incident is the subject, and it names no doer.
  if (roles.source && incidentRelative(t, text, s.start, sentMs)) roles.source = null;
  // "placed X under house arrest": X is held; the holder is not told in the noun's phrase.
  if (roles.source && heldUnder(t, text, s.start)) (roles.target ??= roles.source), (roles.source = null);
  // "sent soldiers to help" with the disaster on its own soil: no one else is helped; "visited the X plant": a site is no host.
  if (roles.source && !roles.target && homeDeployment(t, text, s.end, roles.source, actors, input.countryOfIso, input.articleMs)) return null;
  if (roles.target && siteVisit(t, text, roles.target, actors, sentMs, s.end)) return null;
  // Only an actor that can act politically is a source (a state, a body, a group, an official).
  if (roles.source && !capableActor(roles.source, actors, text, sentMs, input.articleMs)) roles.source = null;
  return roles;
}

/** The words before a trigger its planned/proposed cues are read from, and whether they make it planned. */
interface Cue {
  text: string;
  planned: boolean;
}

/** A cue governs only the words up to the trigger since the previous one ("hoped for X, welcoming Y"). */
function cueOf(text: string, from: number, t: TriggerMatch, prev: TriggerMatch | undefined, narrow: Span, wide: Span, refused: boolean): Cue {
  // "will host talks between X and Y": a noun that is the previous verb trigger's object shares that verb's cue.
  const objectOfPrev = !!prev && prev.entry.pos === "verb" && t.entry.pos === "noun" && prev.end <= t.start && OBJECT_GAP.test(text.slice(prev.end, t.start));
  // "would travel to X to meet Y": a purpose infinitive shares the cue of the verb it is the purpose of.
  let cueFrom = Math.max(narrow.start, prev && prev.end <= t.start && !objectOfPrev && !purposeOf(prev, t, text) ? prev.end : narrow.start);
  // "X, who said Y should resign, met Z": the relative's cues are not the main verb's.
  if (closedRelativeAt(text, narrow.start, t.start)) cueFrom = Math.max(cueFrom, text.lastIndexOf(",", t.start) + 1);
  const cueText = lastWords(text.slice(cueFrom, t.start), CUE_WORDS);
  const clauseBefore = text.slice(cueFrom, t.start);
  // "warned X against further moves and moved warships": a past form after "and" is told as done.
  if (pastConjunct(t, clauseBefore)) return { text: "", planned: false };
  // "was to meet X and sign Y": the cue before an earlier trigger governs the infinitive coordinated with it.
  const coordinated = isPlannedCoordinated(cueFrom > narrow.start && !closedRelativeAt(text, narrow.start, t.start) ? text.slice(narrow.start, t.start) : clauseBefore);
  const after = text.slice(t.end, wide.end);
  const planned = !refused && (isPlanned(cueText, after, clauseBefore) || futurePredicate(t, after) || presentWithFutureTime(t, after, clauseBefore) || awaitedTime(t, text.slice(Math.max(from, t.start - 100), t.start)) || coordinated || (t.entry.pos === "verb" && (futureParticiple(t.head, clauseBefore) || headlineInfinitive(text.slice(from, t.start)) || plannedAdjunctGerund(t, text, from))));
  return { text: cueText, planned };
}

/** The act's type and its mode: the lexicon's, as a criticism, a plan, a refusal or a denial changes them. */
function typeAndMode({ text, s, actors, sentMs }: SentenceInput, t: TriggerMatch, roles: Roles, cue: Cue, unwilling: boolean, denied: boolean): { type: PloverType; mode: string } {
  let type = t.entry.type;
  let mode = t.entry.mode;
  // "<State> protested against the decision": a state's own protest is a complaint, not a march.
  if (stateComplaint(t, text, s.start, sentMs, roles.source, actors)) (type = "ACCUSE"), (mode = "diplomatic protest");
  // "attacked the government's plan": words attacked are criticised, not struck.
  if (verbalAttack(t, text, s.end)) (type = "ACCUSE"), (mode = "criticism");
  // "warned X that its policy could lead to war": force foretold is a warning, no threat.
  if (predictedForce(t, text)) (type = "ACCUSE"), (mode = "warning");
  // "warned that it would intervene if …", "warned X to leave or be killed": a warning of force.
  else if (forcefulWarning(t, text, s.end)) (type = "THREATEN"), (mode = "warning of force");
  // "deployed troops to the border": its own forces raised where it stands, no help to another.
  if (ownDeployment(t, text, s.end, roles.source, roles.target)) (type = "MOBILIZE"), (mode = "deployment");
  if (envoysExpelled(t, text, s.end)) (type = "SANCTION"), (mode = "expulsion of diplomats");
  // A conditional threat is said now: no plan of its own.
  if (cue.planned && !/planned|proposed|conditional/.test(mode)) {
    if (COOPERATIVE.has(type)) (type = "AGREE"), (mode = `${mode} (planned)`);
    else mode = `${mode} (${planWord(cue.text)})`;
  }
  // "has no wish to hold negotiations with X": unwilling to a cooperative act is a refusal of it.
  if (unwilling) (type = "REJECT"), (mode = `unwillingness (${t.entry.mode})`);
  if (denied) mode = `${mode} (denied)`;
  if (roles.partners.length) mode = `${mode}, with ${roles.partners.map((p) => actors.get(p)?.name ?? p).join(", ")}`;
  return { type, mode };
}

/** A capitalised trigger after the sentence's first word with a capitalised word right before or after it. */
function insideName(text: string, s: Sentence, t: TriggerMatch): boolean {
  if (!CAPITAL.test(text[t.start] ?? "") || !/\S/u.test(text.slice(s.start, t.start).replace(/^[\s"“'‘(]+/u, ""))) return false;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(s.start, t.start - 30), t.start))?.[1] ?? "";
  const after = /^\s+(\S+)/u.exec(text.slice(t.end, Math.min(s.end, t.end + 30)))?.[1] ?? "";
  return NAME_WORD.test(before) || NAME_WORD.test(after);
}

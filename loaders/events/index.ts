import { rowId } from "../text/ids.js";
import type { ActorRow, DateRow, Doc, EventRow, PloverType, ResolvedMention, Sentence } from "../types.js";
import { BUT_NOT, PASSIVE, clausesOf, deniedInClause, futureParticiple, isDenied, isNegated, isPlanned, isPlannedCoordinated, lastWords, planWord, spanAt, trimSpan, type Span } from "./clauses.js";
import { dateFromNeighbours, narrativeDate, pickDate, type Anchor } from "./dates.js";
import { demonymMentions } from "./demonyms.js";
import { condemningWord, hasDirectObject, insideQuotation, isCommercialObject, isCommunicationObject, isHypothetical, NO_COMMENT, notTheAct } from "./gate.js";
import { defaultLexicon, type LexiconRegistry } from "./lexicon.js";
import { capableActor } from "./offices.js";
import { compile, findTriggers, type TriggerMatch } from "./matcher.js";
import { countryIndex, wordCount } from "./mentions.js";
import { bareOrganMentions, datelineState, OrganStates, securityOrganState } from "./organs.js";
import { Antecedents, itsOrganMentions } from "./references.js";
import { merge, type Draft } from "./merge.js";
import { rolesOf } from "./roles.js";
import { closedRelativeBetween } from "./relatives.js";
import { adjunctParticiple, agentlessPassive, closedRelativeAt, notTransitiveAct, spokenStance, STIPULATES } from "./verb-classes.js";
import { readTrigger } from "./readings.js";
import { contactAct, pairedAct, visitAbroad } from "./visits.js";
import { calledOffAfter, COOPERATIVE, notAnActBefore, prospectOnly, unwillingCooperation } from "./modality.js";
import { verbalAttack } from "./senses.js";
import { noActReading } from "./no-act.js";
import { isSportStory } from "./sport.js";

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const NAME_WORD = /^\p{Lu}\p{Ll}/u;
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

/** End of a quotation that opens the sentence (“…” or "…"), or 0. */
function openingQuote(text: string, s: Sentence): number {
  const c = text[s.start];
  if (c !== "“" && c !== '"') return 0;
  const close = text.indexOf(c === "“" ? "”" : '"', s.start + 1);
  return close < 0 || close > s.end ? s.end : close;
}



/** PLOVER events of one article: who did what to whom, where and when. Never throws on odd input. */
export function extractEvents(
  doc: Doc,
  mentions: ResolvedMention[],
  actors: Map<string, ActorRow>,
  dates: DateRow[],
  lexicon: LexiconRegistry = defaultLexicon(),
): EventRow[] {
  const text = doc.text ?? "";
  // A match report's teams are named like states ("Australia beat Sri Lanka"): no politics in it.
  if (!text || !doc.sentences?.length || isSportStory(text)) return [];
  const lex = compile(lexicon);
  const ms = mentions.filter((m) => m.end <= text.length && m.start >= 0 && m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const ds = dates.filter((d) => d.end <= text.length && d.start >= 0).sort((a, b) => a.start - b.start);
  const countryOfIso = countryIndex(actors);
  // The state an unnamed organ ("police", "the government") belongs to (organs.ts): the dateline's
  // only when the article names that state itself.
  const dateline = datelineState(text, countryOfIso);
  const named = new Set<string>();
  for (const m of ms) if (m.kind === "country") named.add(m.actor);
  const organs = new OrganStates(dateline && ms.some((m) => m.actor === dateline) ? dateline : null, countryOfIso, named, ms);
  const out: EventRow[] = [];
  const ids = new Set<string>();
  let mi = 0;
  let lastPerson: ResolvedMention | undefined;
  // One scan of the whole text, then bucketed by sentence: cheaper than a scan per sentence.
  const found = findTriggers(lex, text, 0, text.length);
  let ti = 0;
  const anchors: Anchor[] = [];
  let previous: Narrative | null = null;
  const refs = new Antecedents();
  doc.sentences.forEach((s, si) => {
    // A headline restates the story's lead: its events are read where the body reports them.
    // A data line (a dateline, a table's row: clean/datalines.ts) narrates no act.
    if (s.headline || s.data) return;
    const inSentence: TriggerMatch[] = [];
    while (ti < found.length && found[ti]!.start < s.start) ti++;
    for (let j = ti; j < found.length && found[j]!.start < s.end; j++) if (found[j]!.end <= s.end) inSentence.push(found[j]!);
    const sentMs: ResolvedMention[] = [];
    while (mi < ms.length && ms[mi]!.start < s.start) mi++;
    for (let j = mi; j < ms.length && ms[j]!.start < s.end; j++) if (ms[j]!.end <= s.end) sentMs.push(ms[j]!);
    if (inSentence.length) {
      const extra = demonymMentions(text, s, doc.id, si, sentMs, countryOfIso, inSentence.some((t) => t.entry.type === "PROTEST"));
      if (extra.length) addByStart(sentMs, extra);
      organs.note(text, sentMs, si);
      const bare = bareOrganMentions(text, s, doc.id, si, sentMs, organs, inSentence);
      if (bare.length) addByStart(sentMs, bare);
      const owned = itsOrganMentions(text, s, doc.id, si, sentMs, refs).filter((o) => !sentMs.some((m) => m.start < o.end && o.start < m.end));
      if (owned.length) addByStart(sentMs, owned);
      const ref = refs.at(text, s, doc.id, si);
      if (ref && !sentMs.some((m) => m.start < ref.end && ref.start < m.end)) sentMs.unshift(ref);
    }
    const background: Draft[] = [];
    const drafts = inSentence.length ? sentenceEvents(text, s, inSentence, sentMs, lastPerson, actors, countryOfIso, ds, background, ms, refs.members, () => securityOrganState(text, s, si, organs)) : [];
    refs.note(text, s, sentMs, si);
    for (const b of background) if (b.row.source && b.row.date) anchors.push({ sentence: si, row: b.row, nominal: true, emitted: false });
    // "He …" in a later sentence: the first person named in the last sentence naming one (usually its subject).
    const person = sentMs.find((m) => m.kind === "person");
    lastPerson = person ?? lastPerson;
    const carried = previous && previous.sentence === si - 1 && PRONOUN_OPENING.test(text.slice(s.start, s.start + 8)) ? previous : null;
    previous = person ? { sentence: si, person: person.actor, date: narrativeDate(text, s, ds) } : null;
    for (const d of merge(drafts)) {
      // Who did it is the point of the table: an act with no named actor is left out.
      if (!d.row.source) continue;
      // A visit, meeting or cooperation with no counterpart found (a leader travelling at home,
      // ministers meeting among themselves, a body working with its own police) is no contact between actors.
      if (d.contact && !d.row.target && !d.abroad) continue;
      let id = rowId("evt", doc.id, d.row.start, d.row.end, d.row.type, d.row.trigger);
      if (ids.has(id)) id = rowId("evt", doc.id, d.row.start, d.row.end, d.row.type, d.row.trigger, d.row.source, d.row.target, d.row.negated ? 1 : 0);
      if (ids.has(id)) continue;
      ids.add(id);
      const row: EventRow = { id, article: doc.id, ...d.row };
      // "Trump, hosting Zelensky on Monday, claimed … . He pledged help": the pronoun continues
      // the previous sentence's subject, and its act the time that sentence was told in.
      if (carried?.date && !row.date && row.source === carried.person) (row.date = carried.date.value), (row.date_text = carried.date.text);
      out.push(row);
      anchors.push({ sentence: si, row, nominal: d.nominal, emitted: true });
    }
  });
  dateFromNeighbours(anchors);
  return out;
}

/** Mentions added to a sentence's, kept in text order: pushed one by one, as a spread call here threw its optimised code away on arrays of another kind. */
function addByStart(list: ResolvedMention[], more: ResolvedMention[]): void {
  for (const m of more) list.push(m);
  list.sort((a, b) => a.start - b.start);
}

/** What a sentence that names a person tells: its first person, and the time of its main clause. */
interface Narrative {
  sentence: number;
  person: string;
  date: DateRow | null;
}

const PRONOUN_OPENING = /^\s*(?:He|She)\s/;
function sentenceEvents(
  text: string,
  s: Sentence,
  all: TriggerMatch[],
  sentMs: ResolvedMention[],
  lastPerson: ResolvedMention | undefined,
  actors: Map<string, ActorRow>,
  countryOfIso: Map<string, string>,
  dates: DateRow[],
  background: Draft[],
  articleMs: ResolvedMention[],
  members: Map<ResolvedMention, ResolvedMention[]>,
  security: () => string | null,
): Draft[] {
  const clauses = clausesOf(text, s);
  // A speech-act verb absorbs the triggers of its own clause: "urged X to meet", "refused to withdraw".
  const triggers: TriggerMatch[] = [];
  const quoted = openingQuote(text, s);
  for (const found of all) {
    // A quotation standing as its own sentence is a statement, not a narrated act.
    if (quoted && found.start < quoted) continue;
    // "in its fight against …": a verb-only pattern after a determiner is a noun, a background
    // reference; "the cancellation of talks", "held party rallies": the words say no such act took place.
    if (found.nominal || notTheAct(found, text.slice(Math.max(s.start, found.start - 80), found.start))) continue;
    // A gerund as its noun; a group, an advisory, a telephone call, an acronym: no act (readings.ts).
    const t = readTrigger(text, s, found);
    if (!t) continue;
    // "spokeswoman Ada Strike": a word inside a name is part of the name, also one the actors
    // stage did not make ("the Test Ban Treaty"): capitalised mid-sentence next to another capital.
    if (sentMs.some((m) => m.start <= t.start && t.start < m.end) || insideName(text, s, t)) continue;
    // A speaker's own words are a statement, and a condition or a question tells of no act.
    if (insideQuotation(text, s, t.start) || isHypothetical(text, s, spanAt(clauses.narrow, t.start).start, t.start)) continue;
    const wide = spanAt(clauses.wide, t.start);
    const narrow = spanAt(clauses.narrow, t.start);
    const governed = triggers.some(
      (g) =>
        g.entry.pos === "verb" && g.start < t.start &&
        // "X, who has criticised Y, met Z": a speech act inside a closed relative does not govern the main verb.
        // "X, which has criticised Y for years, was upset by a visit": nor one inside a relative closed before the trigger.
        ((GOVERNING.has(g.entry.type) && g.start >= wide.start && !adjunctParticiple(text, t) && !closedRelativeAt(text, wide.start, t.start) && !closedRelativeBetween(text, s.start, g.start, t.start)) ||
          // "reaffirmed Japan's strong support", "launched attacks": the verb's own nominal object.
          // (Not past an "and": "arrived on Monday and held talks with X" has a verb of its own.)
          (t.entry.pos === "noun" && g.entry.type === t.entry.type && g.start >= narrow.start && wordCount(text, g.end, t.start) <= NOMINAL_OBJECT_WORDS && !/\band\s/u.test(text.slice(g.end, t.start)))),
    );
    if (!governed) triggers.push(t);
  }
  const drafts: Draft[] = [];
  triggers.forEach((t, k) => {
    const narrow = spanAt(clauses.narrow, t.start);
    const wide = spanAt(clauses.wide, t.start);
    const next = triggers[k + 1];
    const limit = next && next.start < wide.end ? next.start : wide.end;
    // The checks on the words around the trigger come first: what they leave out needs no roles.
    const polarity = readPolarity(text, s, t, narrow);
    if (!polarity) return;
    const { negated, denied, unwilling } = polarity;
    const roles = rolesOf(t, {
      text, ms: sentMs.slice(), lastPerson, sentence: s, narrow, wide, limit, actors, countryOfIso, paired: pairedAct(text, t, all, limit), members,
    });
    // "X was arrested on Monday, police said": an agentless arrest is the reporting police's state's.
    if (!roles.source && roles.target && t.entry.type === "COERCE" && agentlessPassive(text, t, narrow.start)) roles.source = security();
    // "X, who had been sent to Moscow by Y as his envoy": a person sent is posted, not given as aid.
    if (t.entry.type === "AID" && roles.target && actors.get(roles.target)?.kind === "person" && PASSIVE.test(text.slice(Math.max(narrow.start, t.start - 40), t.start))) return;
    // Only an actor that can act politically is a source (a state, a body, a group, an official).
    if (roles.source && !capableActor(roles.source, actors, text, sentMs, articleMs)) roles.source = null;
    // A cue governs only the words up to the trigger since the previous one ("hoped for X, welcoming Y").
    const prev = triggers[k - 1];
    let cueFrom = Math.max(narrow.start, prev && prev.end <= t.start ? prev.end : narrow.start);
    // "X, who said Y should resign, met Z": the relative's cues are not the main verb's.
    if (closedRelativeAt(text, narrow.start, t.start)) cueFrom = Math.max(cueFrom, text.lastIndexOf(",", t.start) + 1);
    const cueText = lastWords(text.slice(cueFrom, t.start), CUE_WORDS);
    const clauseBefore = text.slice(cueFrom, t.start);
    const planned = !negated && !unwilling && (isPlanned(cueText, text.slice(t.end, wide.end), clauseBefore) || isPlannedCoordinated(clauseBefore) || (t.entry.pos === "verb" && futureParticiple(t.head, clauseBefore)));
    let type = t.entry.type;
    let mode = t.entry.mode;
    // "attacked the government's plan": words attacked are criticised, not struck.
    if (verbalAttack(t, text, s.end)) (type = "ACCUSE"), (mode = "criticism");
    if (planned && !/planned|proposed/.test(mode)) {
      if (COOPERATIVE.has(type)) (type = "AGREE"), (mode = `${mode} (planned)`);
      else mode = `${mode} (${planWord(cueText)})`;
    }
    // "has no wish to hold negotiations with X": unwilling to a cooperative act is a refusal of it.
    if (unwilling) (type = "REJECT"), (mode = `unwillingness (${t.entry.mode})`);
    if (denied) mode = `${mode} (denied)`;
    if (roles.partners.length) mode = `${mode}, with ${roles.partners.map((p) => actors.get(p)?.name ?? p).join(", ")}`;
    const date = pickDate(text, dates, t, narrow, s, planned);
    const span = trimSpan(text, narrow);
    const trigger = text.slice(t.start, t.end);
    const row = {
      type, mode, trigger, source: roles.source, target: roles.target, place: roles.place,
      date: date?.value ?? null, date_text: date?.text ?? null, negated, start: span.start, end: span.end,
    };
    // "supported him during the campaign": a pronoun object is an actor the tables do not resolve here.
    if (t.entry.frame.needsTarget && !row.target && !(t.entry.pos === "verb" && PRONOUN_OBJECT.test(text.slice(t.headEnd, Math.min(s.end, t.headEnd + 8))))) return;
    const abroad = t.entry.frame.host && !row.target && visitAbroad(roles.source, roles.place, actors);
    // A nominal with no one on the receiving end is usually a background reference ("Mr Iwaya's visit comes after …").
    // ("voiced strong opposition": a stance said out loud is an act with no counterpart named.)
    if (t.entry.pos === "noun" && !row.target && !ONE_SIDED.has(type) && !abroad && !spokenStance(type, text.slice(narrow.start, t.start)) && !(roles.agentPhrase && SPOKEN.has(type))) {
      background.push({ row, clause: narrow, nominal: true });
      return;
    }
    drafts.push({ row, clause: narrow, nominal: t.entry.pos === "noun", abroad, contact: contactAct(t, planned, cueText) });
    // "received trucks from Japan, but not lethal weapons": the same act, denied for another object.
    const tail = text.slice(t.end, s.end);
    const bn = BUT_NOT.exec(tail);
    if (bn && !negated && (!next || next.start >= t.end + bn.index)) {
      const bs = trimSpan(text, { start: t.end + bn.index, end: t.end + bn.index + bn[0].length });
      const what = text.slice(bs.start, bs.end).replace(/^but\s+not\s+/i, "");
      // The span runs from the clause of the act through the denial, so it holds the trigger too.
      drafts.push({ row: { ...row, negated: true, mode: `${t.entry.mode}: not ${what}`, start: span.start, end: bs.end }, clause: bs, nominal: false });
    }
  });
  return drafts;
}

/** Whether the trigger is negated or denied, or null when the words around it say it tells no act. */
function readPolarity(text: string, s: Sentence, t: TriggerMatch, narrow: Span): { negated: boolean; denied: boolean; unwilling: boolean } | null {
  const before = text.slice(narrow.start, t.start);
  const unwilling = unwillingCooperation(t, before);
  const denied = (/^\s*that\b/iu.test(before) && isDenied(text.slice(s.start, narrow.start))) || deniedInClause(before);
  const negated = isNegated(before) || denied;
  if (noActReading(text, s, t, before, negated)) return null;
  // "could attack", "fears that X will attack", "the right to attack", "no plans to meet".
  if (notAnActBefore(t, before, text, s.start)) return null;
  const after = text.slice(t.end, Math.min(s.end, t.end + 60));
  if (calledOffAfter(t, after) || prospectOnly(t, before, after)) return null;
  // "received assurances from X": the object inside a gapped pattern is read as the one after it.
  const object = t.headEnd < t.end ? text.slice(t.headEnd, Math.min(s.end, t.headEnd + 60)) : after;
  if (((t.entry.type === "AID" || /^receiv/.test(t.head)) && (isCommunicationObject(object) || (/^provid/.test(t.head) && STIPULATES.test(after)))) || (t.entry.type === "REJECT" && NO_COMMENT.test(after))) return null;
  if (t.entry.frame.evaluative && !condemningWord(text.slice(t.end, Math.min(s.end, t.end + 60)))) return null;
  if (t.entry.frame.intransitive ? hasDirectObject(after) : t.entry.frame.transitive && notTransitiveAct(text, t, narrow.start, hasDirectObject(after))) return null;
  // Trade, not help or a political offer: a share or a product offered or supplied.
  if ((t.entry.type === "AID" || (t.entry.type === "AGREE" && /^(?:offer|provid|suppl)/.test(t.head))) && isCommercialObject(text.slice(t.end, s.end))) return null;
  return { negated: negated && !unwilling, denied, unwilling };
}

/** A capitalised trigger after the sentence's first word with a capitalised word right before or after it. */
function insideName(text: string, s: Sentence, t: TriggerMatch): boolean {
  if (!CAPITAL.test(text[t.start] ?? "") || !/\S/u.test(text.slice(s.start, t.start).replace(/^[\s"“'‘(]+/u, ""))) return false;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(s.start, t.start - 30), t.start))?.[1] ?? "";
  const after = /^\s+(\S+)/u.exec(text.slice(t.end, Math.min(s.end, t.end + 30)))?.[1] ?? "";
  return NAME_WORD.test(before) || NAME_WORD.test(after);
}

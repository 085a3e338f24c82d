import { rowId } from "../text/ids.js";
import type { ActorRow, DateRow, Doc, EventRow, ResolvedMention, Sentence } from "../types.js";
import { dateFromNeighbours, narrativeDate, type Anchor } from "./dates.js";
import { demonymMentions } from "./demonyms.js";
import { nounDemonymMentions } from "./noun-demonyms.js";
import { pairedDemonymMentions } from "./paired-demonyms.js";
import { defaultLexicon, type LexiconRegistry } from "./lexicon.js";
import { compile, findTriggers, type TriggerMatch } from "./matcher.js";
import { countryIndex } from "./mentions.js";
import { bareOrganMentions, datelineState, OrganStates, securityOrganState } from "./organs.js";
import { Antecedents, itsOrganMentions } from "./references.js";
import { lendFrontedSubject } from "./fronted-participle.js";
import { merge, type Draft } from "./merge.js";
import { sentenceEvents } from "./sentence.js";
import { agreeingPerson } from "./pronoun-sex.js";
import { isSportStory } from "./sport.js";
import { isUnnamedAgent, unnamedAgentMentions, unnamedWords } from "./unnamed-agents.js";
import { titleMentions } from "./title-reference.js";
import { bodyMentions } from "./body-reference.js";

/** What reading an article's sentences in order carries from one to the next. */
interface ArticleScan {
  doc: Doc;
  text: string;
  actors: Map<string, ActorRow>;
  /** The article's mentions and dates inside its text, in text order. */
  ms: ResolvedMention[];
  ds: DateRow[];
  countryOfIso: Map<string, string>;
  organs: OrganStates;
  refs: Antecedents;
  /** Every trigger of the text, and the first not yet before the current sentence; `mi` likewise for `ms`. */
  found: TriggerMatch[];
  ti: number;
  mi: number;
  lastPerson: ResolvedMention | undefined;
  /** Every person of the last sentence naming one, for a pronoun whose sex the first does not fit. */
  lastPeople: ResolvedMention[];
  previous: Narrative | null;
  anchors: Anchor[];
  ids: Set<string>;
  out: EventRow[];
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
  const scan = startScan(doc, text, mentions, actors, dates, lexicon);
  doc.sentences.forEach((s, si) => readSentence(scan, s, si));
  dateFromNeighbours(scan.anchors);
  return scan.out;
}

/** The article's mentions, dates, organ states and triggers, ready for its sentences. */
function startScan(doc: Doc, text: string, mentions: ResolvedMention[], actors: Map<string, ActorRow>, dates: DateRow[], lexicon: LexiconRegistry): ArticleScan {
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
  // One scan of the whole text, then bucketed by sentence: cheaper than a scan per sentence.
  const found = findTriggers(lex, text, 0, text.length);
  return {
    doc, text, actors, ms, ds, countryOfIso, organs, refs: new Antecedents(), found, ti: 0, mi: 0,
    lastPerson: undefined, lastPeople: [], previous: null, anchors: [], ids: new Set<string>(), out: [],
  };
}

/** One sentence: its acts become rows, and what it names is carried to the next. */
function readSentence(scan: ArticleScan, s: Sentence, si: number): void {
  // A headline restates the story's lead: its events are read where the body reports them.
  // A data line (a dateline, a table's row: clean/datalines.ts) narrates no act.
  if (s.headline || s.data) return;
  const { text, organs, refs } = scan;
  const [inSentence, ti] = spansIn(scan.found, scan.ti, s);
  const [sentMs, mi] = spansIn(scan.ms, scan.mi, s);
  scan.ti = ti;
  scan.mi = mi;
  if (inSentence.length) addImpliedMentions(scan, s, si, inSentence, sentMs);
  const background: Draft[] = [];
  const drafts = inSentence.length
    ? sentenceEvents({
      text, s, all: inSentence, sentMs, lastPerson: agreeingPerson(text, s, scan.lastPerson, scan.lastPeople, scan.actors), actors: scan.actors, countryOfIso: scan.countryOfIso, dates: scan.ds,
      background, articleMs: scan.ms, members: refs.members, security: () => securityOrganState(text, s, si, organs),
    })
    : [];
  refs.note(text, s, sentMs, si);
  for (const b of background) if (b.row.source && b.row.date) scan.anchors.push({ sentence: si, row: b.row, nominal: true, emitted: false });
  // "He …" in a later sentence: the first person named in the last sentence naming one (usually its subject).
  const person = sentMs.find((m) => m.kind === "person");
  scan.lastPerson = person ?? scan.lastPerson;
  if (person) scan.lastPeople = sentMs.filter((m) => m.kind === "person");
  const previous = scan.previous;
  const carried = previous && previous.sentence === si - 1 && PRONOUN_OPENING.test(text.slice(s.start, s.start + 8)) ? previous : null;
  scan.previous = person ? { sentence: si, person: person.actor, date: narrativeDate(text, s, scan.ds) } : null;
  emitRows(scan, si, drafts, carried);
}

/**
 * The spans (triggers or mentions, both in text order) inside the sentence. `from` is
 * where the previous sentence's search stopped; returns the spans and where this one did.
 */
function spansIn<T extends { start: number; end: number }>(list: readonly T[], from: number, s: Sentence): [T[], number] {
  let i = from;
  while (i < list.length && list[i]!.start < s.start) i++;
  const inside: T[] = [];
  for (let j = i; j < list.length && list[j]!.start < s.end; j++) if (list[j]!.end <= s.end) inside.push(list[j]!);
  return [inside, i];
}

/** Actors a sentence with triggers names without a mention: demonyms, unnamed organs, "its" organs, a pronoun's antecedent. */
function addImpliedMentions(scan: ArticleScan, s: Sentence, si: number, inSentence: TriggerMatch[], sentMs: ResolvedMention[]): void {
  const { text, doc, organs, refs } = scan;
  const extra = demonymMentions(text, s, doc.id, si, sentMs, scan.countryOfIso, inSentence.some((t) => t.entry.type === "PROTEST"));
  if (extra.length) addByStart(sentMs, extra);
  const agents = nounDemonymMentions(text, s, doc.id, si, sentMs, inSentence, scan.countryOfIso);
  if (agents.length) addByStart(sentMs, agents);
  const pair = pairedDemonymMentions(text, s, doc.id, si, sentMs, inSentence, scan.countryOfIso);
  if (pair.length) addByStart(sentMs, pair);
  organs.note(text, sentMs, si);
  const titled = titleMentions(text, s, doc.id, si, sentMs, scan.ms, scan.actors);
  if (titled.length) addByStart(sentMs, titled);
  const bodies = bodyMentions(text, s, doc.id, si, sentMs, scan.ms, scan.actors);
  if (bodies.length) addByStart(sentMs, bodies);
  const bare = bareOrganMentions(text, s, doc.id, si, sentMs, organs, inSentence);
  if (bare.length) addByStart(sentMs, bare);
  const unnamed = unnamedAgentMentions(text, s, doc.id, si, sentMs);
  if (unnamed.length) addByStart(sentMs, unnamed);
  const owned = itsOrganMentions(text, s, doc.id, si, sentMs, refs).filter((o) => !sentMs.some((m) => m.start < o.end && o.start < m.end));
  if (owned.length) addByStart(sentMs, owned);
  const ref = refs.at(text, s, doc.id, si);
  if (ref && !sentMs.some((m) => m.start < ref.end && ref.start < m.end)) sentMs.unshift(ref);
}

/** The sentence's merged drafts that name who acted become rows, each id once. */
function emitRows(scan: ArticleScan, si: number, drafts: Draft[], carried: Narrative | null): void {
  const { doc, ids } = scan;
  lendFrontedSubject(scan.text, drafts);
  for (const d of merge(drafts, scan.text)) {
    // Who did it is the point of the table: an act with no named actor is left out.
    if (!d.row.source) continue;
    // A visit, meeting or cooperation with no counterpart found (a leader travelling at home,
    // ministers meeting among themselves, a body working with its own police) is no contact between actors.
    if (d.contact && !d.row.target && !d.abroad) continue;
    let id = rowId("evt", doc.id, d.row.start, d.row.end, d.row.type, d.row.trigger);
    if (ids.has(id)) id = rowId("evt", doc.id, d.row.start, d.row.end, d.row.type, d.row.trigger, d.row.source, d.row.target, d.row.negated ? 1 : 0);
    if (ids.has(id)) continue;
    ids.add(id);
    const row: EventRow = { id, article: doc.id, ...d.row, ...unnamedRoles(d.row) };
    // "Lund, hosting Ode on Monday, claimed … . He pledged help": the pronoun continues
    // the previous sentence's subject, and its act the time that sentence was told in.
    if (carried?.date && !row.date && row.source === carried.person) (row.date = carried.date.value), (row.date_text = carried.date.text);
    scan.out.push(row);
    scan.anchors.push({ sentence: si, row, nominal: d.nominal, emitted: true });
  }
}

/**
 * An unnamed agent's id (unnamed-agents.ts) is no actor: the row names none, and keeps the
 * source's words in `source_text`, a key only such rows carry (the writers read a missing one as null).
 */
function unnamedRoles(row: Draft["row"]): Pick<EventRow, "source" | "target" | "source_text"> {
  const target = isUnnamedAgent(row.target) ? null : row.target;
  return isUnnamedAgent(row.source) ? { source: null, target, source_text: unnamedWords(row.source) } : { source: row.source, target };
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

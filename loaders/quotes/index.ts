import { rowId } from "../text/ids.js";
import { sentenceAt } from "../text/sentences.js";
import type { ActorRow, Doc, QuoteRow, ResolvedMention, Sentence } from "../types.js";
import { discourse, type Attribution, type Discourse } from "./attribution.js";
import { isSubject } from "./centering.js";
import { countBefore, firstAt } from "./search.js";
import { isLabel } from "./labels.js";
import { statementHeader } from "./headers.js";
import { scareQuote } from "./scare.js";
import { agentlessTerm, unsaidTerm } from "./unsaid.js";
import { passiveAgent } from "./agent.js";
import { speechNounSpeaker } from "./nounspeech.js";
import { continuedSpeaker } from "./sequence.js";
import { narratedSpeaker } from "./narrated.js";
import { speakerNamedAfter } from "./backref.js";
import { creditOpenParagraphs } from "./openrun.js";
import { creditEchoedHeadlines, echoedInBody } from "./headline.js";
import { coordinatedLabel } from "./coordlabel.js";
import { insideOut, runsIntoNarration, thirdPersonNarration, type QuoteSpan } from "./marks.js";
import { isParticiple } from "./verbs.js";
import { isSpace } from "../text/space.js";

/**
 * Quotations of one article: the text between the marks, whether it stands as
 * the speaker's own sentence (direct) or is woven into the reporter's
 * (partial), and who said it (see attribution.ts). Never throws.
 */
export function extractQuotes(doc: Doc, mentions: ResolvedMention[], actors: Map<string, ActorRow>): QuoteRow[] {
  if (!doc.text) return [];
  const d = discourse(doc, mentions, actors);
  const rows: QuoteRow[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let lastLabel = -1;
  for (const q of d.quotes) {
    // "… to chants of “…”": a crowd's words, nobody's by name, whoever the sentence quotes.
    const heard = CROWD.test(doc.text.slice(Math.max(0, q.open - 48), q.open));
    const found = heard ? null : attributionFor(doc, d, q, { sorted, actors });
    // "classified as “…” by X": the passive's agent named the thing so, whoever tells of it.
    const agent = found ? passiveAgent(doc.text, q, sorted, actors) : null;
    // "a Varnco announcement that it will … “…”": a noun of speech, its speaker named before it.
    const noun = found || heard ? null : speechNounSpeaker(d.masked, q, sorted, actors);
    // "Ode on Thursday “…”": a list of statements, each under its speaker's name.
    const header = found || heard || noun ? null : statementHeader(d.masked, q.open, mentions, actors);
    // Only blanks between the paragraph's start and the mark; scanned back from the mark, since
    // slicing from the paragraph start costs the whole line per quote in a one-line article.
    let k = q.open - 1;
    while (k >= 0 && doc.text[k] !== "\n" && isSpace(doc.text.charCodeAt(k))) k--;
    const opensParagraph = k < 0 || doc.text[k] === "\n";
    const prev = rows[rows.length - 1];
    // A quote paragraph without its own verb continues the quotation of the paragraph before it;
    // after a paragraph of narrative instead, it is the words of the person that paragraph is about.
    const continues = !found && !noun && !header && opensParagraph && !!prev && blankOrOneLine(doc.text, prev.end, q.open);
    // After a paragraph reporting someone's speech ("Looking ahead, she said that …") the quote is
    // that speaker's; after plain narrative, the person the paragraph opens with.
    // "“…” ¶ That was the warning from X": the next paragraph names who spoke.
    const pointed = !found && !header && !continues ? speakerNamedAfter(doc, q, sorted, actors) : null;
    const reported = !found && opensParagraph && !continues && !pointed ? speakerOfParagraphBefore(d, q.open) : null;
    const narrated = !found && opensParagraph && !continues && !pointed && !reported ? subjectOfParagraphBefore(doc, d.masked, q.open, mentions) : null;
    if (insideOut(doc.text, q) || runsIntoNarration(doc.text, q)) continue;
    // narration about a person between out-of-phase marks, whether or not the reporter's tag read in the next such span credits it
    if ((!found || insideMarks(d, found.verbStart)) && thirdPersonNarration(doc.text.slice(q.textStart, q.textEnd))) continue;
    const inner = doc.text.slice(q.textStart, q.textEnd).trim();
    if (found && (scareQuote(doc, q, found) || unsaidTerm(doc.text, inner, q, found))) continue;
    if (agentlessTerm(inner, doc.text.slice(Math.max(0, q.open - 40), q.open), doc.text.slice(q.close, q.close + 60))) continue;
    // a crowd's words are shouted, never a title however capitalised ("chants of “Down With the Fees”")
    if (!heard && isLabel({ text: doc.text, masked: d.masked, textStart: q.textStart, textEnd: q.textEnd, open: q.open, close: q.close, attributed: !!found || !!noun || !!header || continues || heard || !!pointed || echoedInBody(doc, d.quotes, q) }) || coordinatedLabel(doc.text, lastLabel, q))
      (lastLabel = q.close);
    if (lastLabel === q.close) continue;
    const text = doc.text.slice(q.textStart, q.textEnd);
    rows.push({
      id: rowId("q", doc.id, q.textStart, q.textEnd),
      article: doc.id,
      speaker: agent ? agent.actor : found ? found.actor : noun ? noun.actor : header ? header.actor : continues ? prev!.speaker : pointed ? pointed.actor : reported ? reported.actor : narrated?.actor ?? null,
      speaker_text: agent ? agent.speakerText : found ? found.speakerText : noun ? noun.speakerText : header ? header.speakerText : continues ? prev!.speaker_text : pointed ? pointed.text : reported ? reported.speakerText : narrated ? actors.get(narrated.actor)?.name ?? narrated.text : null,
      text,
      kind: kindOf(doc.text, q, opensParagraph),
      verb: found?.verb ? found.verb.replace(/\s+/g, " ") : null,
      start: q.textStart,
      end: q.textEnd,
    });
  }
  return creditEchoedHeadlines(doc, creditOpenParagraphs(doc.text, rows));
}

/**
 * Whether `text[from, to)` holds at most one line that is not blank (read until a second one). A
 * line of stray stops (a lone "." the wire left between paragraphs) is no paragraph of narration.
 */
function blankOrOneLine(text: string, from: number, to: number): boolean {
  let lines = 0, filled = false;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === 10) {
      if (filled && ++lines > 1) return false;
      filled = false;
    } else if (!filled && !BLANK_OR_STOP.test(text[i]!)) filled = true;
  }
  return true;
}

/** Blanks and the stray stops a line of no words is made of (a closing mark still counts). */
const BLANK_OR_STOP = /[\s.,;:!?…]/u;

/** A crowd's noise quoted: "chants of", "cries of", "Chants from the crowd of". */
const CROWD = /\b(?:chants|chanting|cries|shouts|cheers|roars|jeers|screams|whoops|boos|yells|howls|choruses)(?:\s+(?:from|by|among)\s+(?:the\s+)?[a-z-]+)?\s+of\s*$/i;

/** Whether `at` lies between a pair of marks (a reporter's tag read inside an out-of-phase span). */
function insideMarks(d: Discourse, at: number): boolean {
  const q = d.quotes[firstAt(d.quotes, (x) => x.textEnd > at)];
  return !!q && q.textStart <= at;
}

/** The last speaker the paragraph before `at` reports, if it reports one. */
function speakerOfParagraphBefore(d: Discourse, at: number): Attribution | null {
  let end = at;
  while (end > 0 && isSpace(d.text.charCodeAt(end - 1))) end--;
  const start = d.text.lastIndexOf("\n", end - 1) + 1;
  let found: Attribution | null = null;
  for (let i = firstAt(d.attributions, (a) => a.verbStart >= start); i < d.attributions.length && d.attributions[i]!.verbStart < end; i++)
    if (d.attributions[i]!.speakerText) found = d.attributions[i]!;
  return found;
}

/**
 * The person the paragraph before `at` is about: its first sentence's subject, when a person
 * ("Varnholm has set a fierce pace …", "Varn's opposition leader Ann Ode spoke …"), not
 * someone named later in it.
 */
function subjectOfParagraphBefore(doc: Doc, masked: string, at: number, mentions: ResolvedMention[]): ResolvedMention | null {
  let end = at;
  while (end > 0 && isSpace(doc.text.charCodeAt(end - 1))) end--;
  const start = doc.text.lastIndexOf("\n", end - 1) + 1;
  const first = sentenceAt(doc.sentences, start);
  if (!first) return null;
  let subject: ResolvedMention | null = null;
  for (const m of mentions)
    if (m.start >= start && m.end <= Math.min(end, first.end) && (!subject || m.start < subject.start) && isSubject(masked, first.start, m)) subject = m;
  return subject?.kind === "person" ? subject : null;
}

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const SENTENCE_OPENING = /^[\p{Lu}\p{N}…'‘]|^\.\.\./u;

/** direct: set off as the speaker's own sentence; partial: a fragment inside the reporter's. */
function kindOf(text: string, q: QuoteSpan, opensParagraph: boolean): "direct" | "partial" {
  if (opensParagraph) return "direct";
  const inner = text.slice(q.textStart, q.textEnd).trimStart();
  const startsSentence = SENTENCE_OPENING.test(inner);
  const before = text.slice(Math.max(0, q.open - 3), q.open);
  if (startsSentence && (/[:,]\s*$/.test(before) || /[.!?]["”’]?\s+$/.test(before))) return "direct";
  return "partial";
}

const NEAR = 600, PARA_NEAR = 2000;

/** The attribution for a quote, nearest first: right after it, before it, later in the sentence, then in the paragraph. */
export function attributionFor(doc: Doc, d: Discourse, q: QuoteSpan, named?: { sorted: ResolvedMention[]; actors: Map<string, ActorRow> }): Attribution | null {
  const s1 = sentenceAt(doc.sentences, q.open) ?? nearestSentence(doc.sentences, q.open);
  const s2 = sentenceAt(doc.sentences, Math.max(q.open, q.close - 1)) ?? s1;
  if (!s1 || !s2) return null;
  // Within the sentence, and near the quotation: an attribution is never far from its
  // quote, and the bound keeps a run-on one-line article from being quadratic.
  const from = Math.max(s1.start, q.open - NEAR), to = Math.min(s2.end, q.close + NEAR);
  // attributions are in text order: find the sentence's by binary search, not by scanning all
  const inRange: Attribution[] = [];
  for (let i = firstAt(d.attributions, (a) => a.verbStart >= from); i < d.attributions.length && d.attributions[i]!.verbStart < to; i++) {
    const a = d.attributions[i]!;
    if (a.verbEnd <= to && a.speakerText) inRange.push(a);
  }
  const immediate = inRange.find((a) => {
    const at = Math.min(a.verbStart, a.subjectStart);
    return at >= q.close && at - q.close < 8 && /^[\s,.]*$/.test(d.masked.slice(q.close, at)) && a.subjectEnd - a.subjectStart < 60;
  });
  if (immediate) return immediate;
  // "Ode said that the resolutions condemning X “…”": a participle modifying a noun is no clause
  // of its own; the quotation goes on with the sentence's earlier speech verb.
  const before = inRange.filter((a, i) => a.verbEnd <= q.open && !(i > 0 && modifiesNoun(d.masked, a)));
  if (before.length) return before[before.length - 1]!;
  const after = inRange.find((a) => a.verbStart >= q.close);
  if (after) return after;
  // "“…,” he said. “…”": a sentence of quotation alone goes on with the speaker of the sentence before.
  const carried = continuedSpeaker(doc, d, q, s1, s2);
  if (carried) return carried;
  // "Lund disagreed. “We were unlucky.”": the person the sentence before is about
  const narrated = named ? narratedSpeaker(doc, d, q, s1, s2, named.sorted, named.actors) : null;
  if (narrated) return narrated;
  // The paragraph: "…“strong support” for Ukraine. The talks …, the ministry said."
  const p = countBefore(d.newlines, q.open);
  const para: Attribution[] = [];
  for (let i = firstAt(d.attributions, (a) => a.verbStart >= q.open - PARA_NEAR); i < d.attributions.length && d.attributions[i]!.verbStart < q.close + PARA_NEAR; i++)
    if (d.attributions[i]!.paragraph === p && d.attributions[i]!.speakerText) para.push(d.attributions[i]!);
  return para.find((a) => a.verbStart >= q.close) ?? para[para.length - 1] ?? nextLine(doc, d, q);
}

/** A plural noun right before a verb, no comma between ("resolutions condemning"); not "as", "was", "his". */
const PLURAL_BEFORE = /(?:^|\s)(?!(?:was|has|his|this|thus|its|hers|ours|yours|theirs)\s)\p{Ll}{2,}s\s+$/u;
const modifiesNoun = (masked: string, a: Attribution) => isParticiple(a.verb) && PLURAL_BEFORE.test(masked.slice(Math.max(0, a.verbStart - 30), a.verbStart));

/** A short sentence without quotation marks. */
const BARE_ATTRIBUTION = /^[^.!?"“”'\u2591]{1,60}\.$/u;

/**
 * "“… before the rains come?” ¶ Ode said.": a quotation closing its paragraph is credited by the
 * next one when that is a bare attribution, the line break the wire's only.
 */
function nextLine(doc: Doc, d: Discourse, q: QuoteSpan): Attribution | null {
  let at = q.close + 1;
  while (at < d.text.length && isSpace(d.text.charCodeAt(at))) at++;
  if (!d.text.slice(q.close + 1, at).includes("\n")) return null;
  const s = sentenceAt(doc.sentences, at);
  if (!s || s.start !== at || !BARE_ATTRIBUTION.test(d.masked.slice(s.start, s.end).trim())) return null;
  const i = firstAt(d.attributions, (a) => a.verbStart >= s.start);
  const a = d.attributions[i];
  // nothing after the verb and its subject but the full stop: "Ode said." or "said Ode.", not "Ode said others agreed."
  const bare = a && a.verbEnd <= s.end && /^\s*\.?\s*$/.test(d.masked.slice(Math.max(a.verbEnd, a.subjectEnd), s.end));
  return bare && a.speakerText ? a : null;
}

function nearestSentence(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.start >= at) ?? sentences[sentences.length - 1];
}


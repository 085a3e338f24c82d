import { sentenceAt } from "../text/sentences.js";
import type { ActorKind, ActorRow, Doc, ResolvedMention, Sentence } from "../types.js";
import { findQuoteSpans, insideOut, maskQuotes, type QuoteSpan } from "./marks.js";
import { sentenceSubject } from "./centering.js";
import { personalAntecedent, type Sex } from "./pronouns.js";
import { countBefore, firstAt } from "./search.js";
import { bodyByDescription, personByRole, speaksForBody } from "./roledesc.js";
import { colonSubject } from "./colon.js";
import { subjectSpan, type Span } from "./subject.js";
import { cleanSpeaker, DOCUMENTS, looksLikePerson } from "./speakerwords.js";
import { describesPerson, KIN, mayCredit, titlesPerson } from "./apposition.js";
import { describesByNationality } from "./persondesc.js";
import { bestMention, inSpan } from "./inspan.js";
import { issuerAfter, issuerBefore } from "./issuers.js";
import { opensOrganisationName } from "./shortname.js";
import { capitalOnlyAtOpenings } from "./commonword.js";
import { withoutPlaceModifier } from "./placemod.js";
import { itsSubject } from "./itsubject.js";
import { frontedGerundSpeaker } from "./fronted.js";
import { answerSpeaker } from "./interview.js";
import { headlineSingleQuotes } from "./headline.js";
import { governmentOf } from "./governments.js";
import { bodyOfBareSpokesman } from "./spokesbody.js";
import { kinNamedBefore } from "./kinnamed.js";
import { titleFitsMention, titleFitsName } from "./titlesex.js";
import { AUX, PRONOUNS, VERB_RE, isParticiple, objectAsSubject, speaksHere } from "./verbs.js";
import { matchesOf } from "../text/matches.js";

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const HIS_NOUN = /^(?:his|her)(?:\s+\p{Ll}+)?$/u;
const LONE_WORD = /^\p{Lu}\S*$/u;
/** "the environment agency": a body by lower-case words of its field, no name. */
const FIELD_DESCRIPTION = /^[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Ll}[\p{Ll}-]*$/u;
const THE_NOUN = /^[Tt]he\s+(\p{Ll}+)$/u;
/** A person described by age ("the 41-year-old envoy"). */
const AGED = /^the\s+\d+-year-old(?:\s|$)/;
/** A verb that opens a quotation right after it ("did say: “…”", "added, “…”"). */
const INTRODUCES = /^\s*[:,]?\s*(?:["“]|''|``)/u;
/** A verb coordinated with the clause's earlier one ("the daily compared … and said"), which shares its subject. */
const CROWD_VERB = /^(?:chant|shout|yell|scream)/i;
/** "marched", "gathered": the crowd's own verb, where its name ends. */
const PAST_FORM = /^\p{Ll}+ed$/u;
const COORDINATED = /\b(?:and|but)\s+(?:also\s+)?$/;
/** Only "say" and its like share a coordinated subject; "… but denied reports of “…”, his agent said" waits for its own. */
const SAYS = /^(?:say|says|said|told|added)$/i;

// Who says what, sentence by sentence: every speech verb with its subject,
// pronouns and definite descriptions ("the ministry") resolved against the
// speakers already seen. Quotes take their speaker from here and figures
// their `attributed_to`, so both agree. Computed once per article (cached on
// the Doc) with regexes over a copy of the text whose quotations are blanked.

export interface Attribution {
  sentence: number;
  verb: string;
  verbStart: number;
  verbEnd: number;
  /** The subject as written (empty when none was found). */
  subjectStart: number;
  subjectEnd: number;
  /** The speaker as text: a name without titles, or the antecedent of a pronoun. */
  speakerText: string | null;
  actor: string | null;
  actorKind: ActorKind | null;
  /** Subject after the verb (", said Mr X") or after "according to". */
  inverted: boolean;
  paragraph: number;
  /** How many distinct actors the subject names. */
  subjectActors: number;
}

export interface Discourse {
  text: string;
  masked: string;
  quotes: QuoteSpan[];
  attributions: Attribution[];
  /** Offsets of the line breaks (paragraph index = how many lie before an offset). */
  newlines: number[];
}

// Keyed by the Doc, and valid only for the same mentions array (the pipeline
// hands figures and quotes the same one; a caller with other mentions recomputes).
const cache = new WeakMap<Doc, { mentions: ResolvedMention[]; d: Discourse }>();

export function discourse(doc: Doc, mentions: ResolvedMention[], actors: Map<string, ActorRow>): Discourse {
  const hit = cache.get(doc);
  if (hit && hit.mentions === mentions) return hit.d;
  const quotes = headlineSingleQuotes(doc, findQuoteSpans(doc.text));
  // A span between out-of-phase marks that holds the reporter's narration ("…," said Ode.") is
  // left readable: its "said Ode" is the tag of the quotation before it.
  const masked = maskQuotes(doc.text, quotes.filter((q) => !insideOut(doc.text, q)));
  const newlines: number[] = [];
  for (let i = doc.text.indexOf("\n"); i >= 0; i = doc.text.indexOf("\n", i + 1)) newlines.push(i);
  const d: Discourse = { text: doc.text, masked, quotes, newlines, attributions: findAttributions(doc, masked, newlines, mentions, actors) };
  cache.set(doc, { mentions, d });
  return d;
}

function findAttributions(doc: Doc, masked: string, newlines: number[], mentions: ResolvedMention[], actors: Map<string, ActorRow>): Attribution[] {
  const out: Attribution[] = [];
  const text = doc.text;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let lastPerson: Attribution | null = null;
  const learned = new Map<string, Sex>();
  for (const cue of cues(doc, masked)) {
    const { verbStart, verbEnd } = cue;
    const sent = sentenceAt(doc.sentences, verbStart);
    if (!sent) continue;
    const prevInSentence = out.length && out[out.length - 1]!.sentence === sent.index ? out[out.length - 1]! : null;
    const subj = afterMarks(masked, subjectOf(masked, cue, sent, !!prevInSentence, sorted), isParticiple(cue.verb) ? null : prevInSentence);
    const a: Attribution = {
      sentence: sent.index, verb: cue.colon ? "" : text.slice(verbStart, verbEnd), verbStart, verbEnd,
      subjectStart: subj?.start ?? verbStart, subjectEnd: subj?.end ?? verbStart,
      speakerText: null, actor: null, actorKind: null, inverted: !!subj?.inverted,
      paragraph: countBefore(newlines, verbStart), subjectActors: 0,
    };
    const subjText = subj ? text.slice(subj.start, subj.end) : "";
    // "the agency quoted him as saying": the one quoted, as an object pronoun, is the subject pronoun's person
    const low = objectAsSubject(subjText.toLowerCase());
    // "X said …, adding that": a participle after a comma shares the subject of the verb before it
    const shares = prevInSentence && isParticiple(cue.verb) && (!subj || subj.start <= prevInSentence.verbStart);
    const front = frontedGerundSpeaker(masked, sorted, cue, actors) ?? answerSpeaker(text, sorted, cue, actors);
    if (front) copySpeaker(a, front);
    else if (shares) copySpeaker(a, prevInSentence);
    else if (!subj || !subjText.trim()) {
      // "…, adding that", "pledged X but stressed": the verb shares the clause's subject.
      if (prevInSentence) copySpeaker(a, prevInSentence);
      // a crowd chants, not the person last named ("protesters marched …, chanting “…”")
      else if (CROWD_VERB.test(cue.verb)) a.speakerText = crowdOf(masked, sent.start, verbStart);
      else if (isParticiple(cue.verb) && lastPerson) copySpeaker(a, lastPerson);
    } else if (PRONOUNS.has(low) || (HIS_NOUN.test(low) && !speaksForSelf(low))) {
      // "he said", "his statement said" (the person last named); no one to resolve to: kept as written.
      const personal = /^(?:he|she|his|her)\b/.test(low);
      const ante = personal ? personalAntecedent(low, lastPerson, { doc, masked, sorted, actors, verbStart, sentenceStart: sent.start, learned })
        : lastSpeaker(out, low === "it") ?? (low === "it" ? itsSubject(doc, masked, sorted, verbStart, actors) : null);
      if (ante) copySpeaker(a, ante);
      else a.speakerText = subjText;
    } else {
      namedSubject(a, subj, subjText, out, sorted, actors, text);
      // "the 41-year-old envoy was cited as saying", "the Briton said": an age or a nationality
      // describes someone already named, the person the text is about.
      const ante = !a.actor && (AGED.test(low) || describesByNationality(low)) ? personalAntecedent(low, lastPerson, { doc, masked, sorted, actors, verbStart, sentenceStart: sent.start, learned }) : null;
      if (ante) copySpeaker(a, ante);
    }
    // "Ode: “…”" on a line of its own: a lone word before the colon speaks only if it names someone
    if (cue.colon && subj && !a.actor && LONE_WORD.test(subjText) && !masked.slice(subj.end, verbStart).trim()) a.speakerText = null;
    out.push(a);
    // "said a Varn Embassy official … ``…,'' he said": one person by office, credited to the body, is still "he"
    // "Officials said …": a common noun capitalised only where it opens a sentence is a group, not "he"
    const personLike = !a.actor && a.speakerText && looksLikePerson(a.speakerText) && !opensOrganisationName(a.speakerText, sorted) && !capitalOnlyAtOpenings(text, a.speakerText);
    // "A nurse who … told the Courier that …": one unnamed person, whom a following "she" means
    if (a.actorKind === "person" || personLike || describesPerson(subjText) || (a.actor && titlesPerson(subjText))) lastPerson = a;
  }
  return out;
}

/** "his lawyer", "her son": someone else, with words of their own, not the person "his" points at. */
const speaksForSelf = (low: string) => KIN.has(low.slice(low.indexOf(" ") + 1));

/** "About 100 protesters marched …, chanting": the words opening the sentence, up to its first verb, name the crowd (no actor). */
function crowdOf(masked: string, start: number, verb: number): string | null {
  const ws = masked.slice(start, verb).split(/[\s,]+/).filter(Boolean);
  const n = ws.findIndex((w) => PAST_FORM.test(w) || AUX.has(w));
  return n > 0 && n <= 6 ? ws.slice(0, n).join(" ") : null;
}

/**
 * The subject of the cue's verb: its own, else, for a verb that opens a quotation with no speech
 * verb before it in the sentence ("Ode … left early but did say: “…”"), the sentence's.
 */
function subjectOf(masked: string, cue: Cue, sent: Sentence, afterSpeech: boolean, sorted: ResolvedMention[]): Span | null {
  const own = cue.colon ? colonSubject(masked, sent.start, cue.verbStart) : subjectSpan(masked, sent.start, sent.end, cue.verbStart, cue.verbEnd, cue.verb);
  if (own || cue.colon || afterSpeech || isParticiple(cue.verb)) return own;
  const coordinated = SAYS.test(cue.verb) && COORDINATED.test(masked.slice(Math.max(sent.start, cue.verbStart - 12), cue.verbStart));
  if (!INTRODUCES.test(masked.slice(cue.verbEnd, cue.verbEnd + 4)) && !coordinated) return own;
  return sentenceSubject(masked, sent.start, cue.verbStart, sorted);
}

/** A subject that names its speaker, or describes one: a mention in it, a surname, "the ministry", "the prime minister", "the company". */
function namedSubject(a: Attribution, subj: Span, subjText: string, out: Attribution[], sorted: ResolvedMention[], actors: Map<string, ActorRow>, text: string): void {
  // "the Varnby company": the town says where the body is; the rest is the description to read
  const placeless = withoutPlaceModifier(text, subj, sorted);
  const desc = placeless ?? subjText;
  const best = bestMention(sorted, subj, text, (m) => mayCredit(text, subjText, subj.start, m) && !(placeless && m.kind === "place") && titleFitsMention(text, m, actors));
  a.subjectActors = new Set(inSpan(sorted, subj).map((x) => x.actor)).size;
  if (best) {
    a.actor = best.actor;
    a.actorKind = best.kind;
    a.speakerText = cleanSpeaker(subjText);
    return;
  }
  a.speakerText = cleanSpeaker(subjText);
  const issuer = documentIssuer(subj, subjText, out, sorted, actors, text);
  if (issuer) return copySpeaker(a, issuer);
  // "Levy said" after "Foreign Minister David Levy told": a surname the actors stage left unresolved.
  const named = looksLikePerson(a.speakerText) ? personNamed(sorted, a.verbStart, a.speakerText, actors, text.slice(Math.max(0, subj.start - 6), subj.end)) : null;
  if (named) (a.actor = named.actor), (a.actorKind = "person");
  // "the ministry", "the source": a definite description of a speaker already named.
  const def = THE_NOUN.exec(desc);
  if (def) {
    const head = new RegExp(`\\b${def[1]}\\b`, "i");
    let ante: Attribution | null = null;
    for (let k = out.length - 1; k >= Math.max(0, out.length - 50) && !ante; k--) {
      const o = out[k]!;
      if (o.speakerText && head.test(text.slice(o.subjectStart, o.subjectEnd))) ante = o;
    }
    // "X said in a statement … The statement said": a document speaks for whoever issued it,
    // the speaker before it when no earlier subject names the document nor its issuer.
    // "the environment agency said … The agency said": a body described by its field before, named or not
    if (ante && (ante.actor || FIELD_DESCRIPTION.test(text.slice(ante.subjectStart, ante.subjectEnd)))) return copySpeaker(a, ante);
    if (!ante && DOCUMENTS.has(def[1]!)) ante = lastSpeaker(out);
    if (ante) copySpeaker(a, ante);
  }
  // "a spokesman for the group" after the group itself spoke: that body, not the one named most.
  const body = !a.actor && speaksForBody(desc) ? lastSpeaker(out) : null;
  if (body?.actorKind === "organization") return copySpeaker(a, body);
  // "the prime minister said": the person the article gave that office; "the company said": the organisation it is about.
  const described = a.actor ? null : personByRole(desc, text, sorted, a.verbStart, actors) ?? bodyByDescription(desc, sorted, a.verbStart, actors, text)
    ?? governmentOf(subjText, sorted, a.verbStart, actors, text) ?? bodyOfBareSpokesman(desc, text, subj.start, sorted, actors)
    ?? kinNamedBefore(desc, text, subj.start, sorted);
  if (described) copySpeaker(a, described);
}

const DOCUMENT_SUBJECT = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)/u;

/**
 * A document as the subject names its issuer: "a statement issued by X", or, for "the statement",
 * "X issued a statement" earlier, when nobody has spoken since.
 */
function documentIssuer(subj: Span, subjText: string, out: Attribution[], sorted: ResolvedMention[], actors: Map<string, ActorRow>, text: string) {
  const lead = subjText.length - subjText.trimStart().length;
  const np = DOCUMENT_SUBJECT.exec(subjText.trim().toLowerCase());
  const noun = np?.[1];
  if (!np || !noun || !DOCUMENTS.has(noun)) return null;
  const after = issuerAfter(text, sorted, subj.start + lead + np[0].length, actors);
  if (after || !/^the\s/i.test(subjText.trim()) || lead + np[0].length < subjText.trimEnd().length) return after;
  const issued = issuerBefore(text, sorted, noun, subj.start, actors);
  // someone who spoke after that clause ("Y said in a statement") is the nearer antecedent
  return issued && !out.some((o) => o.speakerText && o.verbStart > issued.verb) ? issued.issuer : null;
}

function copySpeaker(a: Attribution, from: Attribution | { actor: string; kind: ActorKind; text: string }): void {
  if ("speakerText" in from) {
    a.speakerText = from.speakerText;
    a.actor = from.actor;
    a.actorKind = from.actorKind;
  } else {
    a.speakerText = from.text;
    a.actor = from.actor;
    a.actorKind = from.kind;
  }
}

/** The last speaker; for "it", the last that is not a person (a note or a statement is not "he"). */
function lastSpeaker(out: Attribution[], notPerson = false): Attribution | null {
  for (let i = out.length - 1; i >= 0; i--) {
    const a = out[i]!;
    if (a.speakerText && !(notPerson && (a.actorKind === "person" || (!a.actor && looksLikePerson(a.speakerText))))) return a;
  }
  return null;
}

/** The nearest person mentioned before `at` whose name ends with the surname written in `text` (and agrees with a title `written` puts before it). */
function personNamed(sorted: ResolvedMention[], at: number, text: string, actors: Map<string, ActorRow>, written = text): ResolvedMention | null {
  const surname = text.split(/\s+/).pop()!.toLowerCase();
  for (let i = sorted.length - 1; i >= 0; i--) {
    const m = sorted[i]!;
    if (m.end > at || m.kind !== "person") continue;
    const name = (actors.get(m.actor)?.name ?? m.text).toLowerCase().split(/\s+/);
    if (name.length > 1 && name[name.length - 1] === surname && titleFitsName(written, actors.get(m.actor)?.name)) return m;
  }
  return null;
}

/** "…,'' he was quoted as saying": the closing mark of the quotation before is not part of its subject. */
function afterMarks<S extends { start: number; end: number; inverted?: boolean }>(t: string, s: S | null, prev: Attribution | null = null): S | null {
  if (!s) return s;
  let a = s.start;
  // "She said her party urged …": a subject reaching back over the sentence's earlier speech
  // verb is that verb's reported clause; its own subject starts after it.
  if (prev && !prev.inverted && !s.inverted && a < prev.verbStart && s.end > prev.verbEnd && /^\s+\p{Ll}/u.test(t.slice(prev.verbEnd, s.end))) a = prev.verbEnd;
  while (a < s.end && /[\s"'`“”‘’]/u.test(t[a]!)) a++;
  return a === s.start ? s : { ...s, start: a };
}

interface Cue { verbStart: number; verbEnd: number; verb: string; colon: boolean }

/**
 * Speech verbs, plus the colon that introduces a quotation in a clause without
 * one ("the governor was blunt: “…”"), in text order.
 */
function cues(doc: Doc, masked: string): Cue[] {
  const out: Cue[] = [];
  for (const m of matchesOf(VERB_RE, masked)) {
    const at = m.index!, end = at + m[0].length;
    if (!speaksHere(m[0], masked, at, end)) continue;
    out.push({ verbStart: at, verbEnd: end, verb: m[0], colon: false });
  }
  const verbStarts = out.map((c) => c.verbStart);
  for (const m of matchesOf(/:\s*(?=["“]|''|``)/g, masked)) {
    const at = m.index!;
    const sent = sentenceAt(doc.sentences, at);
    if (!sent) continue;
    // a speech verb earlier in the sentence owns the quotation (verbs are in text order)
    const i = countBefore(verbStarts, sent.start);
    if (i < verbStarts.length && verbStarts[i]! < at) continue;
    out.push({ verbStart: at, verbEnd: at + 1, verb: ":", colon: true });
  }
  return out.sort((a, b) => a.verbStart - b.verbStart);
}

export { AUX };

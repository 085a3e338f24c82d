import { sexOf, type Sex } from "../text/sex.js";
import { sentenceAt } from "../text/sentences.js";
import type { ActorKind, ActorRow, Doc, ResolvedMention } from "../types.js";
import { firstAt } from "./search.js";
import { isAppositiveSubject, isContrastedSubject, isCoordinatedSubject, isSubject } from "./centering.js";

export type { Sex };

// "he said", "her statement said": the nearest compatible person before. The
// person last reported speaking, unless a later sentence opens on another person
// (the subject a following "he" most likely continues); a person whose name or
// title gives the other sex is passed over for the nearest one who fits. With
// nobody who fits, the caller keeps the pronoun as written.

/** What an earlier speaker offers as an antecedent (an Attribution fits). */
export interface Spoken {
  speakerText: string | null;
  actor: string | null;
  actorKind: ActorKind | null;
  subjectStart: number;
  subjectEnd: number;
  verbStart: number;
}

/** A person mentioned: the actor, its name, where the mention starts and what it wrote there. */
export interface Named { actor: string; kind: ActorKind; text: string; at: number; written: string }

const CAPITALISED = /^\p{Lu}/u;
/** How far before a name its title may start ("Mrs. ", "Miss "). */
const TITLE_REACH = 6;

export interface PronounContext {
  doc: Doc;
  masked: string;
  sorted: ResolvedMention[];
  actors: Map<string, ActorRow>;
  /** The pronoun's verb and its sentence's start. */
  verbStart: number;
  sentenceStart: number;
  /** The sex earlier pronouns resolved to an actor gave it ("Kemal Dorn … he said"), for names that give none. */
  learned?: Map<string, Sex>;
}

/**
 * The antecedent of a personal pronoun ("he", "she", "his …", "her …") or of a description that
 * gives no sex ("the 41-year-old envoy"), or null when nobody fits.
 */
export function personalAntecedent<S extends Spoken>(pronoun: string, lastPerson: S | null, c: PronounContext): S | Named | null {
  const want: Sex | null = /^(?:she|her)\b/.test(pronoun) ? "f" : /^(?:he|his)\b/.test(pronoun) ? "m" : null;
  const ante = antecedent(want, lastPerson, c);
  // the pronoun tells the sex of a name that gave none, for the pronouns after it
  if (want && ante?.actor && !c.learned?.has(ante.actor)) c.learned?.set(ante.actor, want);
  return ante;
}

function antecedent<S extends Spoken>(want: Sex | null, lastPerson: S | null, c: PronounContext): S | Named | null {
  const ahead = mainSubjectAhead(c);
  if (ahead && (!want || fits(ahead, want, c.doc.text, c.actors, c.learned))) return ahead;
  const after = lastPerson ? Math.max(lastPerson.subjectStart, lastPerson.verbStart) : -1;
  const first = laterOf(lastPerson, personOpening(c, after)) ?? personBefore(c, c.verbStart, null);
  const moved = want && first === lastPerson && lastPerson ? chainMoved(c, lastPerson, want) : null;
  if (moved) return moved;
  if (!first || !want || fits(first, want, c.doc.text, c.actors, c.learned)) return first;
  return personBefore(c, c.verbStart, want);
}

/** A sentence opening on a concessive clause whose subject is the pronoun: "Although he called …". */
const CONCESSIVE_OPENING = /^\s*(?:Although|Though|Even\s+though|While|Whereas)\s+(?:he|she)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Between the clause's comma and the main subject: closing marks, blanks and a title. */
const TO_MAIN_SUBJECT = /^[\s"”'’]*(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+)?$/u;

/**
 * "Although he called conditions “tough,” Mr. Ode forecast a gain": a pronoun opening a fronted
 * concessive clause points ahead, to the person the main clause after its comma opens on.
 */
function mainSubjectAhead(c: PronounContext): Named | null {
  if (!CONCESSIVE_OPENING.test(c.masked.slice(c.sentenceStart, c.verbStart))) return null;
  const s = sentenceAt(c.doc.sentences, c.verbStart);
  const comma = c.masked.indexOf(",", c.verbStart);
  if (!s || comma < 0 || comma >= s.end) return null;
  const m = c.sorted[firstAt(c.sorted, (x) => x.start > comma)];
  if (!m || m.kind !== "person" || m.start >= s.end || !TO_MAIN_SUBJECT.test(c.doc.text.slice(comma + 1, m.start))) return null;
  return named(m, c.actors);
}

function fits(x: Spoken | Named, want: Sex, text: string, actors: Map<string, ActorRow>, learned?: Map<string, Sex>): boolean {
  // A title just before the name counts ("Mrs. Ode"): the name alone may be only a surname.
  const [start, end] = "at" in x ? [x.at, x.at + x.written.length] : [x.subjectStart, x.subjectEnd];
  // A surname may read as a first name of the other sex ("Ann Dale" written "Dale"), so the
  // actor's full name is read before what the sentence wrote, but after a title right before it.
  const title = text.slice(Math.max(0, start - TITLE_REACH), start);
  const written = "at" in x ? `${title} ${x.text} ${x.written}` : `${title}${text.slice(start, end)} ${x.speakerText ?? ""}`;
  // An actor's full name decides alone: its surname may read as a first name of the other sex. A
  // speaker written by surname ("Ode denies …") is read by the actor's name too.
  const full = "at" in x ? x.text : (x.actor ? actors.get(x.actor)?.name : null) ?? x.speakerText ?? "";
  const sex = full.trim().split(/\s+/).filter((w) => CAPITALISED.test(w)).length > 1 ? sexOf(`${title} ${full}`, true) : sexOf(written);
  // an unnamed relative as the subject ("The boy's mother said") has the sex of the tie
  const tie = "at" in x || x.actor ? null : kinSex(text, end);
  return (sex ?? kinSex(text, start) ?? tie ?? (x.actor ? learned?.get(x.actor) : undefined)) !== otherSex(want);
}

const otherSex = (want: Sex): Sex => (want === "f" ? "m" : "f");

/** A tie that gives a sex, written right before a name or its comma: "Her husband, Rui Lund", "his wife Ann". */
const KIN_BEFORE = /\b(husband|son|father|brother|boyfriend|uncle|nephew|grandfather|widower|fianc[eé]|wife|daughter|mother|sister|girlfriend|aunt|niece|grandmother|widow|fianc[eé]e)\s*,?\s*$/i;
const MALE_KIN = new Set(["husband", "son", "father", "brother", "boyfriend", "uncle", "nephew", "grandfather", "widower", "fiance", "fiancé"]);

/** The sex the tie written right before `start` gives its name, if any. */
function kinSex(text: string, start: number): Sex | null {
  const k = KIN_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return k ? (MALE_KIN.has(k[1]!.toLowerCase()) ? "m" : "f") : null;
}

/**
 * The person an earlier sentence is about, named after `after`: its subject ("Ode -- who … --
 * appeared unmoved.", "The 41-year-old Ode looked on."). A following "he" most likely continues
 * the subject (or a coordinated clause's, when the first clause's is no person), not a person
 * named inside the clause; a sentence of a quotation ("Lund sent him
 * there," he said) is the speaker's, not the reporter's.
 */
function personOpening(c: PronounContext, after: number): Named | null {
  const { sorted } = c;
  for (let i = firstAt(sorted, (m) => m.start >= c.sentenceStart) - 1; i >= 0 && sorted[i]!.start > after; i--) {
    const m = sorted[i]!;
    if (m.kind !== "person" || c.masked[m.start] === "\u2591") continue;
    const s = sentenceAt(c.doc.sentences, m.start);
    if (!s || s.headline) continue;
    if (isAppositiveSubject(c.masked, s.start, m)) return named(m, c.actors);
    // "A and B were unhurt but Z was furious": the last clause's subject is the one a "he" continues
    if (isContrastedSubject(c.masked, s.start, m)) return named(m, c.actors);
    // otherwise only the sentence's first person can be its subject
    const prev = sorted[i - 1];
    if (prev && prev.kind === "person" && prev.start >= s.start) continue;
    if (isSubject(c.masked, s.start, m) || isCoordinatedSubject(c.masked, s.start, m)) return named(m, c.actors);
  }
  return null;
}

/** A narrative sentence opening on a subject pronoun: "She spoke of …". */
const SEX_PRONOUN: Record<Sex, RegExp> = { f: /\b(?:she|her|hers|herself)\b/i, m: /\b(?:he|him|his|himself)\b/i };
/** "She …", or after a short fronted phrase and its comma: "In a statement, she …", "Later, he …". */
const PRONOUN_OPENING = /^\s*(?:\p{Lu}[\p{Ll}-]*(?:\s+[\p{L}\p{N}'’-]+){0,4},\s+)?(She|He|she|he)\b/u;

/**
 * "Later the hall heard from Ann Vell, a teacher. She described …" after another woman last spoke: a sentence
 * the reporter opens on the pronoun, or on a short fronted phrase then the pronoun (this one or one before it), after a person of that sex was
 * named in a later sentence than the speaker's, has moved the chain to that person, and a
 * following "she said" continues it.
 */
function chainMoved(c: PronounContext, last: Spoken, want: Sex): Named | null {
  const spoken = sentenceAt(c.doc.sentences, Math.max(last.subjectStart, last.verbStart));
  if (!spoken) return null;
  for (const s of c.doc.sentences) {
    if (s.start < spoken.end) continue;
    if (s.start > c.sentenceStart) break;
    const p = PRONOUN_OPENING.exec(c.masked.slice(s.start, s.end));
    if (!p || (p[1]!.toLowerCase() === "she") !== (want === "f")) continue;
    const named = personBefore(c, s.start, want);
    // "… the debts of his brother and his partner, X": a pronoun of that sex before the new name
    // shows the speaker still in focus there.
    const between = named ? c.masked.slice(spoken.end, named.at) : "";
    return named && named.at >= spoken.end && named.actor !== last.actor && !SEX_PRONOUN[want].test(between) ? named : null;
  }
  return null;
}

/** The last speaker, or the sentence-opening person when that comes after it. */
function laterOf<S extends Spoken>(a: S | null, p: Named | null): S | Named | null {
  if (!p) return a;
  return !a || p.at > Math.max(a.subjectStart, a.verbStart) ? p : a;
}

/** The nearest person mentioned before `at` outside quotations, of sex `want` or of none known (any, when `want` is null). */
function personBefore(c: PronounContext, at: number, want: Sex | null): Named | null {
  for (let i = firstAt(c.sorted, (m) => m.start >= at) - 1; i >= 0; i--) {
    const m = c.sorted[i]!;
    if (m.end > at || m.kind !== "person") continue;
    if (want && (c.masked[m.start] === "\u2591" || !fits(named(m, c.actors), want, c.doc.text, c.actors, c.learned))) continue;
    return named(m, c.actors);
  }
  return null;
}

function named(m: ResolvedMention, actors: Map<string, ActorRow>): Named {
  return { actor: m.actor, kind: m.kind, text: actors.get(m.actor)?.name ?? m.text, at: m.start, written: m.text };
}

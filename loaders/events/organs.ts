import type { ResolvedMention, Sentence } from "../types.js";
import { cityBefore, placeAfter, placeState } from "./organ-places.js";
import { speakerPronoun } from "./speaker-pronoun.js";
import { DOMESTIC_HEADS, IRREGULAR_PAST, NOT_HOME_BEFORE, ORGAN_HEADS, ORGAN_MODIFIERS } from "./organ-heads.js";
import { matchesOf } from "../text/matches.js";
import { readsAsAscii } from "../text/ascii.js";

// "Police arrested her on Monday", "a district court refused bail": a state acting
// through an organ the sentence does not name the state of. The gold guide codes the
// state when the text names no one ("unnamed Japanese officials → Japan"). Which state, the
// first of: a place given with the organ ("police in Bangkok", "Zadar police": organ-places.ts);
// a state just named with that organ (OrganStates); the dateline's state ("LIMA 2024-05-02",
// "TRUJILLO, Peru (AP)", a city one state has) when the article names that state too (a
// capital's bureau also files foreign news); the last state named with that organ; the one
// state the sentence sets things in; the state the article is clearly about. Else none: an
// unnamed organ is left out rather than given to a guess. The organs are a closed class of
// common nouns (organ-heads.ts); one after "foreign", "rebel" and the like is not the article's.

/** Heads of a state organ that a sentence names bare ("police", "the government", "troops"): organ-heads.ts. */
const ORGAN = ORGAN_HEADS.join("|");
const MODIFIER = ORGAN_MODIFIERS.join("|");

// "The army of Chile" is Chile's, not a bare organ; "accused the police of killing" is bare.
const BARE_SOURCE = `\\b((?:(?:the|a|an)\\s+)?(?:(?:${MODIFIER})\\s+){0,3}(?:${ORGAN}))\\b(?!\\s+of\\s+(?!(?:having|being|\\w+ing)\\b)|['’]s?\\s)`;
// The words are ASCII: without the u flag the scan is several times cheaper, and the flag only
// changes what folds onto an ASCII letter ("ſ", the Kelvin sign), so an article holding either keeps it (text/ascii.ts).
const BARE = new RegExp(BARE_SOURCE, "gi");
const BARE_U = new RegExp(BARE_SOURCE, "giu");
/**
 * Where organ heads are: every bare organ holds one, and a scan for the heads alone is much
 * cheaper than trying the whole phrase (article, modifiers, head) at every word of a sentence.
 */
const HEAD_AT = new RegExp(`(?:${ORGAN})`, "gi");
const HEAD_AT_U = new RegExp(`(?:${ORGAN})`, "giu");
/** How far before its head a bare organ may start: an article and three modifiers fit well within. */
const REACH = 80;

/** The bare organ phrases of a sentence, as `seg.matchAll(BARE)` finds them, but tried only near a head. */
function* bareMatches(seg: string, folds: boolean): Generator<RegExpExecArray> {
  const heads = folds ? HEAD_AT_U : HEAD_AT, bare = folds ? BARE_U : BARE;
  heads.lastIndex = 0;
  let pos = 0;
  for (let h = heads.exec(seg); h; h = heads.exec(seg)) {
    if (h.index < pos) continue;
    // No phrase starts between pos and here: it would have to end at an earlier head.
    bare.lastIndex = Math.max(pos, h.index - REACH);
    const m = bare.exec(seg);
    if (!m) return;
    yield m;
    pos = m.index + m[0].length;
    if (heads.lastIndex < pos) heads.lastIndex = pos;
  }
}
/**
 * What follows an organ that heads its noun phrase and is a clause's subject: an auxiliary, a
 * finite verb (-ed, -s), an adverb, a time word. Before a noun it is a modifier ("military
 * ties", "government television") and names no one acting.
 */
const HEAD_FOLLOWS = new RegExp(
  `^\\s*(?:,|(?:has|have|had|was|were|is|are|will|would|did|does|do|could|can|may|might|must|should|also|then|later|on|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${IRREGULAR_PAST.join("|")})\\b|\\p{Ll}+(?:ed|s)\\b|\\p{Ll}+ly\\b)`,
  "iu",
);
/** What may not stand right before a bare organ: a name or demonym (capitalised), a possessive, "of". */
const OWNED_BEFORE = /(?:\p{Lu}[\p{L}.-]*|['’]s?|\b(?:its|their|his|her|our|my|your|of|whose))\s*$/u;
const OWNER_WORDS = new Set(["its", "their", "his", "her", "our", "my", "your", "of", "whose"]);
const isSpace = (c: string) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\u00a0";
const NAME_CHAR = /[\p{L}.-]/u;
const UPPER = /\p{Lu}/u;

/**
 * OWNED_BEFORE read at the word before `at` without an end-anchored regex (which is tried from
 * every position of its window): a capitalised run, a possessive, or an owner word.
 */
function ownedBefore(text: string, from: number, at: number): boolean {
  let end = at;
  while (end > from && isSpace(text[end - 1]!)) end--;
  if (end === at && at > from && !isSpace(text[at - 1]!)) return OWNED_BEFORE.test(text.slice(Math.max(from, at - 30), at));
  const c = text[end - 1];
  if (c === "'" || c === "’" || ((c === "s" || c === "S") && (text[end - 2] === "'" || text[end - 2] === "’"))) return true;
  let begin = end;
  while (begin > from && NAME_CHAR.test(text[begin - 1]!)) begin--;
  if (begin === end) return false;
  const word = text.slice(begin, end);
  if (UPPER.test(word)) return true;
  return OWNER_WORDS.has(word) && (begin === from || !/[\p{L}\p{N}_]/u.test(text[begin - 1]!));
}
/** An organ whose state the sentence names: "Bolivian police", "Peru's security forces", "the Chilean government". */
const NAMED_ORGAN = new RegExp(`^(?:['’]s)?\\s+(?:(?:${MODIFIER}|foreign|interior|defen[cs]e)\\s+){0,3}(?:${ORGAN})\\b`, "iu");

/** A dateline paragraph: a city in capitals, perhaps its country, then a date, an agency or a dash. */
const DATELINE = /^([\p{Lu}][\p{Lu}.'’-]+(?:[ -][\p{Lu}][\p{Lu}.'’-]+){0,3})(?:,\s*(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2}))?\s+(?:\d{4}-\d\d-\d\d|\(|\p{Lu}\p{Ll}+\.?\s+\d{1,2}|_|--|—)/mu;

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/**
 * The state of the article's dateline, when it is an actor of the tables: a country, a capital,
 * or a city only one state has ("SURABAYA 1996-08-29" is Indonesia's). The cities are the
 * actors stage's, decoded by the time events are read.
 */
export function datelineState(text: string, countryOfIso: Map<string, string>): string | null {
  const m = DATELINE.exec(text.slice(0, 400));
  if (!m) return null;
  for (const name of [m[2], titleCase(m[1]!)]) {
    const actor = name ? placeState(name, countryOfIso) : null;
    if (actor) return actor;
  }
  return null;
}

/** The organ's head, singular and lower-cased: the key under which its state is remembered. */
export function organHead(phrase: string): string {
  const w = phrase.slice(phrase.search(/\S+$/)).toLowerCase();
  return w === "courts" ? "court" : w;
}

/**
 * Which state an unnamed organ of an article belongs to. An organ of that name the text named
 * in this or the sentence before ("Bolivian police arrested … . Police later released …") is
 * followed; past that, the dateline's state when the article names it (a wire story's "police"
 * are the dateline's), and only then the last state named with that organ.
 */
export class OrganStates {
  private named = new Map<string, { state: string; sentence: number }>();
  /**
   * home: the dateline's state, when the article names it; countryOfIso: the tables' states;
   * article: the states the article names, the only ones a place word may make an organ's.
   */
  constructor(
    private home: string | null,
    readonly countryOfIso: Map<string, string> = new Map(),
    readonly article: ReadonlySet<string> = new Set(),
    /** The article's mentions, read for the state it is clearly about only when an organ has no other clue. */
    private mentions: readonly ResolvedMention[] = [],
  ) {}

  private clearly: string | null | undefined;
  /** The state the article is clearly about (dominantState), the last resort for an organ with no other clue. */
  get dominant(): string | null {
    if (this.clearly === undefined) this.clearly = dominantState(this.mentions);
    return this.clearly;
  }

  /** Remembers the organs the sentence's country mentions head ("the Chilean government", "Peru's police"). */
  note(text: string, ms: ResolvedMention[], sentence: number): void {
    for (const m of ms) {
      if (m.kind !== "country") continue;
      const o = NAMED_ORGAN.exec(text.slice(m.end, m.end + 50));
      if (o) this.named.set(organHead(o[0]), { state: m.actor, sentence });
    }
  }

  stateOf(head: string, sentence: number): string | null {
    const n = this.named.get(head);
    if (n && sentence - n.sentence <= 1) return n.state;
    return this.home ?? n?.state ?? null;
  }
}

/**
 * Mentions of the home state at the sentence's bare organs: an organ with no name, demonym
 * or possessor before it and no "of" or possessive after it.
 */
export function bareOrganMentions(text: string, s: Sentence, article: string, index: number, ms: ResolvedMention[], states: OrganStates, triggers: readonly { end: number }[] = []): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const seg = text.slice(s.start, s.end);
  let local: string | null | undefined;
  for (const m of bareMatches(seg, !readsAsAscii(text))) {
    const start = s.start + m.index!, end = start + m[1]!.length;
    const before = text.slice(Math.max(s.start, start - 30), start);
    // A capital right before is a name or demonym ("Bolivian police"), except the sentence's first
    // word; a city's name is its state's organ ("Zadar police" are Croatia's).
    if (start > s.start && ownedBefore(text, s.start, start)) {
      const city = HEAD_FOLLOWS.test(text.slice(end, Math.min(s.end, end + 20))) ? cityBefore(text, s.start, start, ms, states) : null;
      if (city)
        out.push({ article, actor: city.state, start: city.start, end, text: text.slice(city.start, end), sentence: index, kind: "country" });
      continue;
    }
    // "Foreign troops", "rebel soldiers": an organ, but not the article's state's.
    if (NOT_HOME_BEFORE.test(before)) continue;
    const head = organHead(m[1]!);
    // "Police in Bangkok arrested …": an organ that keeps order at home is the place's.
    const place = DOMESTIC_HEADS.has(head) ? placeAfter(text, end, s.end, ms, states) : null;
    const verbAt = place?.end ?? end;
    // "Police said they had arrested …": the organ is the reported clause's subject, at its pronoun.
    const pronoun = speakerPronoun(text, verbAt, s.end, PLURAL_HEAD.test(head));
    if (!pronoun && !HEAD_FOLLOWS.test(text.slice(verbAt, Math.min(s.end, verbAt + 20))) && !isObject(text, s.start, start, m[1]!, triggers)) continue;
    const state = place?.state ?? states.stateOf(head, index) ?? (local ??= localState(text, ms)) ?? (states.dominant && !NOT_HOME_SENTENCE.test(seg) ? states.dominant : null);
    if (!state || ms.some((x) => x.start < end && start < x.end)) continue;
    if (pronoun) out.push({ article, actor: state, start: pronoun.start, end: pronoun.end, text: text.slice(pronoun.start, pronoun.end), sentence: index, kind: "country" });
    else out.push({ article, actor: state, start, end, text: m[1]!, sentence: index, kind: "country" });
  }
  return out;
}

/** Organ heads taken up by "they" rather than "it". */
const PLURAL_HEAD = /(?:s|police)$/u;

/** A preposition an organ is the object of: "fired at police", "arrested by the army", "talks with the government". */
const OBJECT_BEFORE = /\b(?:by|against|with|between|on|at|from)\s+$/iu;
/** "To" only before an article: "to police the border" is a verb. */
const TO_BEFORE = /\bto\s+$/iu;

/**
 * An organ as an act's object or agent rather than its subject: right after a preposition, or
 * right after a trigger ("rebels attacked police"). Its state is then a target, or a passive's source.
 */
function isObject(text: string, from: number, start: number, phrase: string, triggers: readonly { end: number }[]): boolean {
  const before = text.slice(Math.max(from, start - 12), start);
  if (OBJECT_BEFORE.test(before) || (TO_BEFORE.test(before) && /^the\s/iu.test(phrase))) return true;
  return triggers.some((t) => t.end <= start && start - t.end <= 3 && /^\s+$/u.test(text.slice(t.end, start)));
}

/** A sentence about states at large ("governments everywhere", "many armies"): no one state's organ. */
const NOT_HOME_SENTENCE = /\b(?:governments|armies|many\s+countries|other\s+countries|every\s+country|any\s+country|world\s+leaders)\b/iu;

/**
 * The state an article names far more than any other (at least three times, and more than
 * twice the next): with no dateline, place or earlier organ to go by, its unnamed "police"
 * are that state's. An article about two states, or naming one only in passing, has none.
 */
export function dominantState(ms: readonly ResolvedMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of ms) if (m.kind === "country") counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  let best: string | null = null, top = 0, next = 0;
  for (const [actor, n] of counts) {
    if (n > top) (next = top), (top = n), (best = actor);
    else if (n > next) next = n;
  }
  return top >= 3 && top > 2 * next ? best : null;
}

const LOCATIVE_BEFORE = /\b(?:in|inside|across|throughout)\s+(?:the\s+)?$/iu;

/**
 * "… stayed in Freedonia after a court refused …": with no dateline or earlier organ to go by,
 * the one state the sentence sets things in is where its unnamed organs sit. Only a single
 * state, and only one named after a locative preposition (a state named as a party to the act
 * is not where the organ is).
 */
function localState(text: string, ms: ResolvedMention[]): string | null {
  const states = new Set(ms.filter((m) => m.kind === "country").map((m) => m.actor));
  if (states.size !== 1) return null;
  const [state] = states;
  return ms.some((m) => m.actor === state && LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) ? state! : null;
}

/** "…, police said": a security organ, bare, reporting or acting in the sentence. */
const SECURITY_ORGAN = /(?:^|[^\p{L}'’])((?:the\s+)?(?:police|security\s+forces|authorities))\s+(?:said|say|says|reported|added|searched|raided|found|seized|arrested|detained)\b/giu;

/**
 * "X was arrested on Monday, police said": an agentless arrest is the police's who report it or
 * act in the sentence, and so the state they serve. Only one organ, bare (no name, demonym or
 * possessive before it), and only a state the article's organs are known to serve.
 */
export function securityOrganState(text: string, s: Sentence, index: number, states: OrganStates): string | null {
  const seg = text.slice(s.start, s.end);
  const found = new Set<string>();
  for (const m of matchesOf(SECURITY_ORGAN, seg)) {
    const at = s.start + m.index! + m[0].length - m[0].trimStart().length;
    if (at > s.start && OWNED_BEFORE.test(text.slice(Math.max(s.start, at - 30), at))) continue;
    const state = states.stateOf(organHead(m[1]!), index);
    if (state) found.add(state);
  }
  return found.size === 1 ? [...found][0]! : null;
}

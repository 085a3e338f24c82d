import { forcesFrom, forcesFromConjunct } from "./forces-from.js";
import { isNumber, nextWord, type WordSpan } from "../text/scan.js";
import { isSpace } from "../text/space.js";
import { foldedText, isLetter, letterAt, letterBefore } from "./letters.js";
import type { ActorRow, ResolvedMention } from "../types.js";
import { matchesOf } from "../text/matches.js";
import { otherPassiveBefore } from "./passive-noun.js";
import { ORGAN_HEADS } from "./organ-heads.js";
import { counterpartDemonym } from "./counterpart-demonym.js";
import { isAttribution } from "./attribution-target.js";
import { STANCE_ADJECTIVE, afterPlaceNoun } from "./name-premodifiers.js";
import { namesFirm } from "./firm-nationality.js";
import { opensAsClause } from "./thing-clause.js";
import { headlinePair } from "./headline-pair.js";
import { employeesOf, relationOf } from "./relation-of.js";
import { sportSideAfter } from "./sport-side.js";

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const CAPITALISED_BEFORE = /(?:^|[^.!?:;,"“”]\s)\p{Lu}[\p{Ll}]+\s$/u;
const LOWER_AFTER = /^\s+\p{Ll}/u;
const TITLE_WORDS = /^(?:\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*)*\s+$/u;

// Positional helpers over the actor mentions of one sentence: who stands before
// a trigger (subject), after it (object), after a given preposition, and how
// coordinated names ("The U.K. and France") group together.

/** Prepositions after which a name is not a grammatical subject or direct object. */
const PREP = new Set([
  "in", "at", "on", "to", "into", "from", "by", "with", "against", "for", "of", "over", "near", "during", "across",
  "about", "between", "alongside", "after", "before", "toward", "towards", "under", "via", "through", "amid",
  "including", "like", "as", "inside", "outside", "around", "since", "than", "among", "without", "within",
]);
/** Prepositions that exclude a name from being a direct object ("attacked Kyiv from Belarus"). */
const NOT_OBJECT = new Set(["in", "at", "from", "by", "into", "over", "near", "during", "across", "inside", "on", "since", "than", "after", "before", "including", "among", "like", "as", "without", "despite", "unlike"]);
const DETERMINER = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "all", "some"]);

/** The word before `at`, skipping determiners; lower-cased, or "" at the start. */
export function wordBefore(text: string, at: number, floor: number): string {
  // A bounded look-back: the word sought is at most a couple of determiners away. Its tokens are
  // those of /[\p{L}'’-]+|[^\s\p{L}]/gu over the lower-cased look-back, read from the end.
  const low = text.slice(Math.max(floor, at - 40), at).toLowerCase();
  for (let i = low.length; i > 0; ) {
    if (isSpace(low.charCodeAt(i - 1))) {
      i--;
      continue;
    }
    let j = i - unitsBefore(low, i);
    if (inWord(low, j, i)) while (j > 0 && inWord(low, j - unitsBefore(low, j), j)) j -= unitsBefore(low, j);
    const w = low.slice(j, i);
    if (!DETERMINER.has(w) && !STANCE_ADJECTIVE.test(w)) return w;
    i = j;
  }
  return "";
}

/** How many UTF-16 units the code point ending at `i` takes (2 for a surrogate pair). */
function unitsBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return 2;
  }
  return 1;
}

/** Whether the code point at [from, to) is a word's: a letter, an apostrophe or a hyphen. */
function inWord(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (c === 0x27 || c === 0x2019 || c === 0x2d) return true;
  return to - from === 2 ? isLetter(s.codePointAt(from)!) : isLetter(c);
}

/** "BELFAST (AP) _ Police seized …": a name in brackets is an aside (a wire's credit, an alias), never a party. */
const bracketed = (text: string, m: ResolvedMention) => text[m.start - 1] === "(" && text[m.end] === ")";

export function isSubjectLike(text: string, m: ResolvedMention, floor: number, protest = false): boolean {
  if (m.kind === "place" || bracketed(text, m)) return false;
  if (afterPlaceNoun(text, m.start, floor)) return false;
  // "Air France workers": a country name inside a longer proper name is not the state.
  if (m.kind === "country" && m.start > floor && CAPITALISED_BEFORE.test(text.slice(Math.max(floor, m.start - 30), m.start)) && !/\b(?:The|In|On|At|By|For|From|With|And|But|While|As|When|After|Before|Both|Neither|Either|If|Since|Then|Also|Last|Next|This|That|Meanwhile|Now|Earlier|Later)\s$/u.test(text.slice(Math.max(floor, m.start - 12), m.start))) return false;
  // "Acme workers denounced …", "Freedonian exiles protested": the name qualifies a crowd of
  // private people, who are not the body or the state it names.
  // A people's protest is coded as that people's (PLOVER), except by those who left it.
  // "the boy's father demanded …": a relative is someone else, never the one named.
  if (KIN_AFTER.test(text.slice(m.end, m.end + 40))) return false;
  const people = m.kind !== "person" ? PEOPLE_AFTER.exec(text.slice(m.end, m.end + 24)) : null;
  // ("Rovers' fans protested": a body's fans or staff protesting are not the body protesting.)
  if (people && !(protest && m.kind !== "organization" && !DIASPORA.test(people[0]))) return false;
  if (m.kind !== "person" && namesFirm(text, m.end)) return false;
  // "Peru's guerrillas", "Turkey's Kurd rebels", "Norland opposition": those who fight or oppose the state are not the state;
  // nor are its warring factions, nor its partners, allies or neighbours ("<State>'s 14 European partners").
  if (m.kind === "country" && (INSURGENTS_AFTER.test(text.slice(m.end, m.end + 32)) || FACTIONS_AFTER.test(text.slice(m.end, m.end + 48)))) return false;
  // "<State>'s national team", "<State>'s coach": a side in a game is not the state.
  if (sportSideAfter(text, m)) return false;
  const w = wordBefore(text, m.start, floor);
  // "the bombings at embassies in Kenya and Tanzania have killed": a conjunct shares its preposition.
  // "a committee monitoring the truce between Norland and Estovia will meet": both parties sit in the phrase.
  if ((w === "and" || w === "or") && forcesFromConjunct(text, floor, m.start)) return true;
  if ((w === "and" || w === "or") && (locativeConjunct(text, m, floor) || BETWEEN_CONJUNCT.test(text.slice(Math.max(floor, m.start - 80), m.start)))) return false;
  // "a critic of (President) X accused …", "supporters of X attacked": people defined by their
  // relation to X are not X. (Checked first: a title hides the "of" from `w`.)
  if (relationOf(text, m, floor) || employeesOf(text, m, floor)) return false;
  // "thousands of Belarusian troops": a name used as a modifier heads the subject despite "of".
  if (w === "of" && LOWER_AFTER.test(text.slice(m.end, m.end + 3))) return true;
  if (w === "from" && forcesFrom(text, floor, m.start)) return true;
  // "… even after a court refused": a clause opening on a conjunction that is also a preposition
  // has its subject right after it (clauses.ts cuts before these words); a possessive there is a noun's.
  // "A statement by the ministry condemned …": the body issuing the subject's statement is its agent.
  if (w === "by" && STATEMENT_BY.test(text.slice(floor, m.start))) return true;
  if (SUBORDINATOR.has(w) && SUBORDINATE_OPENING.test(text.slice(floor, m.start)) && !/^['’]s?\s/u.test(text.slice(m.end, m.end + 3))) return true;
  return !PREP.has(w) || (w === "as" && opensAsClause(text, m));
}

const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
const PREP_CONJUNCT = new RegExp(`\\b(?:in|at|to|from|into|near|across)\\s+(?:the\\s+)?${NAME}(?:\\s*,\\s*${NAME})*,?\\s+(?:and|or)\\s+$`, "u");

const BETWEEN_CONJUNCT = new RegExp(`\\b(?:between|among|amongst)\\s+(?:the\\s+)?${NAME}(?:\\s+\\p{Ll}+)?\\s+(?:and|or)\\s+$`, "u");

const locativeConjunct = (text: string, m: ResolvedMention, floor = 0) => PREP_CONJUNCT.test(text.slice(Math.max(floor, m.start - 80), m.start));

/** "the bombings at embassies in Kenya and Tanzania, which …": a state named as a place, or a conjunct of one. */
export const locativeName = (text: string, m: ResolvedMention) => /\b(?:in|at|to|from|into|inside|near|across)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, m.start - 12), m.start)) || locativeConjunct(text, m);

/** Plural nouns for private people: a name before one qualifies them ("the firm's workers", "exiles"). */
export const PEOPLE_AFTER =
  /^(?:['’]s?)?\s+(?:workers|employees|staff|staffers|fans|supporters|customers|clients|passengers|shareholders|investors|residents|villagers|students|pupils|farmers|fishermen|drivers|families|relatives|exiles|emigres|émigrés|expatriates|immigrants|migrants|tourists|travellers|travelers|women|men|children|youths|people|citizens|nationals|voters|consumers|traders|dealers)\b/iu;

const INSURGENTS_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+)?(?:rebels?|guerrillas?|insurgents?|separatists?|militants?|opposition|dissidents?)\b/iu;
/** "<State>'s warring factions", "<State>'s 14 European partners": counted or named modifiers only, so "police have detained …" is no modifier run. */
const FACTIONS_AFTER = /^(?:['’]s)?\s+(?:(?:\p{N}[\p{N},]*|\p{Lu}[\p{L}-]*|warring|rival|main|armed|various|former|other|several|two|three|four|five|six)\s+){0,3}(?:factions?|militias?|militiamen|warlords?|partners|allies|neighbou?rs|rivals|foes|enemies)\b/u;

/** A possessive naming a relative ("Ann Ode's father", "her two grandmothers", "his Miami cousins"). */
const KIN_AFTER =
  /^['’]s?\s+(?:[\p{L}\d-]+\s+){0,2}?(?:father|mother|parents?|sons?|daughters?|wife|husband|widow|widower|brothers?|sisters?|family|relatives|grand(?:mother|father|parent|son|daughter)s?|uncles?|aunts?|great-uncles?|great-aunts?|cousins?|step(?:mother|father|son|daughter)s?|half-brothers?|half-sisters?|children|child|nephews?|nieces?|fianc[ée]e?|girlfriend|boyfriend)\b/iu;

const DIASPORA = /\b(?:exiles|emigres|émigrés|expatriates|immigrants|migrants)\b/iu;

const STATEMENT_BY =
  /^\s*(?:(?:an?|the|its|their|his|her)\s+)?(?:\p{Ll}+\s+)?(?:statement|communique|communiqué|declaration|note|letter|message|resolution)\s+(?:(?:issued|released|signed)\s+)?by\s+(?:the\s+)?$/iu;

const SUBORDINATOR = new Set(["after", "before", "since", "until"]);
const SUBORDINATE_OPENING = /^\s*(?:after|before|since|until)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,3}$/iu;

export function isObjectLike(text: string, m: ResolvedMention, floor: number): boolean {
  return m.kind !== "place" && !bracketed(text, m) && !NOT_OBJECT.has(wordBefore(text, m.start, floor));
}

/** Inside a word: an apostrophe or hyphen, or a decimal point or thousands comma before a digit ("3.5", "1,200"). */
const joinsWord = (c: number, next: number) => c === 0x27 || c === 0x2019 || c === 0x2d || ((c === 0x2e || c === 0x2c) && isNumber(next));
const span: WordSpan = { start: 0, end: 0 };

/** Number of words in `text[from, to)`. */
export function wordCount(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  const slice = text.slice(from, to);
  let n = 0;
  for (let pos = 0; nextWord(slice, pos, joinsWord, span); pos = span.end) n++;
  return n;
}

/**
 * "A and B", "A, B and C"; B may carry a title ("and Norlandic Chancellor Anna Vell"), also one in
 * lower case, with one modifier and a hyphened compound ("and Kurdish leader X", "and navy chief-of-staff Y").
 * A may be a state's organ named by its possessive ("Norland's army and the rebels") or by the state's
 * name or adjective before it ("between Norland police and Estovian rebels"); B may be a people
 * named as "ethnic" ("and ethnic Estovians"). A title may be a compound ("and militia commander-in-chief Y").
 */
const COORD = new RegExp(String.raw`^(?:['’]s(?:\s+(?:${ORGAN_HEADS.join("|")}))?|\s+(?:${ORGAN_HEADS.join("|")}))?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*)(?:the\s+)?(?:ethnic\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:(?:\p{Ll}+\s+)?(?:leader|chief|commander|chairman|head|president|minister|envoy|spokesman|spokeswoman)(?:-(?:of|in)-\p{Ll}+|\s+of\s+staff)?\s+)?$`, "u");
/** "his Slovenian counterpart, X": a person named in apposition to a counterpart noun, one party of a pair. */
const COUNTERPART_APPOSITION = /\b(?:his|her|its|their)\s+(?:[\p{L}.'’-]+\s+){0,2}(?:counterparts?|opposite\s+numbers?),\s+$/iu;
/** "X and his Slovenian counterpart, Y", "X and his Chinese counterpart Y": that pair coordinated. */
const COORD_COUNTERPART = /^(?:['’]s)?\s+and\s+(?:his|her|its|their)\s+(?:[\p{L}.'’-]+\s+){0,2}(?:counterparts?|opposite\s+numbers?),?\s+$/iu;
/** Titles between a country and a person: "Japanese Foreign Minister Takeshi Iwaya", "Ukraine's President". */
/** "his Ukrainian counterpart, Andrii Sybiha": a common noun in apposition to the person. */
const APPOSITION = /^(?:['’]s)?(?:\s+[\p{Ll}][\p{L}-]*){1,3},\s+$/u;
// "U.S. Assistant Secretary for Near East Affairs X": a title's own "for"/"of" joins capitalised words.
// A lower-case rank may open the title: "Norlandic deputy Foreign Minister X", "former Prime Minister X".
const TITLE_GAP = /^(?:['’]s)?(?:\s+(?:deputy|vice|acting|former|outgoing|incoming|interim|senior|assistant|first))?(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}(?:\s+(?:for|of)(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3})?\s+$/u;

/** The coordinated group ending at `ms[i]`: "The U.K. and France" → [U.K., France]. */
export function coordinatedBefore(text: string, ms: ResolvedMention[], i: number, floor = 0): ResolvedMention[] {
  const group = [ms[i]!];
  let j = titleStart(text, ms, i);
  // A comma alone joins a list only left of its "and" ("A, B and C"); the comma closing a
  // fronted clause ("… of Elian Gonzalez, the Cuban government urged") joins nothing.
  let sawAnd = false;
  const joins = (k: number) => {
    const gap = text.slice(ms[k]!.end, ms[k + 1]!.start);
    if (ms[k]!.kind === "place" || ms[k]!.start < floor) return false;
    if (COORD_COUNTERPART.test(gap)) return (sawAnd = true);
    if (headlinePair(text, ms[k]!, ms[k + 1]!)) return true;
    if (!COORD.test(gap)) return false;
    if (/\band\b|&/.test(gap)) return (sawAnd = true);
    return sawAnd;
  };
  while (j > 0 && joins(j - 1)) {
    const k = j - 1;
    j = titleStart(text, ms, k);
    group.unshift(ms[k]!);
  }
  return group;
}

/** Index of the country that titles a person ("Norlandic Chancellor Anna Vell" → Norlandic), else `i`. */
function titleStart(text: string, ms: ResolvedMention[], i: number): number {
  const m = ms[i]!, p = ms[i - 1];
  return m.kind === "person" && p && p.kind === "country" && p.end <= m.start && TITLE_GAP.test(text.slice(p.end, m.start)) ? i - 1 : i;
}

/** The coordinated group starting at `ms[i]`: "between North Korea and Russia" → [North Korea, Russia]. */
export function coordinatedAfter(text: string, ms: ResolvedMention[], i: number): ResolvedMention[] {
  const group = [ms[i]!];
  let j = i;
  // "between X and PUK leader Y": a body or state titling the next party gives way to the person.
  const joined = (gap: string) => COORD.test(gap) || COORD_COUNTERPART.test(gap);
  for (;;) {
    // "X and his Estovian counterpart Y": the demonym the counterpart noun carries is no party of its own.
    const k = counterpartDemonym(text, ms, j) ? j + 2 : j + 1;
    if (k >= ms.length || ms[k]!.kind === "place" || (k === j + 1 && !joined(text.slice(ms[j]!.end, ms[k]!.start)))) break;
    // "talks between X and Y, the Z news agency reported": the sentence's credit closes the list.
    if (isAttribution(text, ms[k]!)) break;
    group.push(ms[(j = preferPerson(text, ms, k))]!);
  }
  return group;
}

/** Prefers the person a country name introduces ("U.S. President Donald Trump" → Trump). */
export function preferPerson(text: string, ms: ResolvedMention[], i: number): number {
  const m = ms[i]!;
  if (m.kind === "person") return i;
  const n = ms[i + 1];
  if (n && n.kind === "person" && n.start >= m.end && (TITLE_GAP.test(text.slice(m.end, n.start)) || APPOSITION.test(text.slice(m.end, n.start)) || OFFICE_GAP.test(text.slice(m.end, n.start)))) return i + 1;
  return i;
}

/** "PUK leader Jalal Talabani", "party chief X", "deputy prime minister X": a lower-case office between a body and its holder. */
const OFFICE_GAP = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:leader|chief|president|head|chairman|spokesman|spokeswoman|commander|minister|secretary|envoy|ambassador)\s+$/u;

const PREP_RE = new Map<string, RegExp>();

/** First mention after a preposition in [from, to): "talks with X", "sanctions against X". */
export function afterPrep(text: string, ms: ResolvedMention[], prep: string, from: number, to: number, maxWords = 8, reach = Infinity): number {
  const folded = /^[a-z]+$/.test(prep) ? foldedText(text) : null;
  if (folded) {
    // The same occurrences the regex below finds, by indexOf over the folded text.
    for (let at = folded.indexOf(prep, from); at >= 0 && at + prep.length <= to; at = folded.indexOf(prep, at + 1)) {
      if (letterBefore(text, at, from) || letterAt(text, at + prep.length, to)) continue;
      const r = mentionAfter(text, ms, from, at, at + prep.length, to, maxWords, reach);
      if (r !== undefined) return r;
    }
    return -1;
  }
  let re = PREP_RE.get(prep);
  if (!re) PREP_RE.set(prep, (re = new RegExp(`(?<![\\p{L}])${prep}(?![\\p{L}])`, "giu")));
  const slice = text.slice(from, to);
  for (const p of matchesOf(re, slice)) {
    const r = mentionAfter(text, ms, from, from + p.index!, from + p.index! + p[0].length, to, maxWords, reach);
    if (r !== undefined) return r;
  }
  return -1;
}

/** The answer for the preposition at [start, at): a mention's index, -1 to give up, undefined to try the next one. */
function mentionAfter(text: string, ms: ResolvedMention[], from: number, start: number, at: number, to: number, maxWords: number, reach: number): number | undefined {
  if (reach !== Infinity && wordCount(text, from, start) > reach) return -1;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.start < at || m.end > to) continue;
    if (wordCount(text, at, m.start) > maxWords) break;
    return i;
  }
  return undefined;
}

/** Index of the country actor for each ISO code, to turn a visited city into its host state. */
export function countryIndex(actors: Map<string, ActorRow>): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of actors.values()) if (a.kind === "country" && a.country && !out.has(a.country)) out.set(a.country, a.id);
  return out;
}

/** "X and his counterpart, Y, met": the closing comma of Y's apposition stands before the verb. */
export const counterpartSubject = (text: string, m: ResolvedMention, verbAt: number) =>
  /^\s*,\s*$/u.test(text.slice(m.end, verbAt)) && COUNTERPART_APPOSITION.test(text.slice(Math.max(0, m.start - 60), m.start));

/** "a visit to Ukraine by Taiwanese Vice President X": "by", after the noun's own phrase, then only a title before the name. */
export function titledByAgent(text: string, ms: ResolvedMention[], headEnd: number, end: number): number {
  const i = afterPrep(text, ms, "by", headEnd, end, 4, 4);
  const m = ms[i];
  if (!m || m.kind === "place") return -1;
  const by = text.lastIndexOf(" by ", m.start);
  return by >= headEnd && TITLE_WORDS.test(text.slice(by + 3, m.start)) && !otherPassiveBefore(text, headEnd, by + 1) ? i : -1;
}

/** A place, or a state named as where something is ("his work in Angola visiting …"): no participle's agent. */
/** "sent a letter to Attorney General X asking …": a name after "to"/"with" (and its title) is the verb's recipient, not a participle's agent. */
const RECIPIENT_BEFORE = /\b(?:to|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
export const recipientName = (text: string, m: ResolvedMention) => RECIPIENT_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));

export function usedAsPlace(text: string, m: ResolvedMention): boolean {
  if (m.kind === "place") return true;
  // Only right before the participle: a fronted setting ("In Havana, the government …, warning") is left to the subject reading.
  return m.kind === "country" && /^\s+\p{Ll}+ing\b/u.test(text.slice(m.end, m.end + 30)) && /\b(?:in|at|to|from|into|inside|across|near|throughout)\s+$/iu.test(text.slice(Math.max(0, m.start - 12), m.start));
}

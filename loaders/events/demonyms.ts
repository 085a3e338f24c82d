import { coordinatedDemonym } from "./coordinated-demonyms.js";
import { gazetteerWithoutCities } from "../actors/gazetteer.js";
import type { ResolvedMention, Sentence } from "../types.js";
import { isSpace } from "../text/space.js";
import { isLetter } from "./letters.js";
import { matchesOf } from "../text/matches.js";
import { readsAsAscii } from "../text/ascii.js";

// "Bolivian police arrested …", "the Peruvian embassy lodged a protest": a state acting
// through its organs, named by its demonym. The actors stage does not always make a
// mention of the demonym, so the events stage reads it here, from the actors'
// gazetteer, and only when the state is already an actor of the tables.

/** Heads of a noun phrase that is a state's organ: the demonym before them names who acts. */
const ORGANS = "counterparts?|governments?|police|forces|troops|army|military|navy|embassy|officials?|authorities|ministry|diplomats?|envoys?|ambassadors?|regime|leaders|leadership|presidents?|parliament|soldiers|warplanes|jets|artillery|tanks|gunboats|warships|helicopters|bombers|courts?|delegation|negotiators|mediators?|coast\\s+guards?|border\\s+guards?|air\\s+defen[cs]es|prime\\s+ministers?|foreign\\s+ministers?|spokesman|spokeswoman";

let isoOf: Map<string, string> | null = null;
/**
 * Demonym → ISO alpha-3, from the actors' gazetteer, which lets a sovereign state
 * have a demonym it shares with territories ("American", "French", "Dutch").
 */
function demonymTable(): Map<string, string> {
  if (isoOf) return isoOf;
  isoOf = new Map<string, string>();
  for (const [surface, entries] of gazetteerWithoutCities().exact) {
    const iso3 = entries.find((e) => e.kind === "demonym")?.iso3;
    if (iso3 && /^\p{Lu}[\p{L} -]+$/u.test(surface)) isoOf.set(surface, iso3);
  }
  return isoOf;
}

/** The ISO alpha-3 code of the state a demonym names ("Armenian" → ARM), or undefined. */
export const demonymIso = (surface: string): string | undefined => demonymTable().get(surface);

// The words are ASCII: without the u flag the scan is several times cheaper, and the flag only
// changes what folds onto an ASCII letter ("ſ", the Kelvin sign), so an article holding either keeps it (text/ascii.ts).
const ORGAN_RE = new RegExp(`\\b(?:${ORGANS})\\b`, "gi");
const ORGAN_RE_U = new RegExp(ORGAN_RE.source, "giu");
/**
 * A people demonstrating: PLOVER codes a protest by a country's civilians ("Freedonian students
 * marched") as that country's. Not its exiles, émigrés or refugees, who protest against it.
 */
const CROWDS = "women|students|workers|citizens|people|protesters|demonstrators|farmers|villagers|residents|mothers|youths|pensioners|teachers";
const CROWD_RE = new RegExp(`\\b(?:${CROWDS})\\b`, "gi");
const CROWD_RE_U = new RegExp(CROWD_RE.source, "giu");
/** The protest itself, named with the people's demonym right before it (one modifier at most): "a Palestinian general strike". */
const PROTESTS = "strikes?|protests?|demonstrations?|rall(?:y|ies)|marches";
// A lookbehind that opens a pattern is tried at every position; the lookahead before it lets
// only the places where a protest word begins pay for it (the same matches).
const PROTEST_RE = new RegExp(`(?=(?:${PROTESTS})\\b)(?<=\\p{Lu}[\\p{L}-]*\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?)(?:${PROTESTS})\\b`, "gu");
const WORD_BACK = /([\p{Lu}][\p{L}-]*)(?:\s+([\p{Lu}][\p{L}-]*))?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const NAME_FOLLOWS = /^s?,?\s+\p{Lu}/u;
const NEXT_LOWER_WORD = /^\s+(\p{Ll}[\p{L}-]*)/u;

/**
 * Country mentions for demonyms heading a state organ in the sentence, where no mention stands yet.
 * Found from the organ word backwards (organs are rare; a regex of every demonym run over each
 * sentence would cost more than the rest of the stage).
 */
export function demonymMentions(text: string, s: Sentence, article: string, index: number, ms: ResolvedMention[], countryOfIso: Map<string, string>, crowds = false): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const seg = text.slice(s.start, s.end);
  const folds = !readsAsAscii(text);
  const organ = folds ? ORGAN_RE_U : ORGAN_RE;
  const heads = crowds ? [...matchesOf(organ, seg), ...matchesOf(folds ? CROWD_RE_U : CROWD_RE, seg), ...matchesOf(PROTEST_RE, seg)] : matchesOf(organ, seg);
  for (const o of heads) {
    // "his Peruvian counterpart, Ana Lopez": the name that follows is the one met, not the state.
    if (/^counterpart/iu.test(o[0]) && NAME_FOLLOWS.test(seg.slice(o.index! + o[0].length, o.index! + o[0].length + 4))) continue;
    const back = WORD_BACK.exec(seg.slice(wordBackFrom(seg, Math.max(0, o.index! - 60), o.index!), o.index!));
    if (!back) continue;
    const table = demonymTable();
    // "North Korean troops": the two-word demonym first, then the single word nearest the organ.
    const two = back[2] ? `${back[1]} ${back[2]}` : null;
    const demonym = two && table.has(two) ? two : table.has(back[2] ?? back[1]!) ? (back[2] ?? back[1]!) : null;
    if (!demonym) continue;
    const actor = countryOfIso.get(table.get(demonym)!);
    const rel = seg.lastIndexOf(demonym, o.index!);
    const start = s.start + rel, end = start + demonym.length;
    if (!actor || rel < 0 || ms.some((x) => x.start < end && start < x.end) || out.some((x) => x.start === start)) continue;
    out.push({ article, actor, start, end, text: demonym, sentence: index, kind: "country" });
    const first = coordinatedDemonym(seg, rel, table), firstActor = first && countryOfIso.get(table.get(first.text)!);
    if (first && firstActor && firstActor !== actor && !ms.some((x) => x.start === s.start + first.rel)) out.push({ article, actor: firstActor, start: s.start + first.rel, end: s.start + first.rel + first.text.length, text: first.text, sentence: index, kind: "country" });
  }
  return out;
}

/**
 * Where in `seg[from, to)` a match of WORD_BACK can begin: it holds letters, hyphens and blanks
 * only, and spans the tail of one run of letters and hyphens and at most three whole runs after
 * it (two names, two lower-case words). Found from the end, so the regex, which tries every
 * position, is run on those few words: no position before them can begin a match.
 */
function wordBackFrom(seg: string, from: number, to: number): number {
  let i = to;
  for (let runs = 0; i > from && runs < 4; ) {
    if (isSpace(seg.charCodeAt(i - 1))) {
      i--;
      continue;
    }
    if (!wordUnitsBefore(seg, i, from)) break;
    for (let n; (n = wordUnitsBefore(seg, i, from)); ) i -= n;
    runs++;
  }
  return i;
}

/** The length in UTF-16 units of the letter or hyphen ending at `i` (not reaching before `floor`), or 0. */
function wordUnitsBefore(s: string, i: number, floor: number): number {
  if (i <= floor) return 0;
  const c = s.charCodeAt(i - 1);
  if (c === 0x2d) return 1;
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= floor) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isLetter((h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isLetter(c) ? 1 : 0;
}

const PLURAL_OBJECT = /^\s+(?:the\s+)?(\p{Lu}[\p{L}-]*?)s\b/u;

/**
 * The state whose people a verb's direct object names by plural demonym ("urged Israelis and
 * Palestinians to …" is addressed to Israel), when that state is an actor of the tables. Only the
 * object slot right after the verb: a plural demonym elsewhere is as often sport or a crowd.
 */
export function pluralDemonymObject(text: string, from: number, countryOfIso: Map<string, string>): { actor: string; start: number } | null {
  const m = PLURAL_OBJECT.exec(text.slice(from, from + 40));
  if (!m) return null;
  const iso = demonymTable().get(m[1]!);
  const actor = iso ? countryOfIso.get(iso) : undefined;
  return actor ? { actor, start: from + m.index + m[0].length - m[1]!.length - 1 } : null;
}

/**
 * "a Chilean tourist": a demonym after "a" and before a noun for a private person names one
 * person of that nationality, not the state, so it is no verb's object ("a Russian jet" is the state's).
 */
export function isNationalityAdjective(text: string, m: ResolvedMention): boolean {
  if (m.kind !== "country" || !demonymTable().has(text.slice(m.start, m.end))) return false;
  // One individual only ("a Chilean tourist"); "Chilean positions", "12 Chilean drones" are the state's.
  if (!COUNTING.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  const next = NEXT_LOWER_WORD.exec(text.slice(m.end, m.end + 30));
  return !!next && PERSON_NOUN.test(next[1]!);
}

/** A noun for private persons, singular or plural ("tourist", "fishermen"): their nationality is no state acting or acted on. */
export function isPrivatePersonNoun(word: string): boolean {
  return PERSON_NOUN.test(word) || PERSON_NOUN.test(word.replace(/men$/iu, "man")) || PERSON_NOUN.test(word.replace(/(?:e?s)$/iu, "")) || PERSON_NOUN.test(word.replace(/ies$/iu, "y"));
}

const COUNTING = /(?:^|\s)(?:a|an)\s+$/iu;
/** Common nouns for a private person: a demonym before one is a nationality, not a state acting or acted on. */
const PERSON_NOUN =
  /^(?:man|woman|men|women|boy|girl|child|teenager|youth|farmer|fisherman|tourist|national|citizen|resident|worker|labourer|laborer|journalist|reporter|photographer|student|businessman|businesswoman|engineer|doctor|nurse|teacher|priest|monk|nun|missionary|volunteer|traveller|traveler|trader|smuggler|trafficker|driver|mother|father|immigrant|migrant|refugee|dissident|activist|writer|scholar|academic|researcher|hostage|prisoner|hiker|climber|pilgrim|couple|family|civilian|expatriate)$/iu;

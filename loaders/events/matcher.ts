import { guessPos } from "../actors/lextokens.js";
import type { WordSpan } from "../text/scan.js";
import { ownPreposition, type LexiconEntry, type LexiconRegistry } from "./lexicon.js";
import { lowerCased } from "./letters.js";
import { afterDemonym } from "./demonym-context.js";
import { headsPassive } from "./passive-noun.js";
import { nextWord } from "./word-scan.js";
import { infinitiveTo } from "./particle-to.js";

// One alternation regex over every inflected pattern, compiled once per lexicon:
// a single scan per sentence is far cheaper than a tagger, and keeps exact offsets.

/** A trigger found in the text. */
export interface TriggerMatch {
  entry: LexiconEntry;
  start: number;
  end: number;
  /** Where object search starts: after the head word of a gapped pattern, else after the match. */
  headEnd: number;
  /** The matched head form, lower-cased ("shot", "meeting"). */
  head: string;
  /** A verb-only pattern used as a noun ("in its fight against"): a background reference, not an act. */
  nominal: boolean;
  /** The noun row of the same form, when the match was read as a verb ("fighting"): what a gerund is read as. */
  noun?: LexiconEntry;
}

/** Words a gap ("...") in a pattern may skip. */
const GAP_WORDS = 8;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (forms: string[]) => [...new Set(forms)].sort((a, b) => b.length - a.length).map(esc).join("|");

/**
 * A manner adverb between a verb and its particle ("appealed personally to", "called publicly on"):
 * the particle still belongs to the verb. A closed list, so no other word splits a phrasal verb.
 */
const MANNER = "(?:(?:directly|formally|publicly|openly|repeatedly|personally|jointly|strongly|firmly|sharply|officially|separately|privately|secretly|urgently|again|anew|also)\\s+)?";

function entrySource(e: LexiconEntry): string {
  const tokens = e.pattern.split(" ");
  const headAt = e.pos === "verb" ? 0 : tokens.length - 1;
  let out = "";
  let gap = false;
  tokens.forEach((t, i) => {
    if (t === "...") {
      gap = true;
      return;
    }
    const body = i === headAt ? `(${alt(e.heads)})` : `(?:${alt(t.split("|"))})`;
    // A gap's words may be abbreviations ("expelled a U.S. diplomat"), never a sentence's end.
    if (out) out += gap ? `(?:\\s+(?:(?:\\p{L}\\.){2,}|[^\\s;:.!?]*[^\\s;:.!?,])){0,${GAP_WORDS}}?\\s+` : i === 1 && e.pos === "verb" ? `[\\s-]+${MANNER}` : "[\\s-]+";
    out += body;
    gap = false;
  });
  return out;
}

export interface CompiledLexicon {
  /** The entry owning each alternative, in alternation order. */
  entries: LexiconEntry[];
  /** Noun entries by head form, to re-read a verb form used as a noun ("strong support"). */
  nounByForm: Map<string, LexiconEntry>;
  verbByForm: Map<string, LexiconEntry>;
  /** Lower-cased words that can begin a pattern. */
  firstWords: Set<string>;
  /**
   * Per first word, a sticky regex over only the patterns that can begin with it, and
   * their entries in group order: one alternation of every pattern made each attempt
   * try them all, and was most of the stage's time.
   */
  byFirst: Map<string, FirstWordGroup>;
  /**
   * The first words by `startKey` (those whose first two codes are ASCII), with their groups:
   * a word of the text is found by its key and compared in place, not sliced out and hashed.
   */
  byKey: { word: string; group: FirstWordGroup }[][];
  /** Per `startKey`, 1 + the index of its bucket in `byKey`, or 0: a typed array read, not a hash lookup. */
  keyIndex: Uint16Array;
}

/** A word's first two UTF-16 codes and length, when both codes are ASCII; else -1. */
function startKey(s: string, start: number, end: number): number {
  const c0 = s.charCodeAt(start), c1 = end - start > 1 ? s.charCodeAt(start + 1) : 0;
  return c0 < 0x80 && c1 < 0x80 ? (((c0 << 7) | c1) << 5) | Math.min(end - start, 31) : -1;
}

/** The patterns that can begin with one word; `regexI` is made on first use (few texts need it). */
export interface FirstWordGroup {
  /** Made on first use: most groups never need it, and a Unicode regex costs to make. */
  regex?: RegExp;
  regexI?: RegExp;
  source: string;
  entries: LexiconEntry[];
  /**
   * One-word patterns only, none reaching past the word: what the regex matches at the word
   * depends on the word alone, so it is worked out once (`wordMatch`) and no regex is run or compiled.
   */
  wordOnly: boolean;
  fixed?: FixedMatch | null;
}

/** The regex's answer at a word of a `wordOnly` group: which entry's capture group, and the head it matched. */
export interface FixedMatch {
  k: number;
  head: string;
}

const compiled = new WeakMap<LexiconRegistry, CompiledLexicon>();

export function compile(registry: LexiconRegistry): CompiledLexicon {
  const hit = compiled.get(registry);
  if (hit) return hit;
  // Longer patterns first, so "phone call" beats "call" and "warn ... war" beats "warn".
  const entries = registry.entries.slice().sort((a, b) => {
    const ta = a.pattern.split(" ").length, tb = b.pattern.split(" ").length;
    if (ta !== tb) return tb - ta;
    return Math.max(...b.heads.map((h) => h.length)) - Math.max(...a.heads.map((h) => h.length));
  });
  const firstWords = new Set<string>();
  const groups = new Map<string, LexiconEntry[]>();
  for (const e of entries) {
    const first = e.pattern.split(" ")[0]!;
    for (const w of new Set(e.pos === "verb" || !e.pattern.includes(" ") ? e.heads : first.split("|"))) {
      firstWords.add(w);
      let g = groups.get(w);
      if (!g) groups.set(w, (g = []));
      g.push(e);
    }
  }
  // Sticky, tried only at word starts (see findTriggers); the "i" twin is for text whose
  // lower-casing changes its length (case-insensitive Unicode matching is several times slower).
  const byFirst = new Map<string, FirstWordGroup>();
  for (const [w, es] of groups) {
    const source = `(?<![\\p{L}\\p{N}])(?:${es.map(entrySource).join("|")})(?![\\p{L}\\p{N}])`;
    // A longer head can match at the word only where it goes on past it with no letter or digit.
    const wordOnly = es.every((e) => !e.pattern.includes(" ") && e.heads.every((h) => h.length <= w.length || !h.startsWith(w) || LETTER_OR_DIGIT.test(h.slice(w.length))));
    byFirst.set(w, { source, entries: es, wordOnly });
  }
  const nounByForm = new Map<string, LexiconEntry>();
  for (const e of entries) if (e.pos === "noun" && !e.pattern.includes(" ")) for (const h of e.heads) nounByForm.set(h, e);
  const verbByForm = new Map<string, LexiconEntry>();
  for (const e of entries) if (e.pos === "verb" && !e.pattern.includes(" ")) for (const h of e.heads) verbByForm.set(h, e);
  const byKey: { word: string; group: FirstWordGroup }[][] = [];
  const keyIndex = new Uint16Array(1 << 19);
  for (const [w, group] of byFirst) {
    const key = startKey(w, 0, w.length);
    if (key < 0) continue;
    if (!keyIndex[key]) keyIndex[key] = byKey.push([]);
    byKey[keyIndex[key]! - 1]!.push({ word: w, group });
  }
  const out = { entries, nounByForm, verbByForm, firstWords, byFirst, byKey, keyIndex };
  compiled.set(registry, out);
  return out;
}

/**
 * The alternation of a `wordOnly` group tried at a word, as the regex tries it: entries in order,
 * each one's heads longest first; a head matches where the word starts with it and no letter or
 * digit follows. Nothing precedes a word in a letter or digit (the word scan ends words there).
 */
export function wordMatch(group: FirstWordGroup, word: string): FixedMatch | null {
  for (let k = 0; k < group.entries.length; k++)
    for (const h of byLength(group.entries[k]!.heads))
      if (word.startsWith(h) && h.length > 0 && !LETTER_OR_DIGIT.test(word.slice(h.length))) return { k: k + 1, head: h };
  return null;
}

/** Heads in the regex's order (entrySource's `alt`): distinct, longest first, ties in given order. */
const byLength = (forms: string[]) => [...new Set(forms)].sort((a, b) => b.length - a.length);

/** Words before a form that make it a noun, not a verb ("their support", "Japan's support", "an urgent appeal"). */
const NOUN_CONTEXT = /(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|of|for)(?:\s+[“"]?([\p{Ll}-]+))?|['’]s(?:\s+[“"]?([\p{Ll}-]+))?|[“"]|\b(?:further|fresh|new|more|additional|tougher|harsher|wider|punitive|targeted|sweeping|economic|financial|repeated|several|many|renewed|deadly|violent|mass|massive|nationwide|widespread|large|huge|peaceful|angry|bloody|fierce|sporadic|(?:anti|pro)-\p{Ll}+)|\b[Tt]here\s+(?:is|are|was|were|(?:has|have|had)\s+been))\s*$/u;
// (The last groups: modifiers that only stand before nouns, "further sanctions", "deadly protests";
// an existential "there were protests".)

/** A determiner, then names or a date's numbers, then at most one common noun: "the Varna market ", "the May 3 ". */
const NAMED_NOUN_CONTEXT = /\b[Tt]he\s+(?:(?:\p{Lu}[\p{L}.'’-]*|\p{N}+[.,]?)\s+){1,3}(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|also|not|now|still|already|again|then)\s)\p{Ll}+\s+)?$/u;

/** The first word the word at `w` of the lower-cased `s` is, with its group, if it is one. */
function firstWordAt(lex: CompiledLexicon, s: string, w: WordSpan): { word: string; group: FirstWordGroup } | undefined {
  const key = startKey(s, w.start, w.end);
  if (key < 0) {
    const word = s.slice(w.start, w.end);
    const group = lex.byFirst.get(word);
    return group && { word, group };
  }
  const k = lex.keyIndex[key]!;
  if (!k) return undefined;
  const bucket = lex.byKey[k - 1]!;
  for (let i = 0; i < bucket.length; i++) {
    const b = bucket[i]!;
    if (b.word.length === w.end - w.start && s.startsWith(b.word, w.start)) return b;
  }
  return undefined;
}

/** Where the patterns of a first word matched: the entry's capture group (from 1), its head, the whole match and its offset. */
interface PatternHit {
  k: number;
  head: string | undefined;
  matched: string;
  at: number;
}

/** Every trigger in `text[from, to)`, left to right, non-overlapping. */
export function findTriggers(lex: CompiledLexicon, text: string, from: number, to: number): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const raw = text.slice(from, to);
  const lower = from === 0 && to === text.length ? lowerCased(text) : raw.toLowerCase();
  // Offsets must stay those of the text: match the lower-cased copy only when it keeps every offset.
  const same = lower.length === raw.length;
  const slice = same ? lower : raw;
  // Walk the words and try the patterns only where one can start: most words cannot,
  // and a sticky match there is much cheaper than letting a regex scan every position.
  const w: WordSpan = { start: 0, end: 0 };
  // One record for every word's match, filled in place: no object made per word.
  const hit: PatternHit = { k: 1, head: undefined, matched: "", at: 0 };
  for (let pos = 0; nextWord(slice, pos, w); ) {
    pos = w.end;
    // Most words begin no pattern: they are turned away here, with no call made.
    let word: string, group: FirstWordGroup | undefined;
    if (same) {
      const first = firstWordAt(lex, slice, w);
      if (!first) continue;
      ({ word, group } = first);
    } else {
      word = slice.slice(w.start, w.end);
      group = lex.byFirst.get(word.toLowerCase());
      if (!group) continue;
    }
    if (!matchAtWord(group, word, slice, same, w, hit)) continue;
    pos = hit.at + hit.matched.length;
    const entry = group.entries[hit.k - 1];
    if (!entry || hit.head === undefined) continue;
    const found = readMatch(lex, text, from + hit.at, entry, hit.head, hit.matched);
    // "the proposed talks", "the imposed sanctions": a gapped verb's participle inside a noun phrase
    // modifies the noun after it, which is read as a trigger of its own.
    if (found.nominal && entry.pattern.includes("...")) {
      pos = found.headEnd - from;
      continue;
    }
    out.push(found);
  }
  return out;
}

/** Whether one of the group's patterns matches at the word `w` of `slice` (the match written to `hit`). */
function matchAtWord(group: FirstWordGroup, word: string, slice: string, same: boolean, w: WordSpan, hit: PatternHit): boolean {
  if (same && group.wordOnly) {
    const fixed = group.fixed === undefined ? (group.fixed = wordMatch(group, word)) : group.fixed;
    if (!fixed) return false;
    (hit.k = fixed.k), (hit.head = hit.matched = fixed.head), (hit.at = w.start);
    return true;
  }
  const re = same ? (group.regex ??= new RegExp(group.source, "uy")) : (group.regexI ??= new RegExp(group.source, "iuy"));
  re.lastIndex = w.start;
  const m = re.exec(slice);
  if (!m) return false;
  // Each entry contributes exactly one capture group (its head), in order.
  let k = 1;
  while (k < m.length && m[k] === undefined) k++;
  (hit.k = k), (hit.head = m[k]), (hit.matched = m[0]), (hit.at = m.index);
  return true;
}

/** The trigger a match at `start` is: its entry read as a noun or a verb from the words around it, and where its object search starts. */
function readMatch(lex: CompiledLexicon, text: string, start: number, matchedEntry: LexiconEntry, head: string, matched: string): TriggerMatch {
  let entry = matchedEntry;
  const headAt = start + matched.toLowerCase().indexOf(head.toLowerCase());
  const headForm = head.toLowerCase();
  let end = start + matched.length;
  // "students protested to demand …": an infinitive's "to" leaves the verb its own sense.
  const own = lex.verbByForm.get(headForm);
  if (infinitiveTo(entry, own, text, end)) (entry = own!), (end = headAt + head.length);
  // A particle belongs to the verb ("called on X"); a gap's words are its object ("released Israeli hostages").
  let headEnd = entry.pattern.includes("...") ? headAt + head.length : end;
  // A form both a verb and a noun ("meeting", "support", "an appeal to") is read from the word before it.
  const context = NOUN_CONTEXT.exec(text.slice(Math.max(0, start - 24), start));
  // "the Varna bombing", "the May 3 bombings": an -ing form after a determiner and a name is a noun.
  const nounContext = context !== null || afterDemonym(text, start, entry.type) || headsPassive(text, end) || (/ings?$/.test(headForm) && text.lastIndexOf("he ", start) >= start - 40 && NAMED_NOUN_CONTEXT.test(text.slice(Math.max(0, start - 40), start)));
  let nominal = false;
  if (entry.pos === "verb" && nounContext) {
    const noun = lex.nounByForm.get(headForm);
    const between = context?.[1] ?? context?.[2];
    if (noun) (entry = noun), (headEnd = headAt + head.length);
    // "The army fired", "Ukraine's navy shelled": a noun before a verb-only form is its
    // subject, so the form is a verb; after an adjective it is a noun ("its renewed fight"), and a
    // hyphenated modifier is one ("the four-hour strike", "a cross-border raid").
    else nominal = !between || between.includes("-") || guessPos(between) !== "NOUN";
  } else if (entry.pos === "noun" && !nounContext && !entry.pattern.includes(" ")) {
    if (!ownPreposition(entry, text, end)) entry = lex.verbByForm.get(headForm) ?? entry;
  } else if (entry.pos === "verb" && !entry.pattern.includes(" ")) {
    const noun = lex.nounByForm.get(headForm);
    if (noun && ownPreposition(noun, text, end)) (entry = noun), (headEnd = headAt + head.length);
  }
  const noun = entry.pos === "verb" && !entry.pattern.includes(" ") ? lex.nounByForm.get(headForm) : undefined;
  // One object shape for every match (`noun` always present) keeps the code reading them monomorphic.
  return { entry, start, end, headEnd, head: headForm, nominal, noun };
}

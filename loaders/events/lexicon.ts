import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { conjugate, pluralOf } from "../text/compromise.js";
import { parse } from "csv-parse/sync";
import { PLOVER_TYPES, type PloverType } from "../types.js";

// The trigger lexicon is data (lexicon.csv) so a reporter can extend it without
// touching code. Each row: a pattern, its part of speech, the PLOVER type, a
// default mode, frame hints saying where the target (and sometimes the source)
// sits, and an example sentence that the test suite runs through the extractor.

export type Pos = "verb" | "noun";

/** Where a trigger finds its participants. */
export interface Frame {
  /** Target slots in priority order: "obj" (the direct object) or a preposition ("with", "against", "to"). */
  targets: string[];
  /** Two-party act (talks, a call, a treaty): "A and B did X" → source A, target B. */
  mutual: boolean;
  /** A visit: the target is the host, i.e. the country of the place visited. */
  host: boolean;
  /** "A hosted B": the guest (object) is the source, the host the target. */
  swap: boolean;
  /** "A received X from B": B is the source, A the target. */
  recv: boolean;
  /** "the deployment of North Korean troops": the "of" phrase names the source. */
  agentOf: boolean;
  /** "described X as reckless": an act only when a condemning word follows the pattern (gate.ts). */
  evaluative: boolean;
  /** "broke with X": an act only toward an actor named as its target ("broke with tradition" is none). */
  needsTarget: boolean;
  /** "X's threat to close the border": an act only with its agent named ("the threat to peace" names none). */
  needsSource: boolean;
  /** "Y said X was responsible for …": the clause's subject is the target, the reporting speaker the source. */
  reported: boolean;
  /** "ordered the arrest of X": a noun whose clause subject is its agent only as a support verb's subject. */
  supportOnly: boolean;
  /** "demonstrated against X": an act only with no direct object ("demonstrated its support" shows, gate.ts). */
  intransitive: boolean;
  /** "killed four rebels": an act only with a direct object ("those killed in the blast" tells no killer, gate.ts). */
  transitive: boolean;
  /** "marched", "rallied", "went on strike": a protest only when a crowd does it ("troops marched in" is none, crowds.ts). */
  crowd: boolean;
}

export interface LexiconEntry {
  pattern: string;
  pos: Pos;
  type: PloverType;
  mode: string;
  frame: Frame;
  example: string;
  /** For a row derived from WordNet (wordnet-triggers.csv), the seed sense it came from; hand rows have none. */
  sense?: string;
  /** Every inflected surface form of the head word, computed once at load time. */
  heads: string[];
  /** The past tense and participle forms among `heads`: the only ones that can be passive. */
  past: string[];
}

const FLAGS = new Set(["mutual", "host", "swap", "recv", "agent-of", "eval", "needs-target", "needs-source", "reported", "support-only", "intrans", "trans", "crowd"]);

export function parseFrame(text: string): Frame {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return {
    targets: words.filter((w) => !FLAGS.has(w)),
    mutual: words.includes("mutual"),
    host: words.includes("host"),
    swap: words.includes("swap"),
    recv: words.includes("recv"),
    agentOf: words.includes("agent-of"),
    evaluative: words.includes("eval"),
    needsTarget: words.includes("needs-target"),
    needsSource: words.includes("needs-source"),
    reported: words.includes("reported"),
    supportOnly: words.includes("support-only"),
    intransitive: words.includes("intrans"),
    transitive: words.includes("trans"),
    crowd: words.includes("crowd"),
  };
}

// compromise's conjugator is run once per lexicon entry, never per sentence:
// it is the slow part, and the lexicon is small (and its answers are kept, text/compromise.ts).

/** All forms of a head word: verbs conjugated (arrive/arrived/arriving), nouns pluralised. */
export function inflect(word: string, pos: Pos, pastOnly = false): string[] {
  const forms = new Set(pastOnly ? [] : [word]);
  try {
    if (pos === "verb") {
      const c = conjugate(word);
      const keys = pastOnly ? ["PastTense", "Participle"] : ["Infinitive", "PastTense", "PresentTense", "Gerund", "Participle"];
      for (const k of keys) if (c[k]) forms.add(c[k]);
      // The conjugator doubles a final -l (travelled, cancelled); American spelling does not.
      if (/[aeiou]l$/u.test(word)) for (const f of [...forms]) if (/lled$|lling$/u.test(f)) forms.add(f.replace(/ll(ed|ing)$/u, "l$1"));
    } else {
      const p = pluralOf(word);
      if (p) forms.add(p);
    }
  } catch {
    // An unknown word keeps its written form only.
  }
  return [...forms].map((f) => f.toLowerCase());
}

/** A preposition right after the form, then not a day or a month: "trade sanctions on X", not "attacks on Monday". */
const PREP_AFTER = /^\s+(\p{Ll}+)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)/u;

/**
 * "U.N. trade sanctions on X", "missile attacks on Y": a plural form followed by its noun row's own
 * target preposition is that noun, not a verb ("to protest against" stays a verb: no plural).
 */
export function ownPreposition(entry: LexiconEntry, text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 115 /* s */) return false;
  const m = PREP_AFTER.exec(text.slice(end, end + 24));
  return !!m && m[1] !== "with" && entry.frame.targets.includes(m[1]!);
}

/** A registry of lexicon entries that refuses duplicates (the shape of Arquero's op registry). */
export class LexiconRegistry {
  private byKey = new Map<string, LexiconEntry>();
  private bySurface = new Map<string, LexiconEntry>();

  add(entry: LexiconEntry): void {
    const clash = this.clash(entry);
    if (clash) throw new Error(clash);
    this.put(entry);
  }

  /** Adds the entry unless a row already has its pattern or one of its forms; says whether it did. */
  addIfFree(entry: LexiconEntry): boolean {
    if (this.clash(entry)) return false;
    this.put(entry);
    return true;
  }

  /** Why the entry cannot join: an equal pattern, or a form another row has ("concern" and "concerns" would race in the matcher). */
  private clash(entry: LexiconEntry): string | null {
    if (this.byKey.has(keyOf(entry))) return `duplicate lexicon entry: ${entry.pos} "${entry.pattern}"`;
    for (const s of surfacesOf(entry)) {
      const other = this.bySurface.get(s);
      if (other) return `duplicate lexicon entry: ${entry.pos} "${entry.pattern}" has the same form as "${other.pattern}"`;
    }
    return null;
  }

  private put(entry: LexiconEntry): void {
    this.byKey.set(keyOf(entry), entry);
    for (const s of surfacesOf(entry)) this.bySurface.set(s, entry);
  }

  get entries(): LexiconEntry[] {
    return [...this.byKey.values()];
  }
}

const keyOf = (entry: LexiconEntry) => `${entry.pos}:${normalizePattern(entry.pattern)}`;

/** Each inflected head with the rest of the pattern, by part of speech. */
function surfacesOf(entry: LexiconEntry): string[] {
  const rest = entry.pattern.trim().split(/\s+/);
  return entry.heads.map((h) => `${entry.pos}:${entry.pos === "verb" ? [h, ...rest.slice(1)] : [...rest.slice(0, -1), h]}`);
}

function normalizePattern(p: string): string {
  return p.trim().toLowerCase().replace(/\s+/g, " ");
}

interface CsvRow {
  pattern: string;
  pos: string;
  type: string;
  mode: string;
  frame: string;
  example?: string;
  sense?: string;
}

/** One CSV row as an entry, its head inflected; throws with `where` on a bad row. */
function entryOf(r: CsvRow, where: string): LexiconEntry {
  if (!r.pattern) throw new Error(`${where}: empty pattern`);
  if (r.pos !== "verb" && r.pos !== "noun") throw new Error(`${where}: pos must be verb or noun, not "${r.pos}"`);
  if (!(PLOVER_TYPES as readonly string[]).includes(r.type)) throw new Error(`${where}: "${r.type}" is not a PLOVER type`);
  const tokens = normalizePattern(r.pattern).split(" ");
  const head = r.pos === "verb" ? tokens[0]! : tokens[tokens.length - 1]!;
  const entry: LexiconEntry = {
    pattern: normalizePattern(r.pattern),
    pos: r.pos,
    type: r.type as PloverType,
    mode: r.mode || r.type.toLowerCase(),
    frame: parseFrame(r.frame ?? ""),
    example: r.example ?? "",
    heads: head.split("|").flatMap((h) => inflect(h, r.pos as Pos)),
    past: r.pos === "verb" ? head.split("|").flatMap((h) => inflect(h, "verb", true)) : [],
  };
  if (r.sense) entry.sense = r.sense;
  return entry;
}

const rowsOf = (csv: string) => parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as CsvRow[];

/** Parses lexicon CSV text into a registry; throws with the row number on a bad row. */
export function parseLexicon(csv: string): LexiconRegistry {
  const registry = new LexiconRegistry();
  rowsOf(csv).forEach((r, i) => registry.add(entryOf(r, `lexicon row ${i + 2}`)));
  return registry;
}

/**
 * Adds the WordNet-derived rows (wordnet/generate.ts) after the hand rows: a derived row whose
 * pattern or forms a hand row already has is left out, so the hand row keeps its reading.
 */
export function addDerived(registry: LexiconRegistry, csv: string): LexiconRegistry {
  rowsOf(csv).forEach((r, i) => registry.addIfFree(entryOf(r, `derived row ${i + 2}`)));
  return registry;
}

export const LEXICON_PATH = fileURLToPath(new URL("./lexicon.csv", import.meta.url));
export const DERIVED_PATH = fileURLToPath(new URL("./wordnet-triggers.csv", import.meta.url));

let cached: LexiconRegistry | null = null;
/** The shipped lexicon, hand rows then derived rows, parsed once per process. */
export function defaultLexicon(): LexiconRegistry {
  return (cached ??= addDerived(parseLexicon(readFileSync(LEXICON_PATH, "utf8")), readFileSync(DERIVED_PATH, "utf8")));
}

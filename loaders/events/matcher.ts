import type { LexiconEntry, LexiconRegistry } from "./lexicon.js";

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
}

/** Words a gap ("...") in a pattern may skip. */
const GAP_WORDS = 8;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (forms: string[]) => [...new Set(forms)].sort((a, b) => b.length - a.length).map(esc).join("|");

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
    if (out) out += gap ? `(?:\\s+[^\\s;:]+){0,${GAP_WORDS}}?\\s+` : "[\\s-]+";
    out += body;
    gap = false;
  });
  return out;
}

export interface CompiledLexicon {
  regex: RegExp;
  /** The entry owning each alternative, in alternation order. */
  entries: LexiconEntry[];
  /** Noun entries by head form, to re-read a verb form used as a noun ("strong support"). */
  nounByForm: Map<string, LexiconEntry>;
  verbByForm: Map<string, LexiconEntry>;
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
  const source = entries.map(entrySource).join("|");
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "giu");
  const nounByForm = new Map<string, LexiconEntry>();
  for (const e of entries) if (e.pos === "noun" && !e.pattern.includes(" ")) for (const h of e.heads) nounByForm.set(h, e);
  const verbByForm = new Map<string, LexiconEntry>();
  for (const e of entries) if (e.pos === "verb" && !e.pattern.includes(" ")) for (const h of e.heads) verbByForm.set(h, e);
  const out = { regex, entries, nounByForm, verbByForm };
  compiled.set(registry, out);
  return out;
}

/** Words before a form that make it a noun, not a verb ("their support", "Japan's support", "an urgent appeal"). */
const NOUN_CONTEXT = /(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|of|for)(?:\s+[“"]?[\p{Ll}-]+)?|['’]s(?:\s+[“"]?[\p{Ll}-]+)?|[“"])\s*$/u;

/** Every trigger in `text[from, to)`, left to right, non-overlapping. */
export function findTriggers(lex: CompiledLexicon, text: string, from: number, to: number): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const slice = text.slice(from, to);
  lex.regex.lastIndex = 0;
  for (const m of slice.matchAll(lex.regex)) {
    // Each entry contributes exactly one capture group (its head), in order.
    let k = 1;
    while (k < m.length && m[k] === undefined) k++;
    let entry = lex.entries[k - 1];
    const head = m[k];
    if (!entry || head === undefined) continue;
    const start = from + m.index!;
    const headAt = start + m[0].toLowerCase().indexOf(head.toLowerCase());
    const headForm = head.toLowerCase();
    const end = start + m[0].length;
    // A particle belongs to the verb ("called on X"); a gap's words are its object ("released Israeli hostages").
    let headEnd = entry.pattern.includes("...") ? headAt + head.length : end;
    // A form both a verb and a noun ("meeting", "support", "an appeal to") is read from the word before it.
    const nounContext = NOUN_CONTEXT.test(text.slice(Math.max(0, start - 24), start));
    let nominal = false;
    if (entry.pos === "verb" && nounContext) {
      const noun = lex.nounByForm.get(headForm);
      if (noun) (entry = noun), (headEnd = headAt + head.length);
      else nominal = true;
    } else if (entry.pos === "noun" && !nounContext && !entry.pattern.includes(" ")) entry = lex.verbByForm.get(headForm) ?? entry;
    out.push({ entry, start, end, headEnd, head: headForm, nominal });
  }
  return out;
}

import type { Tok } from "./tok.js";
import { gazetteer } from "./gazetteer.js";
import { IN_HEADS, OF_HEADS, ORG_SUFFIXES } from "./lexicon/orgs.js";
import { opensWithTitle } from "./titleopen.js";
import { PARTICLES } from "./personedges.js";

// Capitalised runs: the name-like stretches of a sentence. A run is a span of
// tokens [a, b) on one line; a sentence-initial word joins only when the tagger (tokens.ts) tags
// it a proper noun or the gazetteer knows it, so "Meanwhile, Norland" starts at
// Russia. Inside a run: hyphens ("Self-Defence"), "’s" in "People’s Republic",
// and "of"/"in" after an organisation head ("Ministry of Defence", "Embassy in Tokyo").

export interface Run {
  a: number;
  b: number;
}

/** Words after which "’s" belongs to the name ("People’s Republic", "Women’s League"). */
const POSSESSIVE_NAME_WORDS = new Set(["people", "women", "children", "workers", "veterans", "citizens", "men", "farmers", "traders", "st"]);

const APOS_S = /^['’]s$/u;
// Module-level: a bundler may rewrite a Unicode property escape as a RegExp built at each use.
const LOWER_START = /^\p{Ll}/u;

export function isNameWord(t: Tok, toks?: Tok[]): boolean {
  if (!t.word || !t.cap) return false;
  // "de-Nazify", "anti-Western": a capital after a lower-case prefix is a word, not a name.
  const h = toks?.[t.i - 1], pre = toks?.[t.i - 2];
  if (h && pre && h.end === t.start && (h.text === "-" || h.text === "‐") && pre.end === h.start && LOWER_START.test(pre.text)) return gazetteer().exact.has(t.text);
  if (!t.initial) return true;
  // "A State Department statement …": the indefinite article opening a sentence is no name's first word
  // (an initial is: "A. Stewart", "A.de Silva").
  const n = toks?.[t.i + 1];
  if ((t.text === "A" || t.text === "An") && n?.word && n.start > t.end) return false;
  if (t.pos === "PROPN") return true;
  const g = gazetteer();
  return g.exact.has(t.text) || g.firstWords.has(t.lex.lower);
}

/** At most two characters apart, and no line break between. */
function sameLine(text: string, x: Tok, y: Tok): boolean {
  if (y.start - x.end > 2) return false;
  for (let k = x.end; k < y.start; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

/** Prefixes a name's word may carry glued by a hyphen to a lower-case stem ("Co-operation", "Anti-corruption"). */
const NAME_PREFIXES = new Set(["Co", "Anti", "Non", "Inter", "Counter", "Pan", "Multi", "Trans", "Post", "Pre", "Self", "Cross", "Socio", "Euro", "Afro"]);
/** "Security and Co-operation": a capitalised prefix, a hyphen and a lower-case stem glued into one word of the name. */
const prefixGlued = (last: Tok, hyphen: Tok, stem: Tok | undefined) =>
  NAME_PREFIXES.has(last.text) && (hyphen.text === "-" || hyphen.text === "‐") && hyphen.start === last.end && !!stem && stem.word && stem.start === hyphen.end && LOWER_START.test(stem.text);

export function findRuns(text: string, toks: Tok[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isNameWord(toks[i]!, toks) && !opensWithTitle(text, toks, i)) {
      i++;
      continue;
    }
    const a = i;
    let b = i + 1;
    for (;;) {
      const last = toks[b - 1]!;
      const next = toks[b];
      if (!next || !sameLine(text, last, next)) break;
      if (next.cap && next.word && next.start > last.end) {
        b++;
        continue;
      }
      const after = toks[b + 1];
      // Lower-case particles inside a personal name ("Lula da Silva", "Ursula von der Leyen").
      if (PARTICLES.has(next.text) && next.start > last.end) {
        let k = b;
        while (toks[k] && PARTICLES.has(toks[k]!.text) && k - b < 2) k++;
        const name = toks[k];
        if (name && name.cap && name.word && name.pos === "PROPN" && sameLine(text, toks[k - 1]!, name)) {
          b = k + 1;
          continue;
        }
      }
      // "Self-Defence": a hyphen glued to two capitalised words.
      if ((next.text === "-" || next.text === "‐") && next.start === last.end && after && after.cap && after.word && after.start === next.end) {
        b += 2;
        continue;
      }
      if (prefixGlued(last, next, after)) {
        b += 2;
        continue;
      }
      if (APOS_S.test(next.text) && POSSESSIVE_NAME_WORDS.has(last.lex.lower) && after?.cap && after.word) {
        b += 2;
        continue;
      }
      let orgHeaded = false;
      for (let k = a; k < b && !orgHeaded; k++) orgHeaded = OF_HEADS.has(toks[k]!.text) || IN_HEADS.has(toks[k]!.text);
      const joined = joinComplement(text, toks, b, orgHeaded);
      if (joined > b) {
        b = joined;
        continue;
      }
      break;
    }
    runs.push({ a, b });
    i = b;
  }
  return runs;
}

/** After an organisation head at toks[b-1]: "of [the] X…" or "in X" → the index past X, else b. */
function joinComplement(text: string, toks: Tok[], b: number, orgHeaded: boolean): number {
  const head = toks[b - 1]!;
  const w = toks[b];
  if (!w || (w.text !== "of" && w.text !== "in" && w.text !== "for")) return b;
  if (w.text === "for" && !OF_HEADS.has(head.text) && !ORG_SUFFIXES.has(head.text)) return b;
  if (w.text === "in" && !IN_HEADS.has(head.text)) return b;
  // A second "of" chains only onto an organisation head ("Ministry of Foreign Affairs of Turkey").
  if (w.text === "of" && !OF_HEADS.has(head.text) && !orgHeaded) return b;
  let k = b + 1;
  if (toks[k]?.text === "the") k++;
  const first = toks[k];
  if (!first || !first.cap || !first.word || !sameLine(text, w, first)) return b;
  k++;
  for (;;) {
    const t = toks[k];
    if (t && t.cap && t.word && sameLine(text, toks[k - 1]!, t) && t.start > toks[k - 1]!.end) {
      k++;
      continue;
    }
    if (t && prefixGlued(toks[k - 1]!, t, toks[k + 1])) {
      k += 2;
      continue;
    }
    // "for Reconstruction and Development": "and" joins words of the name, not another actor.
    const n = toks[k + 1];
    if (t && (t.text === "and" || t.text === "&") && n && n.cap && n.word && !gazetteer().exact.has(n.text) && sameLine(text, t, n)) {
      k += 2;
      continue;
    }
    return k;
  }
}

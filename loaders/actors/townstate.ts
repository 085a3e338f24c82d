import { endWithStop } from "./abbrstop.js";
import { STATE_ABBREVIATIONS, STATE_BY_AP_FORM } from "./lexicon/abbreviations.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { gazetteer } from "./gazetteer.js";

// "Halden, Mass.", "RIVERTON, N.Y. (AP) --", "a bank of Linton, S.C.": a name followed by a
// comma and a US state as news agencies abbreviate it is a town. Out of context the tagger
// reads an unfamiliar town by its look (a person, a company, a dateline's capitals as an
// agency) or runs one name across the comma; the state says what the name before it is.

/** The AP's abbreviated states: written with their own full stop ("Calif.", lexicon/abbreviations.ts) or dotted ("N.Y.", "D.C."). */
const WITH_STOP = STATE_ABBREVIATIONS;
const DOTTED = new Set([...STATE_BY_AP_FORM.keys()].filter((ap) => /^(?:\p{Lu}\.){2,}$/u.test(ap)));

/** The state abbreviation at toks[k] (its last token index), or -1. */
function stateAt(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t) return -1;
  if (DOTTED.has(t.text)) return k;
  const dot = toks[k + 1];
  return WITH_STOP.has(t.text) && dot?.text === "." && dot.start === t.end ? k : -1;
}

/** The town's name ending right before the comma at toks[comma]: its first token, or -1. Up to three capitalised words, "St." inside. */
function townBefore(toks: Tok[], comma: number): number {
  const last = toks[comma - 1];
  if (!last || !last.word || !last.cap || last.end !== toks[comma]!.start || ORG_SUFFIXES.has(last.text)) return -1;
  let a = comma - 1, words = 1;
  for (;;) {
    const p = toks[a - 1], q = toks[a - 2];
    if (p?.word && p.cap && p.sentence === last.sentence && words < 3) a--, words++;
    else if (p?.text === "." && p.end === toks[a]!.start - 1 && q?.word && q.cap && q.end === p.start && q.sentence === last.sentence && words < 3) a -= 2, words++;
    else break;
  }
  while (a < comma - 1 && (toks[a]!.text === "The" || toks[a]!.text === "A")) a++;
  return a;
}

const asPlace = (toks: Tok[], a: number, b: number, end = toks[b - 1]!.end): NameSpan => ({ start: toks[a]!.start, end, type: "LOC", a, b, titled: false });

const DASH = new Set(["—", "–", "--", "-", "("]);

/**
 * "BOCA VERDE, Texas —", "PORT ELLA, New Zealand (AP) —": a dateline's region or country written out, between
 * the town's comma and the dash or bracket that ends the dateline at a paragraph's start. Returns the end
 * (exclusive) of the region's name, or -1.
 */
function datelineRegion(toks: Tok[], comma: number, text: string): number {
  let b = comma + 1;
  while (toks[b]?.word && toks[b]!.cap && b - comma <= 3) b++;
  if (b === comma + 1 || !DASH.has(toks[b]?.text ?? "")) return -1;
  const g = gazetteer().exact.get(text.slice(toks[comma + 1]!.start, toks[b - 1]!.end));
  return g?.some((e) => e.kind === "region" || e.kind === "country") ? b : -1;
}

const opensParagraph = (text: string, at: number) => at === 0 || /\n\s*$/.test(text.slice(Math.max(0, at - 8), at));

/** A town named before a comma and an abbreviated US state is a place, and so is the state: the tagger's readings of them replaced. */
export function townsByState(toks: Tok[], names: NameSpan[], text = ""): NameSpan[] {
  let out = names;
  for (const t of toks) {
    if (t.text !== ",") continue;
    const abbreviated = stateAt(toks, t.i + 1) >= 0;
    const region = abbreviated ? -1 : datelineRegion(toks, t.i, text);
    if (!abbreviated && region < 0) continue;
    const a = townBefore(toks, t.i);
    if (a < 0 || (!abbreviated && !opensParagraph(text, toks[a]!.start))) continue;
    const s = t.i + 1, stateEnd = abbreviated ? endWithStop(toks, s) : toks[region - 1]!.end;
    const b = abbreviated ? (stateEnd > toks[s]!.end ? s + 2 : s + 1) : region;
    const over = out.filter((n) => n.a < b && a < n.b);
    // A name reaching past the town and its state is another reading; leave it.
    if (over.some((n) => n.a < a || n.b > b)) continue;
    out = [...out.filter((n) => !over.includes(n)), asPlace(toks, a, t.i), asPlace(toks, s, b, stateEnd)];
  }
  return out === names ? names : out.sort((x, y) => x.start - y.start);
}

import { LABELS, SOCIAL, TRIGGERS, Triggered, type Trigger } from "./furniture.js";
import { bylineOf, endsLikeSentence, isMetaLine } from "./headline.js";
import { STOPWORDS } from "./stopwords.js";

// A jusText-style classification of one paragraph taken alone (Pomikálek 2011):
// "good" is running prose, "neargood" a shorter sentence, "short" too little
// to judge, "bad" furniture. Context (position, neighbours, the body's end) is
// applied afterwards in cleanArticle.

export type Label = "good" | "neargood" | "short" | "bad";

export interface Features {
  words: number;
  chars: number;
  stopDensity: number;
  /** we/our/us/you/your outside quotation marks, per word: a site addressing its readers. */
  address: number;
  /** The paragraph names the outlet or a web domain. */
  selfRef: boolean;
  strong: number;
  weak: number;
  /** A pattern matched that marks furniture on its own ("all rights reserved"). */
  decisive: boolean;
  sentence: boolean;
  byline: string | null;
  label: Label;
  /** Why it is "bad", for tests and debugging. */
  reason: string | null;
}

export interface Context {
  /** The outlet's names as written in its own furniture ("The Herald", "Herald"). */
  outlet: RegExp[];
  /** Whether stop-word density is meaningful (English-like text). */
  useStopwords: boolean;
  /** HTML only: share of link characters per line. */
  linkDensity?: Map<string, number>;
}

/** jusText's length thresholds in characters, its stop-word thresholds lowered for news' many names. */
const LENGTH_LOW = 70;
const LENGTH_HIGH = 150;
const STOP_LOW = 0.15;
const MAX_LINK_DENSITY = 0.5;
const SHORT_WORDS = 12;

// Lower-cased tokens; ASCII-range classes keep this one pass cheap (a \p{L} regex is several times slower).
const TOKEN_SPLIT = /[^a-z0-9'’\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u3040-\u9fff\uac00-\ud7af]+/;
const ADDRESS = new Set(["we", "our", "ours", "us", "ourselves", "you", "your", "yours", "yourself", "yourselves", "we're", "we’re", "you're", "you’re", "we've", "we’ve", "you've", "you’ve", "we'll", "we’ll", "you'll", "you’ll"]);
const DOMAIN = /[a-z0-9]\.(?:com|net|org|info|news|co\.uk|org\.uk|ru|az|ua|jp|de|fr|it|es|eu|io|tv|us|ca|au)(?![a-z0-9])/i;
const ATTRIBUTION = /\b(?:said|says|told|according to|reported|added|stated|announced)\b/i;
const BYLINE_START = /^(?:by|written|posted|reported|words|story|text|report|author|authors|byline)\b/i;

// One lookup per word for both questions asked of it: stop word? furniture trigger?
const LEXICON = new Map<string, { stop: boolean; triggers: Trigger | null }>();
for (const w of STOPWORDS) LEXICON.set(w, { stop: true, triggers: TRIGGERS.get(w) ?? null });
for (const [w, t] of TRIGGERS) if (!LEXICON.has(w)) LEXICON.set(w, { stop: false, triggers: t });

/** Features of one paragraph; `label` is provisional until `finishLabel` knows the article's language. */
export function paragraphFeatures(text: string, ctx: Context): Features {
  const lower = text.toLowerCase();
  let n = 0, stops = 0;
  const vocab = new Triggered();
  for (const w of lower.split(TOKEN_SPLIT)) {
    const len = w.length;
    if (!len || (len === 1 && (w === "'" || w === "’"))) continue;
    n++;
    const entry = LEXICON.get(w);
    if (entry !== undefined) {
      if (entry.stop) stops++;
      if (entry.triggers) vocab.add(entry.triggers);
    }
    // "readers’", "editor's": the furniture vocabulary is keyed by the bare word too.
    const c = w.charCodeAt(len - 1);
    if (c === 0x27 || c === 0x2019 || (c === 0x73 && len > 2 && (w.charCodeAt(len - 2) === 0x27 || w.charCodeAt(len - 2) === 0x2019))) {
      const bare = LEXICON.get(w.slice(0, c === 0x73 ? len - 2 : len - 1));
      if (bare?.triggers) vocab.add(bare.triggers);
    }
  }
  if (text.includes("©")) vocab.add(TRIGGERS.get("©")!);
  if (text.includes("@")) vocab.add(TRIGGERS.get("@")!);
  // Pronouns inside quotation marks belong to a speaker, not to the site.
  let address = 0;
  if (/\b(?:we|our|ours|us|you|your|yours)\b|\b(?:we|you)['’]/.test(lower)) {
    const unquoted = lower.replace(/“[^”]*”?|"[^"]*"?/g, " ");
    for (const w of unquoted.split(TOKEN_SPLIT)) if (ADDRESS.has(w)) address++;
  }
  const selfRef = DOMAIN.test(text) || ctx.outlet.some((o) => lower.includes(MUST.get(o) ?? "") && o.test(text));
  const { strong, weak, decisive } = vocab.hits(text);
  const f: Features = {
    words: n,
    chars: text.length,
    stopDensity: n ? stops / n : 0,
    address: n ? address / n : 0,
    selfRef,
    strong,
    weak,
    decisive,
    sentence: endsLikeSentence(text),
    byline: text.length <= 120 && BYLINE_START.test(text) ? bylineOf(text) : null,
    label: "short",
    reason: null,
  };
  f.reason = badReason(text, f, ctx);
  f.label = f.reason ? "bad" : proseLabel(f, ctx);
  return f;
}

/** Re-labels a paragraph once the article's language is known (stop words only mean something in English). */
export function finishLabel(f: Features, ctx: Context): void {
  if (!f.reason) f.label = proseLabel(f, ctx);
}

function badReason(text: string, f: Features, ctx: Context): string | null {
  if (f.byline) return "byline";
  if (f.chars <= 40 && LABELS.has(text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}:]+$/gu, ""))) return "label";
  if (f.words <= 14 && isMetaLine(text)) return "timestamp";
  if (f.words <= 16 && isShareBar(text)) return "share bar";
  const links = ctx.linkDensity?.get(text);
  if (links !== undefined && links >= MAX_LINK_DENSITY && (f.chars < LENGTH_HIGH || links > 0.8)) return "links";
  if (f.decisive) return "furniture";
  if (f.words <= SHORT_WORDS) {
    if (f.strong >= 1 && (!f.sentence || f.words <= 3 || f.strong >= 2 || f.weak > 0 || f.address > 0 || f.selfRef)) return "furniture";
    // A line that only names the site ("The Herald", "heraldscotland.com").
    if (f.selfRef && !f.sentence && f.words <= 6 && f.stopDensity < 0.5 && isOnlySite(text, ctx)) return "site name";
    return null;
  }
  // Naming itself is strong evidence only when the site also addresses the reader or sells
  // something: its own reporting says "told The Herald" too.
  const self = f.selfRef ? (f.address >= 0.05 || f.strong > 0 ? 2 : 1) : 0;
  // Attribution ("said", "according to") outside quotes is the mark of reporting, rarely of furniture.
  const reported = ATTRIBUTION.test(text.replace(/“[^”]*”?|"[^"]*"?/g, " ")) ? 1 : 0;
  const score = 1.5 * f.strong + f.weak + self + (f.address >= 0.05 ? 1 : 0) + (f.address >= 0.1 ? 1 : 0) - reported;
  return score >= 3 ? "furniture" : null;
}

function proseLabel(f: Features, ctx: Context): Label {
  const prose = !ctx.useStopwords || f.stopDensity >= STOP_LOW;
  if (f.chars >= LENGTH_HIGH && prose && (f.sentence || f.words >= 25)) return "good";
  if (f.chars >= LENGTH_LOW && prose && f.sentence) return "neargood";
  return "short";
}

function isShareBar(text: string): boolean {
  const tokens = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 16) return false;
  const social = tokens.filter((t) => SOCIAL.has(t) || t === "share" || t === "on" || t === "via").length;
  return social / tokens.length >= 0.6 && tokens.some((t) => SOCIAL.has(t) && t !== "x" && t !== "email" && t !== "print");
}

function isOnlySite(text: string, ctx: Context): boolean {
  let rest = text;
  for (const o of ctx.outlet) rest = rest.replace(globalOf(o), " ");
  rest = rest.replace(DOMAIN, " ").replace(/[^\p{L}]+/gu, " ").trim();
  return rest.split(" ").filter(Boolean).length <= 2;
}

/**
 * Patterns for the outlet's name: "Coast FM and Upper Varn (VNA/AP)" also as
 * "Coast FM and Upper Varn"; "The Herald" also as "Herald", case-sensitive then,
 * so that "heralded" or "at times" never count.
 */
export function outletPatterns(outlet: string | null): RegExp[] {
  if (!outlet) return [];
  // A corpus has few outlets and many articles each: the patterns are built once per outlet.
  let out = OUTLETS.get(outlet);
  if (!out) OUTLETS.set(outlet, (out = buildOutletPatterns(outlet)));
  return out;
}

/** Outlet name → its patterns (none has the g flag, so they hold no state between uses). */
const OUTLETS = new Map<string, RegExp[]>();
/** Each outlet pattern's global twin, for replacing every occurrence. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

function globalOf(o: RegExp): RegExp {
  let g = GLOBAL.get(o);
  if (!g) GLOBAL.set(o, (g = new RegExp(o.source, o.flags + "g")));
  return g;
}

function buildOutletPatterns(outlet: string): RegExp[] {
  const full = outlet.replace(/\s+/g, " ").trim();
  const bare = full.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  const out: RegExp[] = [];
  const add = (name: string, flags: string) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, flags);
    MUST.set(re, mustContain(name));
    out.push(re);
  };
  for (const name of new Set([full, bare])) if (name.length >= 4) add(name, "iu");
  const noThe = bare.replace(/^the\s+/i, "");
  if (noThe !== bare && noThe.length >= 4) add(noThe, "u");
  return out;
}

/** Each outlet pattern's `mustContain`: a paragraph whose lower case lacks it cannot match, and is not searched. */
const MUST = new WeakMap<RegExp, string>();

/**
 * The longest run of the name's ASCII characters other than k and s, lower-cased. Under
 * the i and u flags those characters match only their ASCII capital or small letter (k and
 * s also match the Kelvin sign and the long s), so any text the pattern matches holds the
 * run in its lower case.
 */
function mustContain(name: string): string {
  let best = "", run = "";
  for (const ch of name) {
    const c = ch.charCodeAt(0), low = ch.toLowerCase();
    if (ch.length === 1 && c < 128 && low !== "k" && low !== "s") run += low;
    else run = "";
    if (run.length > best.length) best = run;
  }
  return best;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Stop-word share over paragraphs: English-like prose is around 0.4, other languages near 0. */
export function stopwordShare(fs: Features[]): number {
  let words = 0, stops = 0;
  for (const f of fs) {
    words += f.words;
    stops += f.stopDensity * f.words;
  }
  return words ? stops / words : 0;
}

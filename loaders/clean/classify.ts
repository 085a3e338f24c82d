import { LABELS, SOCIAL, vocabularyHits } from "./furniture.js";
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

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const ADDRESS = new Set(["we", "our", "ours", "us", "ourselves", "you", "your", "yours", "yourself", "yourselves", "we're", "we’re", "you're", "you’re", "we've", "we’ve", "you've", "you’ve", "we'll", "we’ll", "you'll", "you’ll"]);
const DOMAIN = /\b[\p{L}\d-]+\.(?:com|net|org|info|news|co\.uk|org\.uk|ru|az|ua|jp|de|fr|it|es|eu|io|tv|us|ca|au)\b/iu;

export function paragraphFeatures(text: string, ctx: Context): Features {
  const words = text.match(WORD) ?? [];
  const n = words.length;
  let stops = 0;
  for (const w of words) if (STOPWORDS.has(w.toLowerCase())) stops++;
  // Pronouns inside quotation marks belong to a speaker, not to the site.
  const unquoted = text.replace(/“[^”]*”?|"[^"]*"?/g, " ");
  let address = 0;
  for (const w of unquoted.match(WORD) ?? []) if (ADDRESS.has(w.toLowerCase())) address++;
  const selfRef = DOMAIN.test(text) || ctx.outlet.some((o) => o.test(text));
  const { strong, weak } = vocabularyHits(text);
  const f: Features = {
    words: n,
    chars: text.length,
    stopDensity: n ? stops / n : 0,
    address: n ? address / n : 0,
    selfRef,
    strong,
    weak,
    sentence: endsLikeSentence(text),
    byline: bylineOf(text),
    label: "short",
    reason: null,
  };
  f.reason = badReason(text, f, ctx);
  f.label = f.reason ? "bad" : proseLabel(f, ctx);
  return f;
}

function badReason(text: string, f: Features, ctx: Context): string | null {
  if (f.byline) return "byline";
  const bare = text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}:]+$/gu, "");
  if (LABELS.has(bare)) return "label";
  if (isMetaLine(text)) return "timestamp";
  if (isShareBar(text)) return "share bar";
  const links = ctx.linkDensity?.get(text);
  if (links !== undefined && links >= MAX_LINK_DENSITY && (f.chars < LENGTH_HIGH || links > 0.8)) return "links";
  if (f.words <= SHORT_WORDS) {
    if (f.strong >= 1 && (!f.sentence || f.words <= 3 || f.strong >= 2 || f.weak > 0 || f.address > 0 || f.selfRef)) return "furniture";
    // A line that only names the site ("The Herald", "heraldscotland.com").
    if (f.selfRef && !f.sentence && f.words <= 6 && f.stopDensity < 0.5 && isOnlySite(text, ctx)) return "site name";
    return null;
  }
  const score = 2 * f.strong + f.weak + (f.selfRef ? 2 : 0) + (f.address >= 0.05 ? 1 : 0) + (f.address >= 0.1 ? 1 : 0);
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
  for (const o of ctx.outlet) rest = rest.replace(new RegExp(o.source, o.flags + "g"), " ");
  rest = rest.replace(DOMAIN, " ").replace(/[^\p{L}]+/gu, " ").trim();
  return rest.split(" ").filter(Boolean).length <= 2;
}

/**
 * Patterns for the outlet's name: "News USA and Northern BC (TASR/AP)" also as
 * "News USA and Northern BC"; "The Herald" also as "Herald", case-sensitive then,
 * so that "heralded" or "at times" never count.
 */
export function outletPatterns(outlet: string | null): RegExp[] {
  if (!outlet) return [];
  const full = outlet.replace(/\s+/g, " ").trim();
  const bare = full.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  const out: RegExp[] = [];
  for (const name of new Set([full, bare])) if (name.length >= 4) out.push(new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "iu"));
  const noThe = bare.replace(/^the\s+/i, "");
  if (noThe !== bare && noThe.length >= 4) out.push(new RegExp(`(?<![\\p{L}\\p{N}])${escape(noThe)}(?![\\p{L}\\p{N}])`, "u"));
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Stop-word density of the whole text: English-like prose is around 0.4, other languages near 0. */
export function stopwordShare(text: string): number {
  const words = text.match(WORD) ?? [];
  let stops = 0;
  for (const w of words) if (STOPWORDS.has(w.toLowerCase())) stops++;
  return words.length ? stops / words.length : 0;
}

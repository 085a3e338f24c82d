import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { mediaHere, REGION_MODIFIERS, REGION_WORDS, speaksHere } from "./context.js";
import { gazetteer } from "./gazetteer.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";
import { dateAbbreviation, DAY_OR_MONTH } from "./datewords.js";
import { findRuns, type Run } from "./runs.js";
import type { Tok } from "./tok.js";
import { headlineSentences } from "./titlecase.js";
import { oneSpace } from "./titlescan.js";
import { isBrandCase } from "./brandcase.js";
import { unionSeats } from "./seats.js";
import { FIRM_KINDS } from "./lexicon/orgs.js";
import { canonicalTokens, emit, gazetteerHit, GROUP_HEADS, lookup, nearbyCountry, slice, type Ctx } from "./classifyctx.js";
import { organisation } from "./classifyorg.js";
import { titled, titleThenName } from "./classifytitled.js";

// Turns capitalised runs into candidate mentions: gazetteer names first, then
// "X region", organisations by their head word (classifyorg.ts), titled persons
// (classifytitled.ts), and finally unknown runs (persons when the tagger calls
// every word a proper noun).

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u;
const UPPER_ONLY = /^\p{Lu}+$/u;
const NOT_NAMES = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|I'm|OK|Thank|Thanks|Dear|Read|Report|Comments|Updated|Continue|Share|Subscribe|Photo|Video|Advertisement|Getty|Images)$/;

export function findCandidates(doc: Doc, toks: Tok[]): Candidate[] {
  const ctx: Ctx = { doc, toks, out: [], headline: headlineSentences(toks), classify: (a, b) => classifyRun(ctx, a, b) };
  const runs = findRuns(doc.text, toks);
  for (let r = 0; r < runs.length; r++) {
    const next = runs[r + 1];
    if (next && joinedByAnd(ctx, runs[r]!, next)) {
      classifyRun(ctx, runs[r]!.a, next.b);
      r++;
      continue;
    }
    if (next && coordination(ctx, runs[r]!, next)) {
      r++;
      continue;
    }
    classifyRun(ctx, runs[r]!.a, runs[r]!.b);
  }
  caselessNames(ctx);
  return unionSeats(ctx.out).sort((x, y) => x.start - y.start || y.end - x.end);
}

let caselessSpaced: boolean | undefined;

/** "Trinidad and Tobago", "the Turks and Caicos Islands", "Saint Vincent and the Grenadines": one place the gazetteer names with its "and". */
function joinedByAnd(ctx: Ctx, r1: Run, r2: Run): boolean {
  const { toks } = ctx;
  if (toks[r1.b]?.text !== "and") return false;
  const the = toks[r1.b + 1]?.text === "the" ? 1 : 0;
  if (r2.a !== r1.b + 1 + the) return false;
  const a = /^the$/i.test(toks[r1.a]!.text) && r1.b - r1.a > 1 ? r1.a + 1 : r1.a;
  return lookup(slice(ctx, a, r2.b)) !== undefined;
}

/** "Varn and Tessel People's Republics": two names sharing one plural head. */
function coordination(ctx: Ctx, r1: Run, r2: Run): boolean {
  const { toks } = ctx;
  if (toks[r1.b]?.text !== "and" || r2.a !== r1.b + 1 || r2.b - r2.a < 2) return false;
  const head = toks[r2.b - 1]!.text;
  const singular = head.endsWith("ies") ? `${head.slice(0, -3)}y` : head.endsWith("s") ? head.slice(0, -1) : "";
  if (!singular || !(ORG_SUFFIXES.has(singular) || GROUP_HEADS.has(singular))) return false;
  const shared = ctx.doc.text.slice(toks[r2.a + 1]!.start, toks[r2.b - 1]!.start) + singular;
  const kind = GROUP_HEADS.has(singular) ? "group" : "organization";
  for (const [a, b] of [[r1.a, r1.b], [r2.a, r2.a + 1]] as const) {
    const own = canonicalTokens(slice(ctx, a, b), true);
    const iso3 = lookup(slice(ctx, a, b))?.iso3 ?? null;
    emit(ctx, a, b, { kind, name: `${own} ${shared}`, country: iso3, role: null, via: "coordination", alias: true, weak: false });
  }
  return true;
}

function classifyRun(ctx: Ctx, a: number, b: number): void {
  const { toks } = ctx;
  while (a < b && /^the$/i.test(toks[a]!.text)) a++;
  // "Rival Velfy …", "Opposition Reform Party …": a sentence's opening kind of body is no part of its name
  if (b - a > 1 && toks[a]!.initial && FIRM_KINDS.has(toks[a]!.lex.lower)) a++;
  // "the Eastfield Bank Monday": a day or month after a name is its date.
  while (b - a > 1 && DAY_OR_MONTH.test(toks[b - 1]!.text)) b--;
  if (a >= b) return;
  const surface = slice(ctx, a, b);
  if (regionSuffix(ctx, a, b, surface)) return;
  const g = lookup(surface);
  if (g) return gazetteerHit(ctx, a, b, g);
  if (titleThenName(ctx, a, b) && titled(ctx, a, b)) return;
  if (organisation(ctx, a, b, surface)) return;
  if (titled(ctx, a, b)) return;
  // A known name at the start of an unknown run ("Estovian Radio" is handled above; "Estovia Varnholm" is not a name).
  // Only countries, demonyms and known bodies split a run: a city name is often a first name ("Vladimir").
  for (let k = b - 1; k > a; k--) {
    const head = lookup(slice(ctx, a, k));
    if (!head || !["country", "demonym", "body"].includes(head.kind)) continue;
    if (head.kind !== "demonym") gazetteerHit(ctx, a, k, head);
    return classifyRun(ctx, k, b);
  }
  unknown(ctx, a, b, surface);
}

function regionSuffix(ctx: Ctx, a: number, b: number, surface: string): boolean {
  const { toks } = ctx;
  let k = b;
  if (toks[k] && REGION_MODIFIERS.has(toks[k]!.text)) k++;
  const w = toks[k];
  if (!w || !REGION_WORDS.has(w.text) || w.sentence !== toks[a]!.sentence) return false;
  const g = lookup(surface);
  if (g && (g.kind === "demonym" || g.kind === "body")) return false;
  // A known region keeps its own name ("the Tyrol region" → Tyrol); an unknown one is named with its place word.
  const name = g?.kind === "region" ? g.name : `${canonicalTokens(surface)} ${w.text}`;
  emit(ctx, a, k + 1, { kind: "place", name, country: g?.iso3 ?? null, role: null, via: "region", alias: true, weak: false });
  return true;
}

function unknown(ctx: Ctx, a: number, b: number, surface: string): void {
  const { toks } = ctx;
  if (mediaHere(toks, a, b)) return emit(ctx, a, b, { kind: "organization", name: surface, country: null, role: null, via: "media", alias: true, weak: false });
  const span = toks.slice(a, b).filter((t) => t.word);
  if (ctx.headline.has(toks[a]!.sentence) || span.some((t) => NOT_NAMES.test(t.text))) return gazetteerSegments(ctx, a, b);
  if (b - a === 1) {
    const t = toks[a]!;
    if (dateAbbreviation(toks, a)) return;
    if (isBrandCase(t.text)) return emit(ctx, a, b, { kind: "organization", name: surface, country: null, role: null, via: "org", alias: true, weak: false });
    const acronym = ACRONYM.test(t.text);
    const speaks = speaksHere(toks, a, b);
    return emit(ctx, a, b, { kind: acronym ? "organization" : "person", name: surface, country: null, role: null, via: acronym ? "acronym" : "single", alias: true, weak: !speaks });
  }
  const particles = span.filter((t) => !t.cap).length;
  // A country or capital inside an unknown run ("de-militarise Estovia") is that place, not part of a name.
  if (span.some((t) => ["country", "capital", "demonym"].includes(lookup(t.text)?.kind ?? ""))) return gazetteerSegments(ctx, a, b);
  // Ordinary English words in capitals ("Read Full Story") make a label, not a name; one may
  // still be part of a name ("Ada Stone" if the lexicon knew "stone").
  const common = span.filter((t) => t.cap && t.pos !== "PROPN").length;
  if (common * 2 < span.length - particles + (span.length - particles === 1 ? 1 : 0) && !span.some((t) => UPPER_ONLY.test(t.text)) && span.length - particles <= 4)
    emit(ctx, a, b, { kind: "person", name: surface, country: nearbyCountry(ctx, a), role: null, via: "person", alias: true, weak: false });
  else gazetteerSegments(ctx, a, b);
}

/** Known names inside a run that is not itself a name (a headline, "Talks Stall In Geneva Summit"). */
function gazetteerSegments(ctx: Ctx, a: number, b: number): void {
  for (let i = a; i < b; i++) {
    for (let L = Math.min(b - i, gazetteer().maxWords); L >= 1; L--) {
      const g = lookup(slice(ctx, i, i + L));
      if (!g || g.kind === "demonym" || !ctx.toks[i]!.cap) continue;
      gazetteerHit(ctx, i, i + L, g);
      i += L - 1;
      break;
    }
  }
}

/** Known multi-word names written in lower case ("the “coalition of the willing”"). */
function caselessNames(ctx: Ctx): void {
  const { toks } = ctx;
  const g = gazetteer();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.cap || !t.word || !g.caselessFirst.has(t.text)) continue;
    for (let L = Math.min(g.caselessMaxWords + 2, toks.length - i); L >= 2; L--) {
      const e = g.caseless.get(oneSpace(slice(ctx, i, i + L)).toLowerCase())?.[0];
      if (!e) continue;
      gazetteerHit(ctx, i, i + L, e);
      i += L - 1;
      break;
    }
  }
}

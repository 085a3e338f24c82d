// What the classifier's steps share: the article, its tokens, the candidates found so far,
// and the ways a span becomes a candidate. `classify` reads a span afresh; the title step asks
// it about an unknown name before an office, and it is passed in so the steps import only this.
import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { countryNameFor, demonymFor, gazetteer, type GazEntry } from "./gazetteer.js";
import { endWithStop } from "./abbrstop.js";
import { isLocative } from "./context.js";
import { SERVICES, STATE_AGENTS } from "./lexicon/orgs.js";
import { PLACE_SPELLINGS, PLACE_VARIANTS } from "./lexicon/places.js";
import { capsLookup } from "./capsname.js";
import { oneSpace } from "./titlescan.js";
import type { Tok } from "./tok.js";

export interface Ctx {
  doc: Doc;
  toks: Tok[];
  out: Candidate[];
  headline: Set<number>;
  classify: (a: number, b: number) => void;
}

export const GROUP_HEADS = new Set(["Republic", "Coalition", "Movement", "Caliphate", "Emirate", "Militia", "Rebels", "Brigades"]);
const VARIANT = new Map(PLACE_VARIANTS);
const SPELLING = new Map(PLACE_SPELLINGS);

export function slice(ctx: Ctx, a: number, b: number): string {
  return ctx.doc.text.slice(ctx.toks[a]!.start, ctx.toks[b - 1]!.end);
}

/** Fields written out rather than spread: every candidate has one shape. */
export function emit(ctx: Ctx, a: number, b: number, c: Omit<Candidate, "doc" | "start" | "end" | "text" | "sentence">): void {
  const first = ctx.toks[a]!, last = ctx.toks[b - 1]!;
  // An abbreviation's full stop is part of the name ("Harbor Freight Corp. said", "Riverton, Calif., where").
  const end = c.kind === "organization" || c.kind === "place" ? endWithStop(ctx.toks, b - 1) : last.end;
  ctx.out.push({
    doc: ctx.doc.id, start: first.start, end, text: ctx.doc.text.slice(first.start, end), sentence: first.sentence,
    kind: c.kind, name: c.name, country: c.country, role: c.role, via: c.via, alias: c.alias, weak: c.weak,
  });
}

let caselessSpaced: boolean | undefined;

export function lookup(surface: string): GazEntry | undefined {
  const g = gazetteer();
  const s = oneSpace(surface);
  const hit = g.exact.get(s)?.[0];
  if (hit) return hit;
  const caps = capsLookup(g, s);
  if (caps) return caps;
  // The lower-case names are of three words or more: a surface of one word (most) is none of them.
  caselessSpaced ??= [...g.caseless.keys()].every((k) => k.includes(" "));
  return caselessSpaced && !s.includes(" ") ? undefined : g.caseless.get(s.toLowerCase())?.[0];
}

/** A name with its places' spellings made one ("Kiev" → "Kyiv"); an organisation's keeps a city's former name. */
export function canonicalTokens(s: string, org = false): string {
  const map = org ? SPELLING : VARIANT;
  return s.split(" ").map((w) => map.get(w) ?? w).join(" ");
}

export function gazetteerHit(ctx: Ctx, a: number, b: number, g: GazEntry): void {
  switch (g.kind) {
    case "country":
      return emit(ctx, a, b, { kind: "country", name: g.name, country: g.iso3, role: null, via: "gazetteer", alias: true, weak: false });
    case "capital":
    case "seat":
      if (g.iso3 && !isLocative(ctx.toks, a, b))
        return emit(ctx, a, b, { kind: "country", name: countryNameFor(g.iso3), country: g.iso3, role: null, via: "metonym", alias: true, weak: false });
      return emit(ctx, a, b, { kind: "place", name: g.name, country: g.iso3, role: null, via: "gazetteer", alias: true, weak: false });
    case "city":
    case "region":
      return emit(ctx, a, b, { kind: "place", name: g.name, country: g.iso3, role: null, via: "gazetteer", alias: true, weak: false });
    case "body":
      return emit(ctx, a, b, { kind: g.body!.kind, name: g.name, country: g.iso3, role: g.body!.role, via: "gazetteer", alias: true, weak: false });
    case "demonym":
      return demonym(ctx, a, b, g);
  }
}

const SERVICE_WORDS = SERVICES.map((s) => ({ s, words: s.words.split(" ") }));

/** "Ukrainian armed forces" → that country's forces; "Estovian and Norlandic officials" → the countries acting. */
function demonym(ctx: Ctx, a: number, b: number, g: GazEntry): void {
  const { toks } = ctx;
  const iso3 = g.iso3!;
  for (const { s, words } of SERVICE_WORDS) {
    let match = true;
    for (let i = 0; i < words.length && match; i++) match = toks[b + i]?.lex.lower === words[i];
    const after = toks[b + words.length];
    if (!match || (after && after.pos === "NOUN" && !after.cap)) continue;
    const e = b + words.length;
    return emit(ctx, a, e, { kind: "organization", name: s.name(countryNameFor(iso3), demonymFor(iso3)), country: iso3, role: null, via: "service", alias: true, weak: false });
  }
  for (let k = b, n = 0; k < toks.length && n < 10; k++, n++) {
    const t = toks[k]!;
    if (t.text === "," || t.text === "and" || t.cap) continue;
    const next = toks[k + 1];
    const two = next?.word && next.start === t.end + 1 ? `${t.text} ${next.text}`.toLowerCase() : "";
    if (t.word && (STATE_AGENTS.has(t.lex.lower) || STATE_AGENTS.has(two)))
      emit(ctx, a, b, { kind: "country", name: g.name, country: iso3, role: null, via: "demonym", alias: false, weak: false });
    return;
  }
}

/** A demonym a few words before a person ("his Estovian counterpart, Orvel Dane") gives the affiliation. */
export function nearbyCountry(ctx: Ctx, a: number): string | null {
  const { toks } = ctx;
  for (let k = a - 1, n = 0; k >= 0 && n < 5; k--) {
    const t = toks[k]!;
    if (t.sentence !== toks[a]!.sentence || /^[.;:!?]$/.test(t.text)) break;
    if (!t.word) continue;
    n++;
    const g = t.cap ? lookup(t.text) : undefined;
    if (g?.kind === "demonym") return g.iso3;
    if (t.cap && !g) break;
  }
  return null;
}

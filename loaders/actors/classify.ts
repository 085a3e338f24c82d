import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { isLocative, mediaHere, REGION_MODIFIERS, REGION_WORDS, speaksHere } from "./context.js";
import { countryNameFor, demonymFor, gazetteer, type GazEntry } from "./gazetteer.js";
import { endWithStop } from "./abbrstop.js";
import { IN_HEADS, ORG_INNER, ORG_SUFFIXES, SERVICES, STATE_AGENTS } from "./lexicon/orgs.js";
import { orgParts } from "./orgkey.js";
import { PLACE_SPELLINGS, PLACE_SUFFIXES, PLACE_VARIANTS } from "./lexicon/places.js";
import { HONORIFICS, OFFICE_TITLES, roleFor } from "./lexicon/titles.js";
import { OTHER_TITLES, PLACE_OFFICES, SHARED_OFFICES } from "./lexicon/offices.js";
import { dateAbbreviation, DAY_OR_MONTH } from "./datewords.js";
import { findRuns, type Run } from "./runs.js";
import type { Tok } from "./tok.js";
import { headlineSentences } from "./titlecase.js";
import { headlineNameEnd } from "./headlinename.js";
import { bodyAfterTitle, mayStartTitle, oneSpace } from "./titlescan.js";
import { titleStart } from "./titlemodifiers.js";
import { possessorState } from "./possessor.js";
import { isBrandCase } from "./brandcase.js";
import { capsLookup } from "./capsname.js";
import { unionSeats } from "./seats.js";

// Turns capitalised runs into candidate mentions: gazetteer names first, then
// "X region", organisations by their head word, titled persons, and finally
// unknown runs (persons when the tagger calls every word a proper noun).

// Offices held over a place and titles of the bench and press give roles too; the longest title must be
// known whole, or "Chief Justice X" reads as "Justice" with "Chief" for its organisation ("Justice of Chief").
const OFFICES = [...OFFICE_TITLES, ...PLACE_OFFICES, ...SHARED_OFFICES, ...OTHER_TITLES];
const TITLES = new Map<string, boolean>([...OFFICES.map((t): [string, boolean] => [t, true]), ...HONORIFICS.map((t): [string, boolean] => [t, false])]);
const GROUP_HEADS = new Set(["Republic", "Coalition", "Movement", "Caliphate", "Emirate", "Militia", "Rebels", "Brigades"]);
const VARIANT = new Map(PLACE_VARIANTS);
/** Head words of a state's own bodies, which a possessive state names. */
const STATE_BODY_HEADS = new Set([
  "Ministry", "Department", "Army", "Navy", "Forces", "Force", "Police", "Parliament", "Government", "Cabinet", "Embassy",
  "Consulate", "Council", "Agency", "Commission", "Court", "Guard", "Service", "Services", "Directorate", "Office",
  "Authority", "Committee", "Senate", "Assembly", "Congress", "Bureau", "Administration", "Secretariat", "Prosecutor",
]);
/** Places below a state, and the offices held over such a place. */
const LOCAL_PLACE = new Set<GazEntry["kind"]>(["capital", "city", "region"]);
const LOCAL_OFFICES = new Set([...PLACE_OFFICES, ...SHARED_OFFICES]);
const SPELLING = new Map(PLACE_SPELLINGS);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u;
const UPPER_ONLY = /^\p{Lu}+$/u;
const NOT_NAMES = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|I'm|OK|Thank|Thanks|Dear|Read|Report|Comments|Updated|Continue|Share|Subscribe|Photo|Video|Advertisement|Getty|Images)$/;

interface Ctx {
  doc: Doc;
  toks: Tok[];
  out: Candidate[];
  headline: Set<number>;
}

export function findCandidates(doc: Doc, toks: Tok[]): Candidate[] {
  const ctx: Ctx = { doc, toks, out: [], headline: headlineSentences(toks) };
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

function slice(ctx: Ctx, a: number, b: number): string {
  return ctx.doc.text.slice(ctx.toks[a]!.start, ctx.toks[b - 1]!.end);
}

/** Fields written out rather than spread: every candidate has one shape. */
function emit(ctx: Ctx, a: number, b: number, c: Omit<Candidate, "doc" | "start" | "end" | "text" | "sentence">): void {
  const first = ctx.toks[a]!, last = ctx.toks[b - 1]!;
  // An abbreviation's full stop is part of the name ("Harbor Freight Corp. said", "Riverton, Calif., where").
  const end = c.kind === "organization" || c.kind === "place" ? endWithStop(ctx.toks, b - 1) : last.end;
  ctx.out.push({
    doc: ctx.doc.id, start: first.start, end, text: ctx.doc.text.slice(first.start, end), sentence: first.sentence,
    kind: c.kind, name: c.name, country: c.country, role: c.role, via: c.via, alias: c.alias, weak: c.weak,
  });
}

let caselessSpaced: boolean | undefined;

function lookup(surface: string): GazEntry | undefined {
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

/** A name with its places' spellings made one ("Kiev" → "Kyiv"); an organisation's keeps a city's former name. */
function canonicalTokens(s: string, org = false): string {
  const map = org ? SPELLING : VARIANT;
  return s.split(" ").map((w) => map.get(w) ?? w).join(" ");
}

export function classifyRun(ctx: Ctx, a: number, b: number): void {
  const { toks } = ctx;
  while (a < b && /^the$/i.test(toks[a]!.text)) a++;
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
  // A known region keeps its own name ("the Donbas region" → Donbas); an unknown one is named with its place word.
  const name = g?.kind === "region" ? g.name : `${canonicalTokens(surface)} ${w.text}`;
  emit(ctx, a, k + 1, { kind: "place", name, country: g?.iso3 ?? null, role: null, via: "region", alias: true, weak: false });
  return true;
}

function gazetteerHit(ctx: Ctx, a: number, b: number, g: GazEntry): void {
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

/** A run headed by an organisation word: "Varnholm News", "Estovia Self-Defence Forces", "Norlandic Ministry of Defence". */
function organisation(ctx: Ctx, a: number, b: number, surface: string): boolean {
  const { toks } = ctx;
  const words = surface.split(/[\s\u00a0]+/);
  const last = toks[b - 1]!.text;
  const span = toks.slice(a, b);
  if (PLACE_SUFFIXES.has(last) && words.length > 1) {
    emit(ctx, a, b, { kind: "place", name: canonicalTokens(surface), country: lookup(toks[a]!.text)?.iso3 ?? null, role: null, via: "region", alias: true, weak: false });
    return true;
  }
  const hasComplement = span.some((t) => t.text === "of" || t.text === "in" || t.text === "for");
  const group = GROUP_HEADS.has(last);
  const inner = span.some((t) => ORG_INNER.has(t.text));
  if (!ORG_SUFFIXES.has(last) && !hasComplement && !group && !inner) return false;
  if (words.length === 1 && !group) return false;
  const lead = lookup(toks[a]!.text) ?? lookup(slice(ctx, a, Math.min(b, a + 2)));
  let iso3 = lead && (lead.kind === "demonym" || lead.kind === "country") ? lead.iso3 : null;
  // A service after a country name or demonym ("Estovian Army") is that country's armed forces.
  if (lead && iso3 && (lead.kind === "demonym" || lead.kind === "country")) {
    const rest = surface.slice(lead === lookup(toks[a]!.text) ? toks[a]!.end - toks[a]!.start : 0).trim().toLowerCase();
    const s = SERVICES.find((x) => x.words === rest);
    if (s) {
      emit(ctx, a, b, { kind: "organization", name: s.name(countryNameFor(iso3), demonymFor(iso3)), country: iso3, role: null, via: "service", alias: true, weak: false });
      return true;
    }
  }
  // "Russia’s Ministry of Defence": the possessive names whose ministry it is.
  let name = canonicalTokens(surface.replace(/^the\s+/i, ""), true);
  const owner = iso3 ? null : possessorState(toks, a, ["country", "capital"]);
  if (owner) {
    iso3 = owner.iso3;
    // a state's body is named for its state ("Russian Ministry of Defence"); a firm keeps its own name ("India's Tata Motors")
    if (name.split(" ").some((w) => STATE_BODY_HEADS.has(w))) name = `${demonymFor(iso3)} ${name}`;
  }
  iso3 ??= orgParts(name)?.iso3 ?? null;
  // Missions get the standard form "Embassy of Ukraine in Japan" however the text words them.
  const parts = IN_HEADS.has(toks[a + (iso3 && lead?.kind === "demonym" ? 1 : 0)]?.text ?? "") ? orgParts(name) : null;
  if (parts?.host) name = `${toks[a + (lead?.kind === "demonym" ? 1 : 0)]!.text} of ${countryNameFor(parts.iso3)} in ${countryNameFor(parts.host)}`;
  emit(ctx, a, b, { kind: group ? "group" : "organization", name, country: iso3, role: null, via: "org", alias: true, weak: false });
  // "Embassy in Tokyo": the place inside the name is also a place mentioned.
  const inAt = toks.slice(a, b).findIndex((t) => t.text === "in");
  if (inAt > 0) {
    const g = lookup(slice(ctx, a + inAt + 1, b));
    if (g && g.kind !== "demonym" && g.kind !== "body")
      emit(ctx, a + inAt + 1, b, { kind: g.kind === "country" ? "country" : "place", name: g.name, country: g.iso3, role: null, via: "gazetteer", alias: true, weak: false });
  }
  return true;
}

/** "Alliance Secretary General Orvel Dane", "Estovian Foreign Minister Ira Tessel", "Mr Varnholm". */
/**
 * A title followed by a plain name ("Freedonian Secretary of State Ann Ode", "Acme Bank
 * Governor Ann Ode"): a titled person, even where an "of" or an organisation's head before
 * the title would make the whole run an organisation. Plain: capitalised words only,
 * with no complement or head word of an organisation of its own.
 */
function titleThenName(ctx: Ctx, a: number, b: number): boolean {
  const { toks } = ctx;
  for (let p = a; p < b; p++) {
    if (!mayStartTitle(toks[p]!.text)) continue;
    for (let L = Math.min(6, b - p - 1); L >= 1; L--) {
      if (!TITLES.has(oneSpace(slice(ctx, p, p + L)))) continue;
      const name = toks.slice(p + L, b);
      const last = name.at(-1)!.text;
      return name.every((t) => t.cap && !/^(?:of|in|for)$/i.test(t.text)) && !ORG_SUFFIXES.has(last) && !GROUP_HEADS.has(last);
    }
  }
  return false;
}

function titled(ctx: Ctx, a: number, b: number): boolean {
  for (let p = a; p < b; p++) {
    if (!mayStartTitle(ctx.toks[p]!.text)) continue;
    for (let L = Math.min(6, b - p); L >= 1; L--) {
      const title = oneSpace(slice(ctx, p, p + L));
      const office = TITLES.get(title);
      if (office === undefined) continue;
      // "Undersecretary-General X": a title glued to a hyphen goes on into a longer one.
      const glued = ctx.toks[p + L];
      if (glued && (glued.text === "-" || glued.text === "‐") && glued.start === ctx.toks[p + L - 1]!.end) continue;
      // "Martin Luther King Jr.": a name's suffix after a word that is also a title is no name of its own.
      if (p + L >= b || /^(?:Jr|Sr|II|III|IV)\.?$/.test(slice(ctx, p + L, b))) return false;
      // a title-case headline's capitals say nothing of where the name ends (headlinename.ts)
      if (ctx.headline.has(ctx.toks[p]!.sentence)) {
        const e = headlineNameEnd(ctx.toks, p + L, b);
        if (e === p + L) return false;
        b = e;
      }
      // "a Major Union Varnball side": a rank's word opening a body's name, which holds a body's head
      if (bodyAfterTitle(ctx.toks, p + L, b)) return false;
      let aff: { name: string; iso3: string | null } | null = null;
      const q = titleStart(ctx.toks, a, p);
      if (q > a) {
        const left = lookup(slice(ctx, a, q));
        if (left && LOCAL_PLACE.has(left.kind) && LOCAL_OFFICES.has(title)) {
          // "Paris Mayor X", "Ontario Premier X": the office is the place's own, and the place is no stand-in for its state
          aff = { name: left.name, iso3: left.iso3 };
          emit(ctx, a, q, { kind: "place", name: left.name, country: left.iso3, role: null, via: "gazetteer", alias: true, weak: false });
        } else if (left) {
          aff = { name: left.kind === "body" ? left.name : countryNameFor(left.iso3 ?? ""), iso3: left.iso3 };
          if (left.kind !== "demonym") gazetteerHit(ctx, a, q, left);
        } else {
          // An unknown name before the title is the office's organisation ("Naftogaz Chief Executive X").
          const before = ctx.out.length;
          classifyRun(ctx, a, q);
          const org = ctx.out.slice(before).find((c) => c.kind === "organization" || c.kind === "group" || c.weak);
          if (org) {
            org.kind = org.kind === "group" ? "group" : "organization";
            aff = { name: org.name, iso3: org.country };
          }
        }
      }
      const owner = possessorState(ctx.toks, a);
      if (q === a) aff ??= owner;
      // "Superintendent Dr. Ana Lima": an honorific between the office and the name is neither
      const n = p + L + 1 < b && office && TITLES.get(ctx.toks[p + L]!.text) === false ? p + L + 1 : p + L;
      emit(ctx, n, b, {
        kind: "person",
        name: slice(ctx, n, b),
        country: aff?.iso3 ?? owner?.iso3 ?? nearbyCountry(ctx, a),
        role: office ? roleFor(q < p ? `${oneSpace(slice(ctx, q, p))} ${title}` : title, aff?.name ?? null) : null,
        via: office ? "title" : "honorific",
        alias: true,
        weak: false,
      });
      return true;
    }
  }
  return false;
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

/** A demonym a few words before a person ("his Estovian counterpart, Orvel Dane") gives the affiliation. */
function nearbyCountry(ctx: Ctx, a: number): string | null {
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

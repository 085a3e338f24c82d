import { roleFor, HONORIFICS, OFFICE_TITLES } from "./lexicon/titles.js";
import { OTHER_TITLES, PLACE_OFFICES, SHARED_OFFICES } from "./lexicon/offices.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";
import { countryNameFor, type GazEntry } from "./gazetteer.js";
import { headlineNameEnd } from "./headlinename.js";
import { bodyAfterTitle, mayStartTitle, oneSpace } from "./titlescan.js";
import { titleStart } from "./titlemodifiers.js";
import { possessorState } from "./possessor.js";
import { emit, gazetteerHit, GROUP_HEADS, lookup, nearbyCountry, slice, type Ctx } from "./classifyctx.js";

// Offices held over a place and titles of the bench and press give roles too; the longest title must be
// known whole, or "Chief Justice X" reads as "Justice" with "Chief" for its organisation ("Justice of Chief").
const OFFICES = [...OFFICE_TITLES, ...PLACE_OFFICES, ...SHARED_OFFICES, ...OTHER_TITLES];
const TITLES = new Map<string, boolean>([...OFFICES.map((t): [string, boolean] => [t, true]), ...HONORIFICS.map((t): [string, boolean] => [t, false])]);
/** Places below a state, and the offices held over such a place. */
const LOCAL_PLACE = new Set<GazEntry["kind"]>(["capital", "city", "region"]);
const LOCAL_OFFICES = new Set([...PLACE_OFFICES, ...SHARED_OFFICES]);

/**
 * A title followed by a plain name ("Freedonian Secretary of State Ann Ode", "Acme Bank
 * Governor Ann Ode"): a titled person, even where an "of" or an organisation's head before
 * the title would make the whole run an organisation. Plain: capitalised words only,
 * with no complement or head word of an organisation of its own.
 */
export function titleThenName(ctx: Ctx, a: number, b: number): boolean {
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

/** "Alliance Secretary General Orvel Dane", "Estovian Foreign Minister Ira Tessel", "Mr Varnholm". */
export function titled(ctx: Ctx, a: number, b: number): boolean {
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
          ctx.classify(a, q);
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

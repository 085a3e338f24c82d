import { gazetteer } from "../actors/gazetteer.js";
import type { ResolvedMention } from "../types.js";
import { isSpace } from "../text/space.js";

// "Police in Bangkok", "Zadar police", a dateline's "SURABAYA": a place word that says which
// state a bare organ is. Only a place one state has, and only a state the article itself names
// (a wire story names places abroad it does not report from).

/** What a place word is read against: the tables' states by ISO code, and the states the article names. */
export interface PlaceStates {
  readonly countryOfIso: Map<string, string>;
  readonly article: ReadonlySet<string>;
}

/** The state a country, capital or city's name places one in, when it is an actor and the name is no other state's place; else null. */
export function placeState(name: string, countryOfIso: Map<string, string>): string | null {
  const es = gazetteer().exact.get(name);
  if (!es) return null;
  let iso: string | null = null;
  for (const x of es) {
    if (!x.iso3 || (x.kind !== "country" && x.kind !== "capital" && x.kind !== "city")) continue;
    // A name two states have a place of ("Valencia", "Santiago") says nothing.
    if (iso && iso !== x.iso3) return null;
    iso = x.iso3;
  }
  return iso ? (countryOfIso.get(iso) ?? null) : null;
}

/** A place's name: one to three capitalised words. */
const PLACE_NAME = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}/u;
const IN_PLACE = new RegExp(`^\\s+in\\s+(?:the\\s+)?(${PLACE_NAME.source})`, "u");

/** The state of "in <place>" right after an organ, when the article names that state, and where the place ends. */
export function placeAfter(text: string, end: number, limit: number, ms: ResolvedMention[], states: PlaceStates): { state: string; end: number } | null {
  const m = IN_PLACE.exec(text.slice(end, Math.min(limit, end + 60)));
  if (!m) return null;
  const at = end + m[0].length - m[1]!.length;
  const named = ms.find((x) => x.start === at);
  if (named) return named.kind === "country" ? { state: named.actor, end: named.end } : null;
  // "in Surabaya Thursday": the longest run of the name's words that is a place.
  const words = m[1]!.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    const state = placeState(name, states.countryOfIso);
    if (state) return states.article.has(state) ? { state, end: at + text.slice(at).indexOf(words[n - 1]!) + words[n - 1]!.length } : null;
  }
  return null;
}

/** A city (not a mention already) right before an organ, one state's, and that state named by the article. */
export function cityBefore(text: string, from: number, start: number, ms: ResolvedMention[], states: PlaceStates): { state: string; start: number } | null {
  // Mostly the word before is a name or demonym already read ("Bolivian police"): nothing to look up.
  if (ms.some((x) => x.end <= start && x.end >= start - 2)) return null;
  // "On Friday Zadar police": the shortest run of capitalised words before the organ that is a place, up to three.
  let at = start;
  for (let n = 0; n < 3; n++) {
    let end = at;
    while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
    let begin = end;
    while (begin > from && /[\p{L}'’.-]/u.test(text[begin - 1]!)) begin--;
    if (begin === end || !/\p{Lu}/u.test(text[begin]!)) return null;
    const state = placeState(text.slice(begin, start).trim(), states.countryOfIso);
    if (state) return states.article.has(state) ? { state, start: begin } : null;
    at = begin;
  }
  return null;
}

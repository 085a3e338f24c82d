import type { GazEntry, Gazetteer } from "./gazetteer.js";

/**
 * Headlines and datelines set in capitals ("NORLAND BEAT ESTOVIA", "LIMA 1997-03-02") write
 * known places in a case the gazetteer does not hold: looked up as written, a country there
 * would be a bare place and an actor apart from the same country in the body. A surface with no
 * lower-case letter is looked up by its capitals among the gazetteer's names written in
 * mixed case. Demonyms and known bodies stay out: "ENGLISH RESULTS" names no country, and a
 * body's acronym is already held in capitals. So do seats, and a capital does not stand for its
 * state: a dateline in capitals ("LIMA 1997-03-02") is the town where the story was filed.
 */
const KINDS = new Set<GazEntry["kind"]>(["country", "city", "region"]);
const CAPS_ONLY = /^[\p{Lu}\s.'-]+$/u;
/** Native spellings the gazetteer holds that are English words in a headline ("ISLAND" is no Iceland). */
const ENGLISH_WORDS = new Set(["Island", "Mann"]);

let byCaps: Map<string, GazEntry> | null = null;
let from: Gazetteer | null = null;

function capsIndex(g: Gazetteer): Map<string, GazEntry> {
  if (byCaps && from === g) return byCaps;
  byCaps = new Map();
  from = g;
  for (const [surface, entries] of g.exact) {
    if (!/\p{Ll}/u.test(surface) || ENGLISH_WORDS.has(surface)) continue;
    const e = entries.find((x) => KINDS.has(x.kind)) ?? asTown(entries.find((x) => x.kind === "capital"));
    const key = surface.toUpperCase();
    if (e && !byCaps.has(key)) byCaps.set(key, e);
    // "THE BRONX —": a dateline's leading article is read apart from the name, which is held without it
    if (e && key.startsWith("THE ") && !byCaps.has(key.slice(4))) byCaps.set(key.slice(4), e);
  }
  return byCaps;
}

/** A capital read as the town it is ("MEXICO CITY 1997-03-02"), not as its state's government. */
const asTown = (e: GazEntry | undefined): GazEntry | undefined => (e ? { ...e, kind: "city" } : undefined);

/** The gazetteer entry of a place written wholly in capitals, by its mixed-case name. */
export function capsLookup(g: Gazetteer, surface: string): GazEntry | undefined {
  // Four letters at least: shorter capitals are codes and acronyms ("IT", "ARE"), not names set in capitals.
  if (!CAPS_ONLY.test(surface) || surface.replace(/[^\p{L}]/gu, "").length < 4) return undefined;
  return capsIndex(g).get(surface);
}

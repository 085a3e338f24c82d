import type { Candidate } from "./candidate.js";
import type { Doc } from "../types.js";

// "Storm Bert", "Hurricane Milton", "Typhoon Gaemi": a weather system's given name is no actor,
// though it reads as a person's first name or, with its noun, as an organisation. So is a wildfire's
// ("the Ridgeline Fire") in an article about a blaze, where a club of that name would not be.

const STORM = /(?:^|[^\p{L}])(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Depression)\s+$/u;
/** STORM's nouns alone: a cheap test that turns away most texts before the anchored one. */
const STORM_WORD = /Storm|Hurricane|Typhoon|Cyclone|Tropical Depression/;
const STORM_NAME = /^(?:Tropical\s+Storm|Super\s+Typhoon|Storm|Hurricane|Typhoon|Cyclone)\s+\p{Lu}/u;
const STORM_NOUNS = /^(?:(?:Tropical\s+Storm|Super\s+Typhoon|Storm|Hurricane|Typhoon|Cyclone)\s+)?/u;
/** The noun alone, as a headline opens on it ("Typhoon slams …"); "Storm" alone may be a club. */
const STORM_NOUN = /^(?:Hurricane|Typhoon|Cyclone)$/u;

const FIRE_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+Fire$/u;
const THE_BEFORE = /\b[Tt]he\s+$/u;
const BLAZE = /\b(?:wildfires?|blazes?|firefighters|acres|hectares|evacuat\w+|containment)\b/u;

/** The candidates without weather systems' and wildfires' names. */
export function withoutStorms(doc: Doc, cands: Candidate[]): Candidate[] {
  let blaze: boolean | undefined;
  const fire = (c: Candidate) => FIRE_NAME.test(c.text) && THE_BEFORE.test(doc.text.slice(Math.max(0, c.start - 5), c.start)) && (blaze ??= BLAZE.test(doc.text));
  const named = (c: Candidate) => {
    if (STORM_NAME.test(c.text) || STORM_NOUN.test(c.text) || fire(c)) return true;
    const before = doc.text.slice(Math.max(0, c.start - 20), c.start);
    return STORM_WORD.test(before) && STORM.test(before);
  };
  if (!cands.some(named)) return cands;
  // "Tropical Storm Delia … Delia would weaken": the system's name alone, later on, is the system's too
  const names = new Set(cands.filter(named).map((c) => c.text.replace(STORM_NOUNS, "")));
  const storm = (c: Candidate) => named(c) || (names.has(c.text) && !c.role && c.kind === "person");
  return cands.filter((c) => !storm(c));
}

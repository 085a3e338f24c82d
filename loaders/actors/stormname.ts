import type { Candidate } from "./candidate.js";
import type { Doc } from "../types.js";

// "Storm Bert", "Hurricane Milton", "Typhoon Gaemi": a weather system's given name is no actor,
// though it reads as a person's first name or, with its noun, as an organisation.

const STORM = /(?:^|[^\p{L}])(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Depression)\s+$/u;
/** STORM's nouns alone: a cheap test that turns away most texts before the anchored one. */
const STORM_WORD = /Storm|Hurricane|Typhoon|Cyclone|Tropical Depression/;
const STORM_NAME = /^(?:Tropical\s+Storm|Super\s+Typhoon|Storm|Hurricane|Typhoon|Cyclone)\s+\p{Lu}/u;

/** The candidates without weather systems' names. */
export function withoutStorms(doc: Doc, cands: Candidate[]): Candidate[] {
  const storm = (c: Candidate) => {
    if (STORM_NAME.test(c.text)) return true;
    const before = doc.text.slice(Math.max(0, c.start - 20), c.start);
    return STORM_WORD.test(before) && STORM.test(before);
  };
  return cands.some(storm) ? cands.filter((c) => !storm(c)) : cands;
}

import type { Candidate } from "./candidate.js";
import type { Doc } from "../types.js";

// "Storm Bert", "Hurricane Milton", "Typhoon Gaemi": a weather system's given name is no actor,
// though it reads as a person's first name or, with its noun, as an organisation.

const STORM = /(?:^|[^\p{L}])(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Depression)\s+$/u;
const STORM_NAME = /^(?:Tropical\s+Storm|Super\s+Typhoon|Storm|Hurricane|Typhoon|Cyclone)\s+\p{Lu}/u;

/** The candidates without weather systems' names. */
export function withoutStorms(doc: Doc, cands: Candidate[]): Candidate[] {
  const storm = (c: Candidate) => STORM_NAME.test(c.text) || STORM.test(doc.text.slice(Math.max(0, c.start - 20), c.start));
  return cands.some(storm) ? cands.filter((c) => !storm(c)) : cands;
}

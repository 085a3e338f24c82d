import { CORPORATE } from "./lexicon/abbreviations.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "the Ana Lima Institute", "Riverton Law School": a name that ends on an
// institution's head word is that institution, even when it opens with a person's or
// a place's name, which is all the tagger saw of it out of context.

/**
 * Head words that end the names of institutions and firms and never a person's or a place's name.
 * Not buildings ("… Hospital", "… Museum", "… Library"): CoNLL reads those as places.
 */
export const INSTITUTION_HEADS = new Set([
  "School", "College", "University", "Institute", "Foundation", "Academy",
  ...CORPORATE, "Corporation", "Company", "Association", "Ministry", "Department", "Agency",
  "Committee", "Council", "Commission", "Party",
  // A firm named for its line of business ("Marsh Pharmaceuticals"), never a person named so.
  "Communications", "Pharmaceuticals", "Industries", "Holdings", "Technologies", "Systems", "Airlines", "Motors",
  "Electronics", "Securities", "Enterprises", "Group", "Bancorp", "Bancshares", "Insurance", "Worldwide",
  "Telecom", "Telecoms", "Telecommunications", "Airways", "Energy", "Mining", "Foods", "Petroleum", "Chemicals",
  "Logistics", "Shipping", "Breweries", "Pharma", "Ports", "Ferries", "Homes", "Motorsport", "Mutual", "Research",
  // companies of players and singers, named for their town or patron
  "Orchestra", "Philharmonic", "Choir", "Ensemble", "Ballet",
]);

/** A person or a place read of two words or more whose last word is an institution's head is an organisation. */
export function orgByHead(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s) => {
    if ((s.type !== "PER" && s.type !== "LOC") || s.b - s.a < 2 || s.titled) return s;
    // An abbreviation's stop may close the span ("Acme Co."): the head is the word before it.
    const last = toks[s.b - 1]!.text === "." ? toks[s.b - 2]! : toks[s.b - 1]!;
    return INSTITUTION_HEADS.has(last.text) ? retyped(s, "ORG") : s;
  });
}

import { PLACE_SUFFIXES } from "./lexicon/places.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "the Port of Eastport", "the Straits of Riverton", "Harbour Bay": a name headed by a
// geographical noun is a place, whatever kind the tagger read out of context (it learnt
// organisations from "Bank of …", "Port Authority", and reads the rare place heads by
// their look alone). The rules read the same heads at a name's end (classify.ts).

/** Place heads that also end the names of clubs and channels ("… Forest", "… Channel") are left to the tagger. */
const HEADS = new Set([...PLACE_SUFFIXES].filter((w) => w !== "Forest" && w !== "Channel"));

/**
 * "the Ana Lima Library", "the Tomas Vell Stadium": a building or a district named for a person
 * is a place, as CoNLL reads buildings. Heads that are also surnames ("Park", "Lake", "Street",
 * "Hall", "Church", "Temple") are left out: "Chan Park" is a person.
 */
const NAMED_FOR = new Set([
  ...[...HEADS].filter((w) => !["Park", "Lake", "Bay", "Port", "Pass", "Gap", "Street", "Coast", "Heights", "Valley", "Plain"].includes(w)),
  "Library", "Museum", "Hospital", "Theater", "Theatre", "Cathedral", "Stadium", "Arena", "Palace", "Memorial", "Monument",
  "Mosque", "Synagogue", "Basilica", "Prison", "Cemetery", "Auditorium", "Boulevard", "Highway", "Plaza", "County",
]);

/**
 * An organisation read of a name whose head is a geographical noun, first before "of" or last, is a
 * place; so is a person read of a name ending on a building's or a district's head.
 */
export function placeByHead(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return names.map((s) => {
    if ((s.type !== "ORG" && s.type !== "PER") || s.b - s.a < 2) return s;
    const first = toks[s.a]!.text, last = toks[s.b - 1]!.text;
    const place = s.type === "ORG" ? (HEADS.has(first) && toks[s.a + 1]!.text === "of") || HEADS.has(last) : !s.titled && NAMED_FOR.has(last);
    return place ? retyped(s, "LOC") : s;
  });
}

import { PLACE_SUFFIXES } from "./lexicon/places.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";
import { nameSpan } from "./titlesplit.js";

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
  return mapSpans(names, (s) => leadingHead(toks, s) ?? byHead(toks, s));
}

/**
 * "Mount Kessa", "Lake Orvo", "Cape Tamsa": a geographical noun that opens a name makes it a place.
 * The tagger reads the name after it as a person, the more so at a sentence's start, where the noun
 * (an ordinary word) stays out of its span; the span then grows back over it.
 */
const LEADING = new Set(["Mount", "Lake", "Cape", "River"]);

function leadingHead(toks: Tok[], s: NameSpan): NameSpan | null {
  if (s.titled) return null;
  const first = toks[s.a]!, before = toks[s.a - 1];
  // an organisation keeps its reading ("River Plate", "Mount Sinai Hospital"), unless an article
  // opens the noun and one name follows: "the River Severn" is the river
  if (LEADING.has(first.text) && s.b - s.a >= 2) return s.type !== "ORG" || (s.b - s.a === 2 && before?.lex.lower === "the") ? retyped(s, "LOC") : null;
  if (!before || !LEADING.has(before.text) || before.sentence !== first.sentence || before.end + 1 !== first.start) return null;
  // A body named after the place ("… Times", "… College") keeps its reading and takes the noun in.
  return nameSpan(before.start, toks[s.b - 1]!.end, s.type === "ORG" ? "ORG" : "LOC", s.a - 1, s.b);
}

function byHead(toks: Tok[], s: NameSpan): NameSpan {
  if (s.b - s.a < 2) return s;
  const first = toks[s.a]!.text, last = toks[s.b - 1]!.text;
  // "a jury in Harlan County": a district read as miscellaneous (as an event's or a people's name) is a place too
  if (s.type === "MISC") return HEADS.has(last) || last === "County" ? retyped(s, "LOC") : s;
  if (s.type !== "ORG" && s.type !== "PER") return s;
  const place = s.type === "ORG" ? (HEADS.has(first) && toks[s.a + 1]!.text === "of") || HEADS.has(last) : !s.titled && NAMED_FOR.has(last);
  return place ? retyped(s, "LOC") : s;
}

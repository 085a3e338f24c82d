import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "Families fled Tamsa", "the army shelled Orvelle on Sunday": what is fled, shelled or besieged is
// a place. The tagger, seeing an unknown name with nothing around it that it learnt, often reads it
// as "other" (an event, a people's name) or as a person; such a reading right after one of these
// verbs, ending where the clause goes on ("on Sunday", a comma), is a place.

/** Verbs whose object is a place, never a person: the tagger's person reading yields to them too. */
const PLACE_ONLY = new Set(["fled", "shelled", "besieged", "invaded", "evacuated", "bombarded", "overran"]);
/** Verbs whose object is usually a place but may be a body ("entered Parliament"): only an "other" reading yields. */
const MOSTLY_PLACE = new Set(["entered", "reached", "captured", "bombed", "liberated", "occupied", "encircled"]);
/** What may follow the name: the clause goes on with no noun the name would qualify ("invaded Kessan territory"). */
const GOES_ON = new Set(["ADP", "CCONJ", "SCONJ", "ADV", "PUNCT", "DET", "VERB", "AUX", "PRON", "NUM"]);

/**
 * "Two airlines already fly to Tamsa", "flights to Orvelle": where one travels to is a place, whatever the
 * tagger made of a name that also opens a firm's ("Tamsa Air").
 */
const TRAVEL = new Set(["fly", "flies", "flew", "flown", "flying", "sail", "sails", "sailed", "travel", "travels", "travelled", "traveled", "flights", "routes", "sailings", "trains"]);

const TRAVEL_TO = new RegExp(String.raw`\b(?:${[...TRAVEL].join("|")})\s+to\s+$`, "u");
/** Whether the name at `start` is where one travels to ("fly to Tamsa"), read in the text. */
export const afterTravelTo = (text: string, start: number) => TRAVEL_TO.test(text.slice(Math.max(0, start - 20), start));

function travelledTo(toks: Tok[], s: NameSpan): boolean {
  const to = toks[s.a - 1], verb = toks[s.a - 2], next = toks[s.b];
  if (s.titled || s.type === "LOC" || to?.text !== "to" || !verb || verb.sentence !== toks[s.a]!.sentence || !TRAVEL.has(verb.lex.lower)) return false;
  return !next || next.sentence !== verb.sentence || GOES_ON.has(next.pos);
}

function afterMotion(toks: Tok[], s: NameSpan): boolean {
  if (travelledTo(toks, s)) return true;
  if (s.titled || (s.type !== "MISC" && s.type !== "PER")) return false;
  const verb = toks[s.a - 1], next = toks[s.b];
  if (!verb || verb.sentence !== toks[s.a]!.sentence) return false;
  const verbs = s.type === "PER" ? PLACE_ONLY : MOSTLY_PLACE;
  if (!verbs.has(verb.lex.lower) && !(s.type === "MISC" && PLACE_ONLY.has(verb.lex.lower))) return false;
  return !next || next.sentence !== verb.sentence || GOES_ON.has(next.pos);
}

/** The tagger's names with an "other" or person reading right after a verb that takes a place read as that place. */
export function placeAfterMotion(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s) => (afterMotion(toks, s) ? retyped(s, "LOC") : s));
}

import { gazetteer } from "./gazetteer.js";
import { PLACE_OFFICES, SHARED_OFFICES } from "./lexicon/offices.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";
import { oneSpace } from "./titlescan.js";

// "Harbourton Mayor Ana Lima", "Westland Governor Tomas Vell", "the mayor of Harbourton": in news
// writing a name standing right before a government office's title, or after it and "of", is the
// place whose office it is.
// The tagger, which rarely saw the pattern in its Reuters text, reads the name as an
// organisation, and its document features then carry that reading to every other
// mention of the place ("the mayor of Harbourton").

const PLACE = new Set(PLACE_OFFICES), SHARED = new Set(SHARED_OFFICES);

/** The office title of up to three tokens starting at toks[k], in one of the two sets, or null. */
export function officeAt(text: string, toks: Tok[], k: number): "place" | "shared" | null {
  const sentence = toks[k - 1]!.sentence;
  for (let n = 3; n >= 1; n--) {
    const last = toks[k + n - 1];
    if (!last || last.sentence !== sentence) continue;
    const title = oneSpace(text.slice(toks[k]!.start, last.end));
    if (PLACE.has(title)) return "place";
    if (SHARED.has(title)) return "shared";
  }
  return null;
}

const OFFICE_OF = new RegExp(String.raw`\b(?:${[...PLACE].filter((t) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(t)).map((t) => t.toLowerCase()).join("|")})\s+of\s+$`, "u");
/** "the Sultan of Harbourton", "the Emir of Westland": a ruler's realm after the title and "of". */
const RULER_OF = /\b(?:[Ss]ultan|[Ee]mir|[Kk]ing|[Qq]ueen|[Ss]hah|[Tt]sar|[Ee]mperor|[Gg]rand [Dd]uke)\s+of\s+(?:the\s+)?$/u;
/** Whether the text before `start` ends on a local office in lower case or a ruler's title, and "of" ("the mayor of "). */
export const afterOfficeOf = (text: string, start: number) => {
  const before = text.slice(Math.max(0, start - 40), start);
  return OFFICE_OF.test(before) || RULER_OF.test(before);
};

/** A place or country the gazetteer knows by this exact name. */
function knownPlace(name: string): boolean {
  const kind = gazetteer().exact.get(name)?.[0]?.kind;
  return kind !== undefined && kind !== "demonym" && kind !== "body";
}

/**
 * An organisation or an untitled person read of a name right before a government office's
 * title is a place; so is every other organisation read of the same name in the article.
 */
export function placeByOffice(text: string, toks: Tok[], names: NameSpan[]): NameSpan[] {
  const places = new Set<string>(), at = new Set<number>();
  for (const s of names) {
    if (s.type !== "ORG" && !(s.type === "PER" && !s.titled)) continue;
    const next = toks[s.b];
    if (!next || next.start !== toks[s.b - 1]!.end + 1 || !next.cap) continue;
    const office = officeAt(text, toks, s.b), name = text.slice(s.start, s.end);
    if (office === "place" || (office === "shared" && knownPlace(name))) places.add(name), at.add(s.a);
  }
  // "the race for mayor of Harbourton": the place after a local office written in lower case and "of"
  for (const s of names) if ((s.type === "ORG" || (s.type === "PER" && !s.titled)) && afterOfficeOf(text, s.start)) places.add(text.slice(s.start, s.end)), at.add(s.a);
  if (!places.size) return names;
  // Elsewhere only an organisation's reading moves: a person of the same name is another reading of the text's own.
  return mapSpans(names, (s) => (at.has(s.a) || (s.type === "ORG" && places.has(text.slice(s.start, s.end))) ? retyped(s, "LOC") : s));
}

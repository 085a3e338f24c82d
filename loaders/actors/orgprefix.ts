import type { Candidate } from "./candidate.js";
import { gazetteer } from "./gazetteer.js";
import { TITLES } from "./titlesplit.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";
import { afterOfficeOf } from "./officeplace.js";
import { afterTravelTo } from "./placeaftermotion.js";

// "Skyline Air … Skyline said it was cooperating": an organisation named in full and then by its
// first words within one article is one organisation. The short form takes the full name, so
// resolution joins the two and lists the short form as an alias. Only within the article, and only
// when one full name fits: "Holm Bank" and "Holm Group" leave a bare "Holm" as it was. A name the
// gazetteer knows ("United Nations") is an organisation of its own, not the first words of a body
// inside it; and only a well-formed full name is taken (capitalised words, connecting particles),
// not a tagger's run into a table row, a title or a lower-case noun phrase.

const TOWN_BEFORE_STATE = /^,\s*\p{Lu}/u;

/** A word a full organisation name may add after its short form. */
const NAME_WORD = /^(?:[\p{Lu}\p{N}]?[\p{Lu}][\p{L}'’.&-]+|of|de|do|du|da|del|der|la|le|and|&)$/u;

function wellFormed(full: string, prefix: string): boolean {
  const rest = full.slice(prefix.length).trim().split(/\s+/);
  return rest.every((w) => NAME_WORD.test(w) && !TITLES.has(w));
}

/** The article's candidates with each short organisation name replaced by the one full name it opens. */
export function orgShortNames(cands: Candidate[], text = ""): Candidate[] {
  let full: Candidate[] | null = null;
  for (const c of cands) if (c.kind === "organization" && c.name.trim().includes(" ")) (full ??= []).push(c);
  if (!full) return cands;
  return cands.map((c) => {
    // "the full Senate" after "the Senate Armed Services Committee": an institution's own word names it
    // a place the gazetteer does not know is the tagger's reading of a firm's first word ("Orvel's mines" after "Orvel Mining")
    // ("Orvel, Wis.": a town before its state stays the town)
    // ("the mayor of Orvel": a town whose office the article names stays the town; so does one flown to)
    const unknownPlace = c.kind === "place" && c.country === null && !TOWN_BEFORE_STATE.test(text.slice(c.end, c.end + 4)) && !afterOfficeOf(text, c.start) && !afterTravelTo(text, c.start);
    if ((c.kind !== "organization" && !unknownPlace) || gazetteer().exact.has(c.name.trim()) || ORG_SUFFIXES.has(c.name.trim())) return c;
    const prefix = `${c.name.trim()} `;
    let name: string | null = null;
    for (const d of full!) {
      if (d.start >= c.start || !d.name.startsWith(prefix) || !wellFormed(d.name, prefix)) continue;
      if (name !== null && name !== d.name) return c;
      name = d.name;
    }
    return name === null ? c : { ...c, kind: "organization", name };
  });
}

import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { capitalBefore } from "./context.js";

// "the Digital Markets Act", "the Clean Water Bill", "the Kyoto Protocol": a law, a bill or a
// treaty is a document the actors make, not one of them, though its capitalised words read as an
// organisation's (CoNLL tags them MISC). Only a name of two words or more ending in the document's
// noun: "Act" alone may be a party's short name.

const NOUNS = "Act|Acts|Bill|Treaty|Protocol|Accord|Accords";
const DOCUMENT = new RegExp(String.raw`\s(?:${NOUNS})$`, "u");

/** The rest of a law's title after a piece of it: "… of Passage to Harbour Gates Act". */
const REST_OF_TITLE = new RegExp(String.raw`^(?:\s+(?:of|to|for|on|and|in|the|\p{Lu}[\p{L}'’-]*))*?\s+(?:${NOUNS})\b(?!\s+\p{Lu})`, "u");

/** "the CHIPS Act" read from its noun alone: the noun right after a capitalised word or an acronym closes a law's title. */
const ALONE = new RegExp(String.raw`^(?:${NOUNS})$`, "u");
const closesTitle = (text: string, c: Candidate) => (c.via === "tagger" || c.via === "single") && ALONE.test(c.text) && c.text !== "Bill" && capitalBefore(text, c.start);

/** The candidates without laws, bills and treaties, nor the pieces of a law's title. */
export function withoutLaws(doc: Doc, cands: Candidate[]): Candidate[] {
  // a person's name may end on "Bill", and a person may stand before an office with one: "X and Minister of Finance Bill Y"
  const law = (c: Candidate) =>
    closesTitle(doc.text, c) ||
    (c.kind === "person" ? DOCUMENT.test(c.text) && !c.text.endsWith(" Bill") : c.kind !== "country" && (DOCUMENT.test(c.text) || REST_OF_TITLE.test(doc.text.slice(c.end, c.end + 100))));
  return cands.some(law) ? cands.filter((c) => !law(c)) : cands;
}

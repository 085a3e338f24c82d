import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { TITLES } from "./titlesplit.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";

// "Gallery director Ana Lima said …", "Hospital spokesman Tom Reed …": a sentence's first word before a
// lower-case office and a name is that office's institution named by a common noun, capitalised only
// because it opens the sentence; the tagger, which reads names beside offices, takes it for one. Where
// the article also writes the word in lower case ("a new gallery"), it is no name. A firm's or club's
// own name ("Orvane director …") is never written so.

const OFFICE_THEN_NAME = /^\s+(\p{Ll}+)\s+\p{Lu}/u;
const OPENER = /^[\s"'“‘(]*$/u;

function commonOpener(doc: Doc, c: Candidate): boolean {
  if (c.kind === "country" || /[\s.]/.test(c.text)) return false;
  const sentence = doc.sentences[c.sentence];
  if (!sentence || !OPENER.test(doc.text.slice(sentence.start, c.start))) return false;
  const office = OFFICE_THEN_NAME.exec(doc.text.slice(c.end, c.end + 40))?.[1];
  if (!office || !TITLES.has(office[0]!.toUpperCase() + office.slice(1))) return false;
  const lower = c.text.toLowerCase();
  // an organisation's head word alone ("Company president …") names no body either, unless it is short for
  // a body the article names with that head ("the Harbour Authority … Authority chairman …")
  return lower !== c.text && ((ORG_SUFFIXES.has(c.text) && !headOfNamed(doc.text, c)) || standsLower(doc.text, lower));
}

const WORD_CHAR = /[\p{L}-]/u;

/** Whether the article names a body of several words ending on c's word elsewhere ("… Harbour Authority"). */
const headOfNamed = (text: string, c: Candidate) => new RegExp(String.raw`\p{Lu}[\p{L}'’-]*\s+${c.text}\b`, "u").test(text);

/** Whether `word` stands in `text` as a word of its own, in lower case. */
function standsLower(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!WORD_CHAR.test(text[at - 1] ?? " ") && !WORD_CHAR.test(text[at + word.length] ?? " ")) return true;
  return false;
}

/** The candidates without sentence-opening common nouns read as an office's institution. */
export function withoutCommonOpeners(doc: Doc, cands: Candidate[]): Candidate[] {
  return cands.some((c) => commonOpener(doc, c)) ? cands.filter((c) => !commonOpener(doc, c)) : cands;
}

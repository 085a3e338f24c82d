import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";

// "an engine fire on the MV Northern Star", "the destroyer USS Tarvel": a vessel's name after its
// prefix is a thing, no actor (CoNLL files ships as miscellaneous), though its capitals read as a
// body's; the operator or navy the article names is the actor. The prefix alone is no name either.

const PREFIXES = "MV|M/V|RMS|HMS|HMAS|HMCS|HMNZS|USS|USNS|USCGC|FV|RV";
/** The prefix and the ship's name: capitalised words, none a body's head or legal form ("RMS International Inc"). */
const PREFIXED = new RegExp(String.raw`^(?:${PREFIXES})(?:\s+\p{Lu}[\p{L}'’-]*){1,4}$`, "u");
const PREFIX_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${PREFIXES})\s+$`, "u");
/** The prefix alone before the ship's name. */
const BARE = new RegExp(String.raw`^(?:${PREFIXES})$`, "u");
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;

const bodyWord = (text: string) => text.split(/\s+/).some((w) => ORG_SUFFIXES.has(w));

/** The candidates without ships' names. */
export function withoutShips(doc: Doc, cands: Candidate[]): Candidate[] {
  const ship = (c: Candidate) =>
    (PREFIXED.test(c.text) && !bodyWord(c.text)) ||
    (BARE.test(c.text) && NAME_AFTER.test(doc.text.slice(c.end, c.end + 3)) && !bodyWord(doc.text.slice(c.end, c.end + 40).split(/[.,;]/)[0]!)) ||
    (c.kind !== "person" && !bodyWord(c.text) && PREFIX_BEFORE.test(doc.text.slice(Math.max(0, c.start - 7), c.start)));
  return cands.some(ship) ? cands.filter((c) => !ship(c)) : cands;
}

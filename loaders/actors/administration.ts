import { gazetteer } from "./gazetteer.js";
import { namesMovement } from "./miscnames.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "the Tarvel administration", "during the Tarvel presidency": a one-word name between "the" and a
// lower-case "administration" or "presidency" is the surname of the leader it belongs to (CoNLL
// tags it a person), though the tagger, reading it as a modifier, calls it miscellaneous. Parties'
// and states' adjectives hold such offices too ("the Republican administration"), so the word must
// be none the gazetteer or the list of political currents knows.

const OFFICE_AFTER = new Set(["administration", "presidency", "premiership"]);
const CURRENTS = new Set([
  "Democratic", "Republican", "Labour", "Labor", "Conservative", "Liberal", "Socialist", "Communist", "Tory", "Nationalist",
  "Military", "Transitional", "Interim", "Provisional", "Federal", "Previous", "Current", "New", "Incoming", "Outgoing",
]);

/** Whether a miscellaneous span is the surname in "the <name> administration". */
export function administrationLeader(toks: readonly Tok[], s: NameSpan): boolean {
  if (s.b - s.a !== 1) return false;
  const word = toks[s.a]!, before = toks[s.a - 1], after = toks[s.b];
  if (!before || !after || before.lex.lower !== "the" || !after.word || after.cap || !OFFICE_AFTER.has(after.text)) return false;
  // a movement that governs ("the Velgar administration … Velgar fighters") is no leader's surname
  return !CURRENTS.has(word.text) && !gazetteer().exact.has(word.text) && /^\p{Lu}\p{Ll}+$/u.test(word.text) && !namesMovement(toks, word.text);
}

import { sentenceAt } from "../text/sentences.js";
import type { Doc } from "../types.js";
import type { Attribution } from "./attribution.js";
import type { QuoteSpan } from "./marks.js";

/**
 * "With the city now “annexed,” the state controls …": a word or two in lower case inside a
 * sentence that has no speech verb of its own is the reporter's distance from a term, not a
 * speaker's words; a speaker found further off in the paragraph said something else.
 */
export function scareQuote(doc: Doc, q: QuoteSpan, found: Attribution): boolean {
  const inner = doc.text.slice(q.textStart, q.textEnd).trim();
  // "Varn's “strong support”": a possessor gives the words an owner, whose they are (labels.ts).
  if (!SCARE_TERM.test(inner) || POSSESSED.test(doc.text.slice(Math.max(0, q.open - 4), q.open))) return false;
  const s = sentenceAt(doc.sentences, q.open);
  // far off as well: an abbreviation the splitter took for a full stop ("Messrs. Ode") parts a verb from its quote
  const far = Math.min(Math.abs(q.open - found.verbEnd), Math.abs(found.verbStart - q.close)) > SCARE_REACH;
  // "… from a “foreign body.” The firm said the payment was …": a verb in a later sentence that goes on
  // to a clause of its own reports that clause; it does not reach back to a term before it
  const ownClause = found.verbStart > q.close && found.sentence > (s?.index ?? Infinity) && OWN_CLAUSE.test(doc.text.slice(found.verbEnd, found.verbEnd + 40));
  return !!s && (far || ownClause) && found.sentence !== s.index && !s.headline && q.open > s.start;
}
/** What opens a reported clause after its verb: "that", a subject pronoun, or "the <noun>" and a finite verb. */
const OWN_CLAUSE = /^\s+(?:that|it|he|she|they|we|there|the\s+[\p{Ll}-]+\s+(?:was|were|is|are|had|has|would|will|could|did))\b/u;
const SCARE_REACH = 80;
const POSSESSED = /\p{L}['’]s?\s*$/u;
/** One or two lower-case words, a comma or a stop at most after them. */
const SCARE_TERM = /^\p{Ll}[\p{L}'’-]*(?:\s\p{Ll}[\p{L}'’-]*)?[,.]?$/u;

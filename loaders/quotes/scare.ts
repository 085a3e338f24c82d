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
  return !!s && far && found.sentence !== s.index && !s.headline && q.open > s.start;
}
const SCARE_REACH = 80;
const POSSESSED = /\p{L}['’]s?\s*$/u;
/** One or two lower-case words, a comma or a stop at most after them. */
const SCARE_TERM = /^\p{Ll}[\p{L}'’-]*(?:\s\p{Ll}[\p{L}'’-]*)?[,.]?$/u;

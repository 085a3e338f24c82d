import type { Doc, Sentence } from "../types.js";
import type { Attribution, Discourse } from "./attribution.js";
import type { QuoteSpan } from "./marks.js";
import { countBefore, firstAt } from "./search.js";

// "“…,” he said. “…”": a quotation that is a whole sentence of its own, with no speech verb,
// goes on with the words of the sentence before it when that sentence reports someone's speech.
// Wires that print a story as one paragraph (AP, NYT, WSJ in TimeBank) leave no paragraph break
// to tell a continued quotation from the next speaker's, so the sentence is the unit here.

/** How many quotation-only sentences may sit between a quotation and the attribution it goes on from. */
const CHAIN = 3;
/** Only marks, blanks and the attribution's trailing punctuation around a quotation that fills its sentence. */
export const EDGE = /^[\s"“”'‘’`.,!?]*$/u;

/** The attribution a sentence-long quotation continues, or null when the sentence before reports no speech. */
export function continuedSpeaker(doc: Doc, d: Discourse, q: QuoteSpan, s1: Sentence, s2: Sentence): Attribution | null {
  if (!EDGE.test(d.text.slice(s1.start, q.open)) || !EDGE.test(d.text.slice(q.close, s2.end))) return null;
  const paragraph = countBefore(d.newlines, q.open);
  for (let k = s1.index - 1, steps = 0; k >= 0 && steps <= CHAIN; k--, steps++) {
    const s = doc.sentences[k]!;
    if (countBefore(d.newlines, s.start) !== paragraph) return null;
    const spoken = lastAttribution(d, s);
    if (spoken) return spoken;
    // a quotation-only sentence between: keep walking back to the one that names the speaker
    if (!wholeQuotation(d, s)) return null;
  }
  return null;
}

/** The last attribution with a speaker whose verb lies in `s`. */
function lastAttribution(d: Discourse, s: Sentence): Attribution | null {
  let found: Attribution | null = null;
  for (let i = firstAt(d.attributions, (a) => a.verbStart >= s.start); i < d.attributions.length && d.attributions[i]!.verbStart < s.end; i++)
    if (d.attributions[i]!.speakerText) found = d.attributions[i]!;
  return found;
}

/** Whether one quotation fills the sentence `s` (marks and punctuation aside). */
function wholeQuotation(d: Discourse, s: Sentence): boolean {
  const i = firstAt(d.quotes, (x) => x.close > s.start);
  const x = d.quotes[i];
  return !!x && x.open >= s.start && x.close <= s.end + 2 && EDGE.test(d.text.slice(s.start, x.open)) && EDGE.test(d.text.slice(x.close, s.end));
}

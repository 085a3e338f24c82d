import { sentenceAt } from "../text/sentences.js";
import type { ActorRow, Doc, ResolvedMention } from "../types.js";
import { firstAt } from "./search.js";
import type { QuoteSpan } from "./marks.js";

// "“We will not give up the port.” ¶ That was the message from rebel leader Ann Ode on Sunday.":
// a quotation standing alone, its speaker named in the next paragraph by a sentence that points
// back at the words ("That was the warning from …", "Those were the words of …", "With those words, …", "So said …").

/** A sentence pointing back at the words just quoted. */
const POINTS_BACK = /^(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are|had\s+been)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:message|warning|word|words|verdict|view|reaction|response|reply|answer|promise|pledge|vow|plea|appeal|call|assessment|conclusion|prediction|forecast)\s+(?:from|of|by|given\s+by|delivered\s+by)\b|With\s+(?:those|these)\s+words\b|So\s+(?:said|says)\b)/u;

/** At most four words, no punctuation, between the pointing phrase and the name. */
const TITLE_BETWEEN = /^,?\s*(?:[\p{L}'’-]+\s+){0,4}$/u;

/** The person the next paragraph's opening sentence names as the speaker of a quotation that ends its own paragraph. */
export function speakerNamedAfter(doc: Doc, q: QuoteSpan, sorted: ResolvedMention[], actors: Map<string, ActorRow>): { actor: string; text: string } | null {
  let at = q.close;
  while (at < doc.text.length && /[\s.,]/u.test(doc.text[at]!) && doc.text[at] !== "\n") at++;
  if (doc.text[at] !== "\n") return null;
  while (at < doc.text.length && /\s/u.test(doc.text[at]!)) at++;
  const s = sentenceAt(doc.sentences, at);
  if (!s || s.start !== at) return null;
  const back = POINTS_BACK.exec(doc.text.slice(s.start, s.end));
  if (!back) return null;
  const m = sorted[firstAt(sorted, (x) => x.start >= s.start + back[0].length)];
  if (!m || m.start >= s.end || m.kind !== "person") return null;
  // the name is the phrase's own, a few words of title at most between: "from rebel leader X", not
  // "the view of many in Dorn, where X lives"
  if (!TITLE_BETWEEN.test(doc.text.slice(s.start + back[0].length, m.start))) return null;
  return { actor: m.actor, text: actors.get(m.actor)?.name ?? m.text };
}

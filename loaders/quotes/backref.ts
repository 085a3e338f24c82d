import { sentenceAt } from "../text/sentences.js";
import type { ActorRow, Doc, ResolvedMention } from "../types.js";
import { firstAt } from "./search.js";
import type { QuoteSpan } from "./marks.js";

// "“We will not give up the port.” ¶ That was the message from rebel leader Ann Ode on Sunday.":
// a quotation standing alone, its speaker named in the next paragraph by a sentence that points
// back at the words ("That was the warning from …", "Those were the words of …", "With those words, …", "So said …").

/** A sentence pointing back at the words just quoted. */
const POINTS_BACK = /^(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are|had\s+been)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:message|warning|word|words|verdict|view|reaction|response|reply|answer|promise|pledge|vow|plea|appeal|call|assessment|conclusion|prediction|forecast)\s+(?:from|of|by|given\s+by|delivered\s+by)\b|With\s+(?:those|these)\s+words\b|So\s+(?:said|says)\b)/u;

/**
 * Between the pointing phrase and the name: at most four words of title, no punctuation, besides
 * the body or place the title is held in ("from Varnby Port director X"); or a description the name is set
 * beside with a comma ("the words of the port director, X,").
 */
const TITLE_BETWEEN = /^,?\s*(?:[\p{L}.&'’-]+\s+){0,8}$/u;
const DESCRIPTION_BEFORE = /^\s*(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+$/u;
const LOWER_WORD = /(?:^|\s)\p{Ll}/gu;
const MAX_TITLE_WORDS = 4;
/** One to four lower-case words of title between two names: " chief executive ". */
const TITLE_WORDS = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,4}$/u;

function titleBetween(between: string): boolean {
  if (DESCRIPTION_BEFORE.test(between)) return true;
  return TITLE_BETWEEN.test(between) && (between.match(LOWER_WORD) ?? []).length <= MAX_TITLE_WORDS;
}

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
  // the first person named after the phrase; a body or a place before it is where the title is held
  let i = firstAt(sorted, (x) => x.start >= s.start + back[0].length);
  while (i < sorted.length && sorted[i]!.start < s.end && sorted[i]!.kind !== "person") i++;
  // "from Varnby Ferries chief executive X": a name and a title before the person's own name premodify it,
  // whatever kind the body's name was given
  while (i + 1 < sorted.length && sorted[i + 1]!.start < s.end && sorted[i + 1]!.kind === "person" && TITLE_WORDS.test(doc.text.slice(sorted[i]!.end, sorted[i + 1]!.start))) i++;
  const m = sorted[i];
  if (!m || m.start >= s.end || m.kind !== "person") return null;
  // the name is the phrase's own, a few words of title at most between: "from rebel leader X", not
  // "the view of many in Dorn, where X lives"
  if (!titleBetween(doc.text.slice(s.start + back[0].length, m.start))) return null;
  return { actor: m.actor, text: actors.get(m.actor)?.name ?? m.text };
}

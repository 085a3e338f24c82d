import { AUX } from "./verbs.js";
import { words, type Span, type W } from "./words.js";
import { clauseParts, describedName } from "./subject.js";
import { tradeThenName } from "./tradename.js";

// The subject of a colon that introduces a quotation in a clause without a speech verb: "the
// governor was blunt: “…”", "with her one request: “…”", "Mayor Ann Ode: “…”".

const REACH = 400;
const PAST = /^\p{Ll}+ed$/u;
const CAPITAL = /^\p{Lu}/u;
/** "his reply", "her one request" closing the clause before a colon. */
const POSSESSED = /\b(?:his|her)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*$/u;
const isCap = (w: string) => CAPITAL.test(w);
/** "excerpts from President Ann Ode's radio address": the possessor of the speech. */
const WORDS_OF = /\b(?:excerpts?|extracts?|text|transcript)\s+(?:of|from)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}.-]*?)['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:remarks|statement|speech|address|testimony|comments|interview|briefing|letter)\b/u;
/** A speech or text "by" someone, their capitalised name (and title) after it. */
const WORDS_BY = /\b(?:remarks|statement|speech|address|testimony|comments|interview|briefing|text|transcript)\s+(?:\p{Ll}+\s+){0,4}?by\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)/u;

/** "On the prospect of rain, the governor was blunt:" → "the governor" (the clause's leading noun phrase). */
export function colonSubject(t: string, sentenceStart: number, colon: number): Span | null {
  const ss = Math.max(sentenceStart, colon - REACH);
  const seg = t.slice(ss, colon);
  // "The following is an excerpt from remarks by Secretary Ann Ode at …:": the words are the speaker's after "by"
  const by = WORDS_BY.exec(seg) ?? WORDS_OF.exec(seg);
  if (by) return { start: ss + by.index + by[0].indexOf(by[1]!), end: ss + by.index + by[0].indexOf(by[1]!) + by[1]!.length };
  // "… with her one request:": the words are the possessor's; the subject is "her".
  const own = POSSESSED.exec(seg);
  if (own) return { start: ss + own.index, end: ss + own.index + 3 };
  const from = ss + Math.max(seg.lastIndexOf(","), seg.lastIndexOf(";")) + 1;
  const ws = words(t, from, colon);
  // "Ann Ode, a spokeswoman for the union, dismissed the charge:" — the clause after the last comma
  // opens on its verb; its subject is the name before the description.
  if (ws.length && from > ss && PAST.test(ws[0]!.w)) {
    const parts = clauseParts(t, ss, colon);
    return describedName(t, parts, parts.length - 1);
  }
  let n = 0;
  // the noun phrase ends at the first auxiliary or past-tense verb ("was", "had", "sounded")
  while (n < ws.length && n < 8) {
    if (n > 0 && (AUX.has(ws[n]!.low) || PAST.test(ws[n]!.w))) break;
    n++;
  }
  if (n && n === ws.length && from === sentenceStart && (bareName(ws) || speakerLine(t, sentenceStart, ws))) return { start: ws[0]!.start, end: ws[n - 1]!.end };
  // "Union secretary Ann Ode: “…”": a capitalised word, its trade in lower case, then the name.
  const traded = n === ws.length && from === sentenceStart ? tradedName(ws) : null;
  if (traded) return traded;
  if (!n || n === ws.length) return null;
  // "The following is the text …:" names no speaker (and its dateline none either)
  if (ws[n - 1]!.low === "following") return null;
  return { start: ws[0]!.start, end: ws[n - 1]!.end };
}

/**
 * "Ode: “…”" opening a paragraph: an interview's or a transcript's line under the speaker's
 * surname. One word only (the caller keeps it only when it names an actor).
 */
export const speakerLine = (t: string, sentenceStart: number, ws: W[]) =>
  ws.length === 1 && isCap(ws[0]!.w) && ws[0]!.w.length > 1 && !FRONTED_WORD.test(ws[0]!.low) && /(?:^|\n)\s*$/.test(t.slice(Math.max(0, sentenceStart - 4), ws[0]!.start));

/** "Mayor Ann Ode: “…”": a sentence opening on a name, two to five capitalised words, then the colon; not "In Eastfield:". */
const bareName = (ws: W[]) => ws.length >= 2 && ws.length <= 5 && ws.every((w) => isCap(w.w)) && !FRONTED_WORD.test(ws[0]!.low);
/** "Union secretary Ann Ode", "Defence lawyer Ann Ode": the sentence's first word, capitalised, opens the trade before the name. */
const tradedName = (ws: W[]) => (ws.length >= 4 && isCap(ws[0]!.w) && !FRONTED_WORD.test(ws[0]!.low) ? tradeThenName(ws.slice(1)) : null);
const FRONTED_WORD = /^(?:the|in|at|on|for|after|before|from|by|with|under|since|during|as|asked|update|note)$/;

import { isSpace } from "../text/space.js";
import { holdsReporterTag } from "./reportertag.js";
// Finds quotation spans by their marks. Hand-written: no installed library
// pairs quotation marks with offsets, and the rules are about news typography:
//   “…”  curly doubles (nesting ‘…’ inside is part of the text)
//   "…"  straight doubles, paired left to right within a paragraph
//   ''…'' doubled apostrophes used by some wires, and ``…'' (TeX/PTB style)
// A quote left open at the end of a paragraph is the wire convention for a
// quotation running on into the next paragraph (which reopens with a mark):
// the open part becomes its own span with `closed: false`.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when unclosed). */
  close: number;
  /** The quoted text: text.slice(textStart, textEnd). */
  textStart: number;
  textEnd: number;
  closed: boolean;
}

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ATTRIBUTION_OPENS = /^\s*,?\s*(?:(?:he|she|they|it)\s+(?:said|says|added|told)\b|(?:said|says|added)\s+(?:the|a|an|\p{Lu})[^.!?]{0,60}[.,])/u;
const UNNAMED_ATTRIBUTION_OPENS = /^\s*,?\s*(?:a|an|one|another|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:said|says|added)\s*[.,]/u;
const POSSESSIVE_S = /^\p{L}\s"s(?:[\s,.;:]|$)/u;
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})/u;

const MARK = /[“”"]|''|``/g;

type Family = "curly" | "straight" | "wire";

export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // One scan of the text: a paragraph's own search for its first mark would run on
  // through every later paragraph that has none.
  MARK.lastIndex = 0;
  let next = MARK.exec(text);
  let paraStart = 0;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf("\n", paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    if (next && next.index < paraEnd) next = scanParagraph(text, paraStart, paraEnd, next, out);
    paraStart = paraEnd + 1;
  }
  return out;
}

/** Pairs the marks of one paragraph from its first (`m`); returns the first mark after it. */
function scanParagraph(text: string, from: number, to: number, first: RegExpExecArray, out: QuoteSpan[]): RegExpExecArray | null {
  let open: { at: number; len: number; family: Family } | null = null;
  let m: RegExpExecArray | null = first;
  for (; m && m.index < to; m = MARK.exec(text)) {
    const mark = m[0];
    const at = m.index;
    // "women "s wear": a possessive's apostrophe turned into a double mark, after a word and its space.
    if (mark === '"' && POSSESSIVE_S.test(text.slice(Math.max(from, at - 2), at + 3))) continue;
    if (!open) {
      // A closing curly mark with nothing open is a stray; skip it.
      if (mark === "”") continue;
      // "''" right after a letter is more likely a possessive/prime pair than an opener.
      if (mark === "''" && at > from && LETTER_OR_DIGIT.test(text[at - 1]!)) continue;
      open = { at, len: mark.length, family: mark === "“" ? "curly" : mark === '"' ? "straight" : "wire" };
      continue;
    }
    const closes =
      open.family === "curly" ? mark === "”" :
      open.family === "straight" ? mark === '"' :
      mark === "''" || mark === '"';
    if (!closes) continue;
    push(out, open.at, open.len, at, at + mark.length, true);
    open = null;
  }
  if (open) {
    let end = to;
    while (end > open.at + open.len && isSpace(text.charCodeAt(end - 1))) end--;
    push(out, open.at, open.len, end, end, false);
  }
  return m;
}

function push(out: QuoteSpan[], open: number, openLen: number, textEnd: number, close: number, closed: boolean): void {
  const textStart = open + openLen;
  if (textEnd <= textStart) return;
  out.push({ open, close, textStart, textEnd, closed });
}

/** Copy of `text` with quoted material blanked (same length), so clause scans skip it. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  if (!spans.length) return text;
  let out = "";
  let at = 0;
  for (const s of spans) {
    // A quotation ending in , . ! ? keeps that mark: it ends the clause ("…,” he said"),
    // while a bare quoted phrase ("the “Harbour Pact” of firms said") does not.
    const keep = /[,.!?…]/.test(text[s.textEnd - 1] ?? "") ? 1 : 0;
    out += text.slice(at, s.textStart) + "\u2591".repeat(s.textEnd - s.textStart - keep) + text.slice(s.textEnd - keep, s.textEnd);
    at = s.textEnd;
  }
  return out + text.slice(at);
}

/**
 * Marks paired inside out: the "quotation" opens with the reporter's attribution of the words
 * before it ("… player, \"said the 21-year-old.\"", "\"he said. Also …"). A well-paired quote
 * never starts with its own "said"; the wire lost or doubled a mark before it.
 */
export function pairedInsideOut(inner: string): boolean {
  if (ATTRIBUTION_OPENS.test(inner) || holdsReporterTag(inner)) return true;
  // "a trader said. Volumes were …": an unnamed speaker's attribution, ended, opening the span.
  if (UNNAMED_ATTRIBUTION_OPENS.test(inner)) return true;
  // "Okafor said." alone (or before the wire's sign-off, "Okafor said .. -- Desk"), or "Mendes said the plan … ." ending a sentence: the reporter naming a
  // speaker in the third person. A speaker quoting someone else hands over to the attribution
  // with a comma ("“Lee said he would come,” Kim said"), so a span ending in one is kept.
  if (NAMED_REPORT.test(inner) && !HANDS_OVER.test(inner)) return true;
  // "Okafor, who won the title last year, …": a relative clause on a name opening the span is
  // narration, unless the span hands over to an attribution with a comma, as a speaker's does.
  return NAMED_RELATIVE.test(inner) && !HANDS_OVER.test(inner);
}

/**
 * `pairedInsideOut` for the span `q` of `text`, except when its mark follows a colon ("Ode: “They
 * said the same thing …”"): a colon opens a quotation, so that mark is in phase whatever the
 * span's words. A curly opening mark is in phase too: “ only opens, so a span it opens cannot be
 * the reporter's words between two quotations ("“She said to me, ‘Go,’ and that was it,” Ode said"),
 * and so is the wire's ``.
 */
export function insideOut(text: string, q: { open: number; textStart: number; textEnd: number }): boolean {
  if (text[q.open] === "“" || text.startsWith("``", q.open)) return false;
  return !COLON_BEFORE.test(text.slice(Math.max(0, q.open - 3), q.open)) && pairedInsideOut(text.slice(q.textStart, q.textEnd));
}
const COLON_BEFORE = /:\s*$/;

/** A comma at the span's end, before the closing mark of a quotation quoted inside it ("… regret it,'"). */
const HANDS_OVER = /,['’]?\s*$/u;

/** One to three capitalised words, not a first or second person ("I said", "We said", "Like I said" open a speaker's own words). */
const NAME = "(?!(?:I|We|You)\\b)\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?!I\\b)\\p{Lu}[\\p{L}'’.-]*){0,2}";
const NAMED_REPORT = new RegExp(`^\\s*(?:${NAME}|He|She)\\s+(?:said|says|added)\\b(?:\\s*[.](?:\\s*$|\\s*[.]|\\s+--)|\\s+(?:that\\s+)?\\p{Ll})`, "u");
const NAMED_RELATIVE = new RegExp(`^\\s*${NAME},\\s+(?:who|whose)\\s`, "u");

/**
 * Narration caught between mis-paired marks with no attribution of its own: a sentence about a
 * named person in the third person ("Okafor was pleased with his win over Lund, his first in
 * five meetings."), with no first or second person anywhere in it. A speaker talking about
 * someone else says "I" or "we" somewhere, or hands the quotation over with a comma.
 */
export function thirdPersonNarration(inner: string): boolean {
  const t = inner.trim();
  if (/,$/.test(t) || FIRST_OR_SECOND.test(t) || SPEAKERS_PRESENT.test(t)) return false;
  return NARRATED_SUBJECT.test(t) && THIRD_PERSON.test(t);
}

/**
 * A judgement in the present tense ("… and it is great to honour him", "that's how he was"; a relative "that is" does not count): the
 * speaker's own voice, where the wire's narration between marks tells the past.
 */
const SPEAKERS_PRESENT = /\b(?:it|this|there)(?:['’]s|\s+is)\s|\bthat['’]s\s/iu;

const FIRST_OR_SECOND = /\b(?:I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|we'd|we'll|us|our|ours|you|you're|your|yours)\b/iu;
const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|himself|herself)\b/iu;
/** A verb of narration: a past form, or a form of "be" or "have". */
const NARRATING_VERB = "(?:was|were|had|has|is|\\p{Ll}+ed)\\b";
/** "Okafor, for years the league's best bowler, had hoped …", "Okafor, bidding for a third title, plays …": an apposition between commas, then the verb. */
const APPOSED_VERB = `,\\s+[^,"“”]{3,80}?,\\s+(?:${NARRATING_VERB}|\\p{Ll}+s\\b)`;
/** A named subject opening the span: "Okafor won", "The 26-year-old Okafor, who …". */
const NARRATED_SUBJECT = new RegExp(
  `^(?:(?:The\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2})?(?!(?:He|She|It|They|This|That|These|Those|There|His|Her|Its|Their)\\b)${NAME}(?:,\\s+who\\b|\\s+${NARRATING_VERB}|${APPOSED_VERB})` +
    // "The 32-year-old winger played …": a person by description, then the verb
    `|The\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}\\p{Ll}[\\p{Ll}-]+\\s+${NARRATING_VERB})`,
  "u",
);

/**
 * A quotation left open whose text runs on into the reporter's narration ("… stay on it. Okafor
 * (3-1) picked up the win …"): its closing mark was lost, so where the speaker's words end is
 * unknown. The wire's multi-paragraph quotation instead reopens the next paragraph with a mark.
 */
export function runsIntoNarration(text: string, q: QuoteSpan): boolean {
  if (q.closed || /^\s*(?:["“]|''|``)/u.test(text.slice(q.close, q.close + 200))) return false;
  const inner = text.slice(q.textStart, q.textEnd);
  return inner.split(SENTENCE_BREAK).some((s) => NARRATION_SENTENCE.test(s) && !FIRST_OR_SECOND.test(s));
}

/** A sentence opening on a named subject and its verb, after an optional "In <place>,": "At Eastfield, Ann Ode (2-0) scored …". */
const NARRATION_SENTENCE = new RegExp(
  `^(?:(?:In|At|On)\\s+${NAME},\\s+)?(?:The\\s+)?(?!(?:He|She|It|They|This|That|These|Those|There|His|Her|Its|Their)\\b)${NAME}(?:\\s*\\([^()]{1,12}\\))?(?:,\\s+who\\b|\\s+(?:was|were|had|has|is|\\p{Ll}+ed)\\b)`,
  "u",
);

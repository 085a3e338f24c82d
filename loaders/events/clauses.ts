import { isSpace } from "../text/space.js";
import { ingForm } from "./ing-form.js";
// Clause boundaries and the small closed-class cues around a trigger. Regexes
// rather than a parser: these are closed word lists, and the events stage must
// run at pipeline speed (a dependency parse per sentence would not).

export interface Span {
  start: number;
  end: number;
}

/**
 * Strong boundaries end the clause for every purpose: punctuation, subordinators,
 * ", and" before a new predicate. The subordinator itself opens the next clause.
 * "since" right after an auxiliary is an adverb of time ("has since attacked"), no subordinator.
 */
const STRONG = /[;:—–]|\s-\s|(?:,\s*|\s+)(?=(?:while|whereas|but|although|though|because|which|who|whom|where|when|after|before|since(?<!\b(?:has|have|had|having)\s+since|\p{L}['’]s\s+since)|until|whilst)\b)|,\s+(?=and\b)/giu;
/** Weak boundaries ("said that …") separate a report from what is reported; objects may still cross them. */
const WEAK = /\s+(?=that\b)/giu;

/** Where each match of `re` in `text[from, to)` ends (its matches are never empty). */
function cuts(text: string, from: number, to: number, re: RegExp): number[] {
  const slice = text.slice(from, to);
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(slice)); ) out.push(from + m.index + m[0].length);
  return out;
}

/** The clause boundaries: the sentence's ends and the cuts (each list in order, all in (from, to]), in order, each once. */
function points(from: number, to: number, a: number[], b: number[] = []): number[] {
  const out = [from];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (next !== out[out.length - 1] && next !== to) out.push(next);
  }
  out.push(to);
  return out;
}

function spans(points: number[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 1 < points.length; i++) if (points[i + 1]! > points[i]!) out.push({ start: points[i]!, end: points[i + 1]! });
  return out;
}

export interface Clauses {
  /** Clauses cut at strong and weak boundaries: where subjects, dates and cues are looked for. */
  narrow: Span[];
  /** Clauses cut at strong boundaries only: how far an object may lie from its verb. */
  wide: Span[];
}

export function clausesOf(text: string, sentence: Span): Clauses {
  const strong = cuts(text, sentence.start, sentence.end, STRONG);
  const weak = cuts(text, sentence.start, sentence.end, WEAK);
  return { narrow: spans(points(sentence.start, sentence.end, strong, weak)), wide: spans(points(sentence.start, sentence.end, strong)) };
}

export function spanAt(spans: Span[], at: number): Span {
  for (const s of spans) if (at >= s.start && at < s.end) return s;
  return spans[spans.length - 1] ?? { start: at, end: at };
}

/** Trims whitespace and leading/trailing commas off a span so it reads as a phrase. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,]/u.test(text[start]!)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Negation right before the trigger: "did not attack", "can't withdraw", "never met". */
const NEGATORS = new Set(["not", "never", "cannot", "nor"]);

/** Planned, proposed or conditional acts: the cue precedes the trigger in its clause ("should": not done yet, whoever wants it). */
const PLANNED_BEFORE =
  /\b(?:will|would|shall|should|could|may|might|plans?|planned|planning|intends?|intention|(?:ready|readiness|prepared|willing|willingness)\s+to|prepar(?:e|es|ed|ing)\s+for|expects?|expected|set to|scheduled to|due to(?!\s+(?:the|a|an|its|their|his|her|this|that|lack|poor|bad|heavy)\b)|is to|are to|(?:was|were)\s+to(?!\s+have\b)|hopes?|hoped|hoping|potential(?:ly)?|possible|future|further|closer|proposed|proposes?|propose|offers? to|offered to|aims? to|seeks? to|seeking to|want(?:s|ed)? to|finali[sz]e|look(?:s|ed|ing)?\s+forward\s+to)\b|['’]ll\b/iu;
/** "a bid to join", "its attempts to seize": an aim's own infinitive, right before the trigger, is not yet done. */
const AIM_TO = /\b(?:bids?|attempts?|efforts?|ambitions?|application|drive|push)\s+to\s+$/iu;
/**
 * Whether `before` ends on "to" and white space, as every AIM_TO match does: anchored only at the
 * end, the pattern would try each position of the clause. trimEnd drops what `\s` matches, and no
 * letter but "T" and "O" folds onto "t" or "o".
 */
function endsOnTo(before: string): boolean {
  const t = before.trimEnd();
  return t.length < before.length && t.length >= 2 && (t.charCodeAt(t.length - 2) | 32) === 116 && (t.charCodeAt(t.length - 1) | 32) === 111;
}
/** Cues after the trigger: "talks, which are expected later this week". */
// A comma is crossed only into a relative on the act ("talks, which are expected"): "X, who visited Y
// last spring, is due to meet Z" tells of a visit that was held, whatever the main clause plans.
const PLANNED_AFTER = /^(?:[^.;,]|,(?=\s*(?:which|that)\b)){0,40}?\b(?:is|are|was|were)\s+(?:expected|planned|scheduled|due|set)\b/iu;

/** True when the words of the clause before the trigger deny it. */
/**
 * "Y should withdraw", "X said Y should resign": an obligation someone states, not an act Y did
 * or plans. ("He should be received by Z" is an expectation: a planned cue, PLANNED_BEFORE.)
 */
const SHOULD_ACTIVE = /\bshould\s+(?:not\s+|never\s+)?(?:[\p{L}]+ly\s+)?$/iu;
/** "must withdraw", "must be agreed by both": a requirement stated, active or passive, is no act. */
const MUST = /\bmust\s+(?:not\s+|never\s+|first\s+|also\s+)?(?:be\s+)?(?:[\p{L}]+ly\s+)?$/iu;
export const obligationOnly = (before: string) =>
  (before.lastIndexOf("should") >= before.length - 40 && SHOULD_ACTIVE.test(before.slice(-40))) || (before.lastIndexOf("must") >= before.length - 30 && MUST.test(before.slice(-30)));

export function isNegated(before: string): boolean {
  // Only the last four words can negate: a word test instead of an end-anchored regex run at every
  // position, and those words read from the end rather than the whole tail split.
  const tail = before.slice(-60);
  const words: string[] = [];
  for (let i = tail.length - 1, end = tail.length; i >= -1 && words.length < 4; i--) {
    if (i >= 0 && !isSpace(tail.charCodeAt(i))) continue;
    if (end > i + 1) words.push(tail.slice(i + 1, end).toLowerCase());
    end = i;
  }
  // `words` runs from the last word back.
  return words.some((w, i) => NEGATORS.has(w) || w.endsWith("n't") || w.endsWith("n’t") || (w === "no" && words[i - 1] === "longer"));
}


/** `s.split(/\s+/).slice(-n).join(" ")`, found from the end: only the last words are read. */
export function lastWords(s: string, n: number): string {
  let from = 0;
  // Whether every run of blanks among the last words is a single space already.
  let plain = true;
  for (let i = s.length - 1, runs = 0; i >= 0; i--) {
    if (!isSpace(s.charCodeAt(i))) continue;
    // `i` ends a run of blanks: the n-th from the end opens the last n words.
    if (++runs === n) {
      from = i + 1;
      break;
    }
    if (s.charCodeAt(i) !== 32 || (i > 0 && isSpace(s.charCodeAt(i - 1)))) plain = false;
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  }
  return plain ? s.slice(from) : s.slice(from).replace(/\s+/g, " ");
}

/** "X will on Wednesday continue his work visiting Y": a participle hanging on a future verb is as future as it. */
const GOVERNED_GERUND = /\b(?:to|of|for|by|in|on|at|about|after|before|without)\s+$/iu;
const FUTURE_AUXILIARY = /\b(?:will|shall)\s+(?!be\b|have\b)[^;:]*$/iu;

/** Whether a trigger -ing form shares a will/shall future with the verb it hangs on (`clause`: its clause before it). */
export function futureParticiple(head: string, clause: string): boolean {
  return ingForm(head) && (clause.includes("will") || clause.includes("shall")) && FUTURE_AUXILIARY.test(clause) && !GOVERNED_GERUND.test(clause.slice(-16));
}

/** Cues of a decided plan ("will impose", "plans to strike"), as against a proposal, offer or possibility. */
const DECIDED_PLAN = /\b(?:will|shall|plans?|planned|planning|intends?|scheduled|due\s+to|set\s+to|is\s+to|are\s+to)\b|['’]ll\b/iu;
/** The word a planned conflictual act's mode carries: "planned" for a decided plan, else "proposed". */
export const planWord = (cue: string) => (DECIDED_PLAN.test(cue) ? "planned" : "proposed");

/** "scheduled a meeting with X", "arranged talks": a contact set for later is planned, not held. */
const SCHEDULED_BEFORE = /\b(?:scheduled|schedules?|scheduling|arranged|arranges?|arranging)\s+(?:(?:an?|the|his|her|its|their|new|further|fresh)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * "a deal … to hold direct talks with X", "met to hold talks": a contact noun after an
 * infinitive support verb is what is meant to happen (not "the first leader to hold talks").
 */
// (The lookahead checks the "to" before the costlier lookbehind is tried, at every position.)
const INFINITIVE_CONTACT = /(?=to\s)(?<!\b(?:first|last|only|second)\s+(?:[\p{L}-]+\s+){0,2})\bto\s+(?:hold|have|start|begin|open|resume)\s+(?:(?:a|an|the|new|further|direct|formal|fresh|high|higher|level|high-level|higher-level|top-level|political|peace|more)\s+){0,4}$/iu;

export function isPlanned(before: string, after: string, clause = ""): boolean {
  return PLANNED_BEFORE.test(before) || (endsOnTo(before) && AIM_TO.test(before)) || (before.includes("to ") && INFINITIVE_CONTACT.test(before)) || ((before.includes("schedul") || before.includes("arrang")) && SCHEDULED_BEFORE.test(before.slice(-60))) || PLANNED_AFTER.test(after) || (clause.lastIndexOf(" to ") > clause.length - 50 && TRIP_PURPOSE.test(clause));
}

/** "left Amman for Ramallah to hold talks", "flew to Ottawa to meet …": the purpose of a trip is still to come. */
const TRIP_PURPOSE =
  /\b(?:left|leaves|leaving|flew|flies|flying|travell?ed|travels|travell?ing|headed|heads|heading|departed|departs|set\s+(?:off|out))\b[^.;:]{0,120}?\bto\s+(?:(?:hold|have|attend|discuss|open|start|begin|join|sign)\b(?:\s+[\p{L}-]+){0,3}\s*)?$/iu;

/**
 * "ready to reopen the consulate and meet with …", "was to meet X and sign …": an intention or an arrangement governs every
 * infinitive coordinated under it, however long the first one runs. The cue, its "to",
 * then one verb phrase with no clause punctuation, then "and" right before the trigger.
 */
const PLANNED_COORDINATED =
  /\b(?:ready|prepared|willing|plans?|planned|planning|intends?|wants?|aims?|seeks?|hopes?|expects?|expected|set|offered|offers?|promised|pledged|agreed|is|are|was|were)\s+to\s+\p{Ll}[^,;:.()"“”]{0,80}?\s+and\s+(?:to\s+)?$/iu;

/** "said it will start moving troops … and free the sailors": a future verb governs the verb coordinated with it. */
const MODAL_COORDINATED = /\b(?:will|shall)\s+(?:not\s+)?\p{Ll}+[^,;:.()"“”]{0,80}?\s+and\s+$/iu;

/** Both patterns above end on "and" (and a "to"): a cheap test of that end comes first. */
const AND_AT_END = /\sand\s+(?:to\s+)?$/i;

export function isPlannedCoordinated(before: string): boolean {
  const tail = before.slice(-140);
  if (!AND_AT_END.test(tail)) return false;
  return PLANNED_COORDINATED.test(tail) || ((tail.includes("will") || tail.includes("shall")) && MODAL_COORDINATED.test(tail));
}

/** "…, but not lethal weapons": the same act, denied for another object. */
export const BUT_NOT = /,?\s*but\s+not\s+[^,.;]+/iu;
/** "but" in any case: every BUT_NOT match holds it (no other letter folds onto b, u or t), and it is found much faster. */
export const BUT_WORD = /but/i;

/** Passive voice just before a participle: "was attacked", "have been sent", "were reportedly shot". */
// An opening quotation mark may stand inside: "had been ``virtually abducted'' by X" is a passive.
export const PASSIVE = /\b(?:is|are|was|were|be|been|being|got|get)\s+(?:(?:``|["“‘'])\s*)?(?:[\p{L}]+ly\s+)?(?:``|["“‘'])?$/iu;

/** "X denied that it had attacked Y": the reported act is one its teller says did not happen. */
// "denied reports that …", "dismissed claims that …": a report denied is a denial of its act.
const DENIAL_BEFORE =
  /\b(?:den(?:y|ies|ied|ying)(?:\s+(?:the\s+|any\s+)?(?:reports?|claims?|allegations?|accusations?|charges?|suggestions?|rumou?rs?))?|dismissed\s+(?:the\s+)?(?:reports|claims|allegations|accusations|suggestions|rumou?rs))\s*$/iu;

/** "X denied it had attacked Y": a denial whose clause has no "that", read inside the trigger's own clause. */
const DENIED_CLAUSE = /\bden(?:y|ies|ied|ying)\s+(?:it|he|she|they|we|its\s+\p{Ll}+|their\s+\p{Ll}+)\s+(?:(?:had|has|have|was|were|would|ever)\s+)*(?:\p{Ll}+ly\s+)?$/iu;
export const deniedInClause = (before: string) => (before.includes("deni") || before.includes("deny")) && DENIED_CLAUSE.test(before.slice(-80));

export function isDenied(beforeClause: string): boolean {
  return DENIAL_BEFORE.test(beforeClause.slice(-60));
}

import { apposedBeforeVerb, describedAfterVerb } from "./apposition.js";
import { pastCoordinatedOf } from "./coordof.js";
import { AUX, CLAUSE_WORDS, isParticiple } from "./verbs.js";
import { words, type Span, type W } from "./words.js";
import { afterAccording, DOCUMENT_BY, DOCUMENT_COPY, quotedAs } from "./cited.js";
import { describedThenCalled, describedThenTraded } from "./tradename.js";

export type { Span };

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const ADVERB = /^\p{Ll}+ly$/u;
const PAST = /^\p{Ll}+ed$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** An age as a description's word: "said the 30-year-old", "said a 52-year-old farmer". */
const AGE_WORD = /^\d+-year-old$/u;
const CAPITAL = /^\p{Lu}/u;

// The subject of a speech verb, read off the surface of the clause: news
// attribution is formulaic ("X said", "…, X told reporters", "said X",
// "according to X", "X, who told …", "…, adding"), so a few positional rules
// over the (quote-masked) sentence cover it without a parser.

const REACH = 400;
/** A verb that hands its subject to an infinitive speech verb: "went on to add", "was quick to say", "decided to tell". */
const CATENATIVE = /\b(?:(?:went|goes|go|going|gone)\s+on|(?:was|were|is|are)\s+quick|decided|hastened)\s+to\s+$/iu;

// No "." here: the sentence splitter already ends a sentence at a full stop,
// and the dots left inside one belong to abbreviations ("the U.N. said").
const BOUNDARY = /[,;:!?…()\n—–\[\]]/u;

const isCap = (w: string) => CAPITAL.test(w);
const SUBJECT_PRONOUN = new Set(["he", "she", "they", "we", "i", "it"]);
/** Words that open an adverbial of time or place before a clause's subject: "on Monday he", "later she", "afterwards she". */
const ADVERBIAL_OPENER = new Set(["on", "in", "at", "during", "after", "before", "since", "until", "later", "then", "now", "yesterday", "today", "tonight", "earlier", "afterwards", "afterward", "meanwhile", "separately", "subsequently", "eventually", "finally"]);
const CONNECT = new Set(["of", "the", "and", "for", "de", "al", "von", "van", "bin"]);

/** Leading run of capitalised words ("Zelenskyy firmly rejected…" → "Zelenskyy"). */
function leadingName(ws: W[]): Span | null {
  let i = 0;
  if (ws[0] && (ws[0].low === "the") && ws[1] && isCap(ws[1].w)) i = 1;
  let last = -1;
  for (let j = i; j < ws.length; j++) {
    if (isCap(ws[j]!.w)) last = j;
    else if (!(CONNECT.has(ws[j]!.low) && last >= 0)) break;
  }
  return last >= 0 ? { start: ws[0]!.start, end: ws[last]!.end } : null;
}

/** Trailing run of capitalised words ("… with President Volodymyr Zelensky" → "President Volodymyr Zelensky"). */
function trailingName(ws: W[]): Span | null {
  let first = -1;
  for (let j = ws.length - 1; j >= 0; j--) {
    if (isCap(ws[j]!.w)) first = j;
    else if (!(CONNECT.has(ws[j]!.low) && first >= 0)) break;
  }
  return first >= 0 ? { start: ws[first]!.start, end: ws[ws.length - 1]!.end } : null;
}

/** Subject of the verb at [vs, ve) within the sentence [ss, se) of `t` (quotes masked). */
export function subjectSpan(t: string, ss: number, se: number, vs: number, ve: number, verb: string): Span | null {
  // A subject lies within a few hundred characters of its verb; bounding the scan keeps a
  // run-on "sentence" (a one-line megabyte article) from making every verb rescan it.
  ss = Math.max(ss, vs - REACH);
  se = Math.min(se, ve + REACH);
  const vlow = verb.toLowerCase().replace(/\s+/g, " ");
  if (vlow === "according to") return afterAccording(t, ve, se);
  const after = inverted(t, ss, se, vs, ve, vlow);
  if (after) return after;
  if (vlow === "saying" || vlow === "telling") {
    const quoted = quotedAs(t, ss, vs);
    if (quoted) return quoted;
  }
  // "He went on to add": the subject is the catenative verb's.
  const cat = CATENATIVE.exec(t.slice(Math.max(ss, vs - 30), vs));
  if (cat) vs -= cat[0].length;
  // "the Tessaly Democratic Front (TDF) said": an abbreviation in brackets belongs to the subject.
  const bracket = /\s*\([^()]{1,15}\)\s*$/u.exec(t.slice(ss, vs));
  if (bracket) vs = ss + bracket.index;
  // Walk back over auxiliaries and adverbs: "has also said", "firmly rejected".
  const ws = words(t, ss, vs);
  let k = ws.length;
  while (k > 0 && (AUX.has(ws[k - 1]!.low) || ADVERB.test(ws[k - 1]!.w)) && !boundaryBetween(t, ws[k - 1]!.end, k < ws.length ? ws[k]!.start : vs)) k--;
  const end = k > 0 ? ws[k - 1]!.end : ss;
  if (k > 0 && boundaryBetween(t, end, k < ws.length ? ws[k]!.start : vs)) return fromPreviousChunks(t, ss, end);
  // The chunk: back to punctuation or a clause word.
  let i = k;
  const walk = () => {
    while (i > 0 && !CLAUSE_WORDS.has(ws[i - 1]!.low) && !(i < k && boundaryBetween(t, ws[i - 1]!.end, ws[i]!.start) && !townAndState(t, ws, i))) i--;
  };
  walk();
  // "maker of lathes and presses said": that "and" joins the objects of "of"
  const of = pastCoordinatedOf(ws, i, k, (a, b) => boundaryBetween(t, a.end, b.start));
  if (of < i) (i = of), walk();
  let chunk = ws.slice(i, k);
  if (chunk[0]?.low === "with") chunk = chunk.slice(1);
  // "said on Monday he had never …": after an adverbial the pronoun is the whole subject (not after
  // a noun: "doctors it says perform …" is a relative clause on the noun)
  const last = chunk[chunk.length - 1];
  if (chunk.length > 1 && last && SUBJECT_PRONOUN.has(last.low) && chunk.slice(-5, -1).some((w) => ADVERBIAL_OPENER.has(w.low))) return { start: last.start, end: last.end };
  const described = chunk.length ? describedBeforeWho(t, ws, i) : null;
  if (described) return described;
  // "…, whose last chapter he wrote": in a relative clause on a possessed noun the subject is the pronoun or name after the noun.
  if (chunk[0]?.low === "whose" && chunk.length > 2) {
    const last = chunk[chunk.length - 1]!;
    return SUBJECT_PRONOUN.has(last.low) ? { start: last.start, end: last.end } : trailingName(chunk.slice(2));
  }
  if (!chunk.length) {
    const clause = i > 0 ? ws[i - 1]! : null;
    if (clause && (clause.low === "who" || clause.low === "which")) return trailingName(ws.slice(Math.max(0, i - 9), i - 1));
    if (clause) return null; // "… but stressed": shares the earlier verb's subject
    return k === 0 ? null : fromPreviousChunks(t, ss, end);
  }
  // "“…,” Ann Ode, leader of the Green Front told": a lower-case description after a name and its comma.
  if (!isCap(chunk[0]!.w) && i > 0 && i < k) {
    const head = appositiveHead(t, { start: ss, end: ws[i - 1]!.end + 1 }, chunk);
    if (head && /^,\s*$/.test(t.slice(ws[i - 1]!.end, chunk[0]!.start))) return head;
  }
  // "Legislators walked out of parliament in Varn denouncing …": a participle hangs on a clause;
  // its subject is that clause's subject, the words before the clause's own verb.
  const own = isParticiple(verb) ? chunk.findIndex((w, j) => j > 0 && (PAST.test(w.w) || AUX.has(w.low))) : -1;
  if (own > 0) return { start: chunk[0]!.start, end: chunk[own - 1]!.end };
  if (chunk.length > 10) return isCap(chunk[0]!.w) ? leadingName(chunk) : null;
  return { start: chunk[0]!.start, end: chunk[chunk.length - 1]!.end };
}

/**
 * "a doctor who examined them told …": with no comma around it, the relative clause hangs on the
 * noun phrase before "who" (a determiner and up to three lower-case words), the verb's subject;
 * the words after "who" are the clause's own.
 */
function describedBeforeWho(t: string, ws: W[], i: number): Span | null {
  const head = i - 2;
  if (head < 1 || ws[i - 1]!.low !== "who" || !LOWER_WORD.test(ws[head]!.w) || boundaryBetween(t, ws[head]!.end, ws[i - 1]!.start)) return null;
  // "the generals who he said knew nothing": "who" is the object; the clause has its own subject
  if (SUBJECT_PRONOUN.has(ws[i]?.low ?? "")) return null;
  for (let j = head - 1; j >= 0 && head - j <= 3; j--) {
    if (boundaryBetween(t, ws[j]!.end, ws[j + 1]!.start)) return null;
    // the determiner may open the sentence, capitalised ("A nurse who … told")
    if (DETERMINER_WORD.test(ws[j]!.low)) return { start: ws[j]!.start, end: ws[head]!.end };
    if (!LOWER_WORD.test(ws[j]!.w)) return null;
  }
  return null;
}
const DETERMINER_WORD = /^(?:a|an|the|one|another)$/;

type Part = { start: number; end: number };

/** `t[from, to)` cut at commas, semicolons and colons, the tail included. */
export function clauseParts(t: string, from: number, to: number): Part[] {
  const parts: Part[] = [];
  let at = from;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) (parts.push({ start: at, end: i }), (at = i + 1));
  }
  parts.push({ start: at, end: to });
  return parts;
}

/**
 * "“…,” Ann Ode, head of the Varn, Ore.-based firm's unit, said": a description may hold commas of
 * its own, so the part before the verb is only its tail. Walk back from parts[k] over the parts
 * before it to a lower-case description that follows a bare name.
 */
export function describedName(t: string, parts: Part[], k: number): Span | null {
  for (let p = k - 1, tries = 0; p > 0 && tries < 3; p--, tries++) {
    const ws = words(t, parts[p]!.start, parts[p]!.end);
    if (!ws.length || isCap(ws[0]!.w)) continue;
    return appositiveHead(t, parts[p - 1]!, ws);
  }
  return null;
}

/**
 * "Ann Ode of the Varnby, Alaska police department described", "a spokesman for the Varnby,
 * Ore.-based company said", "The Varnby, Ore., company said": a town and its state premodifying a
 * body after "of" or "for", or after "the" with the state's comma too, hold commas that end no clause.
 */
const BODY_PREP = new Set(["of", "for"]);
function townAndState(t: string, ws: W[], i: number): boolean {
  const town = ws[i - 1]!, state = ws[i]!, head = ws[i + 1];
  const of = BODY_PREP.has(ws[i - 2]?.low ?? "") || (ws[i - 2]?.low === "the" && BODY_PREP.has(ws[i - 3]?.low ?? ""));
  if (of && isCap(town.w) && isCap(state.w) && !!head && LOWER_WORD.test(head.w) && /^,\s+$/.test(t.slice(town.end, state.start))) return true;
  return theTownStateComma(t, ws, i) || theTownStateComma(t, ws, i + 1);
}

/**
 * "The Oakdale, Calif., company said": "the", a town, its state's abbreviation, both set off by
 * commas, then the lower-case head; `i` is the head's index.
 */
function theTownStateComma(t: string, ws: W[], i: number): boolean {
  const town = ws[i - 2], state = ws[i - 1], head = ws[i];
  // the town may be two words ("The Elm Park, Ore., company")
  const the = ws[i - 3]?.low === "the" ? ws[i - 3] : isCap(ws[i - 3]?.w ?? "") && !boundaryBetween(t, ws[i - 3]!.end, town!.start) ? ws[i - 4] : undefined;
  if (!the || !town || !state || !head || the.low !== "the" || !isCap(town.w) || !isCap(state.w) || !LOWER_WORD.test(head.w)) return false;
  // the wires write a few states out in full, with no stop before the comma
  return /^,\s+$/.test(t.slice(town.end, state.start)) && /^\.?,\s+$/.test(t.slice(state.end, head.start));
}

function boundaryBetween(t: string, a: number, b: number): boolean {
  return BOUNDARY.test(t.slice(a, b));
}

/** "The head of the delegation, Orvel Dane, told": skip back over commas to an upper-case chunk. */
function fromPreviousChunks(t: string, ss: number, end: number): Span | null {
  const parts = clauseParts(t, ss, end);
  const traded = describedThenTraded(t, parts) ?? describedThenCalled(t, parts);
  if (traded) return traded;
  const apposed = apposedBeforeVerb(t, parts);
  if (apposed) return apposed;
  for (let p = parts.length - 1, tries = 0; p >= 0 && tries < 4; p--, tries++) {
    const ws = words(t, parts[p]!.start, parts[p]!.end);
    if (!ws.length) continue;
    if (/[“”"\u2591]/u.test(t.slice(parts[p]!.start, parts[p]!.end)) && !isCap(ws[0]!.w)) continue;
    if (!isCap(ws[0]!.w)) continue;
    const name = p > 0 ? appositiveHead(t, parts[p - 1]!, ws) ?? describedName(t, parts, p) : null;
    if (name) return name;
    if (ws.length > 6) return leadingName(ws);
    return { start: ws[0]!.start, end: ws[ws.length - 1]!.end };
  }
  return null;
}

/**
 * "“…,” Ann Ode, Eastfield union secretary and member of …, told reporters": a description with
 * lower-case words set off by commas after a bare name, right after the quotation or at the
 * sentence's start, is that name's apposition; the name is the subject.
 */
function appositiveHead(t: string, prev: { start: number; end: number }, chunk: W[]): Span | null {
  if (chunk.every((w) => isCap(w.w) || CONNECT.has(w.low))) return null;
  const seg = t.slice(prev.start, prev.end);
  const ws = words(t, prev.start, prev.end);
  if (!ws.length || ws.length > 4 || !ws.every((w) => isCap(w.w))) return null;
  // only what precedes the name: nothing, or the quotation it follows
  if (!/^[\s"”“'\u2591,]*$/u.test(seg.slice(0, ws[0]!.start - prev.start))) return null;
  // a full name, not "The Union" nor a fronted place ("In Eastfield, …")
  if (ws.length < 2 || /^(?:the|in|at|on|for|after|before|from|by|with|under|since|during|as)$/.test(ws[0]!.low)) return null;
  return { start: ws[0]!.start, end: ws[ws.length - 1]!.end };
}


/** Lower-case words that may open an inverted subject before its name: "said a cheery Hingis", "said the 24-year-old Martinez". */
const NOT_PREMODIFIER = new Set([...CLAUSE_WORDS, ...AUX, "on", "in", "at", "to", "by", "from", "with", "for", "of", "it", "he", "she", "they", "we", "i", "this", "there"]);
/** What may follow an inverted subject besides punctuation: "said X after the match", "said X in a statement". */
const AFTER_INVERTED = /^(?:[,.;]|(?:after|in|at|on|about|during|from|who|when|before|as|while)\b)/u;
const DAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:Today|Yesterday|Tonight)$/u;
const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight)$/u;
/**
 * A name's affiliation after it: "said analyst Ann Ode of Eastfield Securities", "said Ann Ode of
 * the drivers' union". After a full name, whatever "of" opens cannot take the subject from it.
 */
const AFFILIATION = /^of\s/u;

/** Speech verbs whose object is a person or a thing named ("praised Lund", "asked the court"). */
const TAKES_OBJECT = /^(?:prais|critici[sz]|denounc|condemn|hail|dismiss|ask|warn|inform|beg|call|cit|nam|answer|counter|plead)/i;

/** ", said Mr Varnholm." — the subject follows the verb right after a quotation or comma. */
function inverted(t: string, ss: number, se: number, vs: number, ve: number, verb: string): Span | null {
  // "…, told Reuters": the word after "told" is the one told, never the teller; so is the one
  // accused, urged, described or threatened ("X, the union's leader, accused the mayor of …").
  if (/^(?:t[eo]l|accus|urg|describ|threaten)/i.test(verb)) return null;
  const before = t.slice(ss, vs).replace(/\s+$/, "");
  // "Ode, the coach, praised Lund": after a comma a verb that takes a person as object has that
  // object after it; only right after a quotation ("“Why?” asked Lund") is its subject there.
  if (TAKES_OBJECT.test(verb) && !/[”"']$/.test(before)) return null;
  // "Says Ann Ode, chief investment officer …: “…”": the verb opening its sentence is inverted too
  if (!/[,”"']$/.test(before) && !(before.trim() === "" && CAPITAL.test(t[vs] ?? ""))) return null;
  const described = describedAfterVerb(t, ve, se);
  if (described) return described;
  // "…,” said a Varnese version of the letter": a copy of a document, which names nobody.
  const copy = /["”']$/.test(before) ? DOCUMENT_COPY.exec(t.slice(ve, se)) : null;
  if (copy) return { start: ve + copy.index + copy[0].length - copy[1]!.length, end: ve + copy[0].length, inverted: true };
  // also after a comma: "“…” of the accords, said the statement by spokesman Ann Ode"
  const issued = /["”',]$/.test(before) ? DOCUMENT_BY.exec(t.slice(ve, se)) : null;
  if (issued) return { start: ve + issued[0].length - issued[1]!.length, end: ve + issued[0].length, inverted: true };
  const ws = words(t, ve, se);
  if (!ws.length || boundaryBetween(t, ve, ws[0]!.start)) return null;
  // The noun phrase after the verb, up to punctuation or a clause word, ending in a name:
  // "said VNP executive president Orvel Dane", "said hurricane forecaster Ira Tessel".
  let j = 0;
  while (j < ws.length && j < 8 && !(j > 0 && boundaryBetween(t, ws[j - 1]!.end, ws[j]!.start)) && (isCap(ws[j]!.w) || !NOT_PREMODIFIER.has(ws[j]!.low))) j++;
  // "…,” said a defence official.": right after a quotation, an unnamed speaker, a determiner and a few lower-case words, then the clause ends.
  const unnamed = /["”']$/.test(before) && j >= 2 && j <= 5 && /^(?:a|an|one|another|the)$/.test(ws[0]!.low) && ws.slice(1, j).every((w) => LOWER_WORD.test(w.w) || AGE_WORD.test(w.w));
  if (unnamed && (AFTER_INVERTED.test(t.slice(ws[j - 1]!.end, se).trimStart()) || ws[j - 1]!.end >= se)) return { start: ws[0]!.start, end: ws[j - 1]!.end, inverted: true };
  while (j > 0 && !isCap(ws[j - 1]!.w)) j--;
  if (!j) return null;
  const end = ws[j - 1]!.end;
  const rest = t.slice(end, se).trimStart();
  const named = j > 1 && isCap(ws[j - 2]!.w); // two capitalised words end it: a full name, not a lone title
  // A lone capitalised word may be a day ("said Tuesday in a statement"), so after one only
  // punctuation may follow, unless it cannot be a day or a month ("said Lund about the draw").
  const lone = isCap(ws[0]!.w) && j === 1;
  // "…, R-Kan., said Tuesday.": a day is when, never who (a month may be a name: "said May")
  if (lone && DAY.test(ws[0]!.w)) return null;
  if (rest && !(lone && CALENDAR.test(ws[0]!.w) ? /^[,.;]/ : AFTER_INVERTED).test(rest) && !(named && AFFILIATION.test(rest))) return null;
  return { start: ws[0]!.start, end, inverted: true };
}

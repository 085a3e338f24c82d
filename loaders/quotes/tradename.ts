import { AUX, CLAUSE_WORDS } from "./verbs.js";
import { words, type Span, type W } from "./words.js";

// A name set beside a description with its trade before it, as news introduces a person it has
// just described: "The head of the jury, historian Ann Ode, said", "said the head of the jury,
// historian Ann Ode." The trade words are lower-case and no verb, so "Their coach, who trained
// Ann Ode, said" keeps the description as the speaker.

const LOWER = /^\p{Ll}[\p{Ll}-]*$/u;
const CAPITAL = /^\p{Lu}/u;
/** A verb form or an adverb, which a trade before a name never is: "trained", "coaching", "lately". */
const NOT_TRADE = /(?:ed|ing|ly)$/u;
const FUNCTION_WORDS = new Set([...CLAUSE_WORDS, ...AUX, "the", "a", "an", "of", "for", "in", "on", "at", "to", "by", "from", "with", "about", "according", "said", "says", "told"]);
/** Openers of a description of one person: "the head of …", "their coach", "one of the judges", "Ode's lawyer". */
const DETERMINER = /^(?:the|a|an|one|his|her|their|its|our)$/iu;
const POSSESSIVE = /^\p{Lu}[\p{L}.-]*['’]s?$/u;
const MAX_TRADE = 3;
/** Where an apposition after an inverted description ends: a comma, a semicolon or a full stop. */
const STOP = /[,;]|\.(?:\s|$)/u;

const isTrade = (w: W) => LOWER.test(w.w) && !NOT_TRADE.test(w.low) && !FUNCTION_WORDS.has(w.low);

/** "historian Ann Ode", "former sprinter Ann Ode": the name, when `ws` is one to three trade words then a full name and nothing else. */
export function tradeThenName(ws: W[]): Span | null {
  let k = 0;
  while (k < ws.length && k < MAX_TRADE && isTrade(ws[k]!)) k++;
  const name = ws.slice(k);
  if (k === 0 || name.length < 2 || name.length > 4 || !name.every((w) => CAPITAL.test(w.w))) return null;
  return { start: name[0]!.start, end: name[name.length - 1]!.end };
}

/** "The head of the jury, historian Ann Ode, said": the last part before the verb a traded name, the one before it a description. */
export function describedThenTraded(t: string, parts: { start: number; end: number }[]): Span | null {
  if (parts.length < 2) return null;
  const last = words(t, parts[parts.length - 1]!.start, parts[parts.length - 1]!.end);
  const named = tradeThenName(last);
  if (!named) return null;
  const before = words(t, parts[parts.length - 2]!.start, parts[parts.length - 2]!.end);
  if (!before.length || before.length > 8 || !(DETERMINER.test(before[0]!.w) || POSSESSIVE.test(before[0]!.w))) return null;
  // the description opens its sentence or follows the quotation: nothing but marks before it
  if (!/^[\s"“”'‘’`\u2591]*$/u.test(t.slice(parts[parts.length - 2]!.start, before[0]!.start))) return null;
  return named;
}

/** ", historian Ann Ode." after an inverted description: the name, its full stop left off. */
export function apposedTradeName(t: string, from: number, se: number): Span | null {
  const comma = /^\s*,\s*/u.exec(t.slice(from, se));
  if (!comma) return null;
  const start = from + comma[0].length;
  const cut = t.slice(start, se).search(STOP);
  const end = cut < 0 ? se : start + cut;
  return tradeThenName(words(t, start, end));
}

/** "a teacher named Ann Ode", "a man identified as Ann Ode": a description that gives the name it is known by. */
const CALLED = /^\s*(?:a|an)\s+(?:[\p{Ll}-]+\s+){1,3}(?:named|called|identified\s+as)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*$/u;

/** "One refugee, a teacher named Ann Ode, said": the last part before the verb names the described speaker. */
export function describedThenCalled(t: string, parts: { start: number; end: number }[]): Span | null {
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  const c = CALLED.exec(t.slice(last.start, last.end));
  if (!c) return null;
  const start = last.start + c[0].lastIndexOf(c[1]!);
  return { start, end: start + c[1]!.length };
}

import { DOCUMENTS } from "./speakerwords.js";
import type { Span } from "./words.js";
import { isSpace } from "../text/space.js";

// Subjects a citing form names rather than a clause: "according to X", "X was quoted as saying",
// "the agency quoted X as saying", and a document after an inverted verb ("said a statement issued
// by X", "said a version of the letter").

/** Whether `s` ends on "as" between blanks, as both patterns of quotedAs do: a test of a few characters before them. */
function endsOnAs(s: string): boolean {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  return e < s.length && e >= 3 && s.charCodeAt(e - 1) === 115 && s.charCodeAt(e - 2) === 97 && isSpace(s.charCodeAt(e - 3));
}

/** "cited an unnamed source as saying", "the agency quotes X as saying", "X was quoted as saying": the one cited or quoted. */
export function quotedAs(t: string, ss: number, vs: number): Span | null {
  const before = t.slice(ss, vs);
  if (!endsOnAs(before)) return null;
  // not "was quoted by the agency as": there the agency only passes on the passive's subject's words
  // "quoted the village mayor, Ann Ode, as saying": one apposition set off by commas belongs to the one quoted
  const cited = /\b(?:cited|cites|quoted|quotes|quoting|citing)\s+(?!by\s)([^,;]+?(?:,\s+[^,;]+?,)?)\s+as\s+$/u.exec(before);
  if (cited) return { start: ss + cited.index + cited[0].indexOf(cited[1]!), end: ss + cited.index + cited[0].indexOf(cited[1]!) + cited[1]!.length };
  // "Minister Ann Ode was quoted as saying by …": the passive's subject is the one quoted.
  const passive = /([^,;"”\u2591]+?)\s+(?:was|were|has been|have been|had been|is|are)\s+(?:quoted|cited|reported)\s+(?:by\s+[^,;"”\u2591]+?\s+)?as\s+$/u.exec(before);
  if (!passive) return null;
  const from = ss + passive.index + passive[0].length - passive[0].trimStart().length;
  return { start: from, end: from + passive[1]!.trim().length };
}

/** "a Varnese version of the letter", "the full text of the statement": a document's copy after an inverted verb. */
export const DOCUMENT_COPY = new RegExp(`^\\s+((?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:version|copy|text|translation|draft)\\s+of\\s+(?:the|a|an|its|their|his|her)\\s+(?:${[...DOCUMENTS].join("|")}))\\b`, "u");

/** "a statement issued by the Varn ministry", "a letter from Ann Ode": a document and its issuer after an inverted verb. */
export const DOCUMENT_BY = new RegExp(`^\\s+((?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${[...DOCUMENTS].join("|")})\\s+(?:(?:issued|released|signed|sent)\\s+by|from|by)\\s+[^,.;:!?"“”]+?)(?=\\s*(?:[,.;:!?]|$))`, "u");

/**
 * A name in apposition closing the "according to" phrase: at the sentence's end, or right before
 * the quotation it introduces ("according to his aide, Ann Ode, “…”"). A name followed by more of
 * the reporter's words is the next clause's subject instead.
 */
const APPOSED_NAME = /^,\s*((?:\p{Lu}[\p{L}’'.\-]*\s*)+?)\s*(?:[.!?]?\s*$|[,:]\s*["“‘])/u;
/** "according to the head of Varn’s city administration, Ana Odell." */
export function afterAccording(t: string, ve: number, se: number): Span | null {
  const rest = t.slice(ve, se);
  const m = /^\s*([^,.;:!?]+)/u.exec(rest);
  if (!m || !m[1]!.trim()) return null;
  const start = ve + m.index + m[0].indexOf(m[1]!);
  let end = start + m[1]!.trimEnd().length;
  // an appositive name closing the sentence names the source more precisely
  const app = APPOSED_NAME.exec(t.slice(end, se));
  if (app) {
    const s = end + app[0].indexOf(app[1]!);
    return { start: s, end: s + app[1]!.trimEnd().length, inverted: true };
  }
  // a list subject: "According to the EU, Estovian and Norlandic intelligence assessments, …"
  const list = /^,\s*([^,.;]*\band\b[^,.;]*)(?=,)/u.exec(t.slice(end, se));
  if (list && end - start < 20) end = end + list.index + list[0].length;
  return { start, end, inverted: true };
}

import type { ResolvedMention } from "../types.js";
import { AUX, CLAUSE_WORDS } from "./verbs.js";
import { matchesOf } from "../text/matches.js";
import { PERSON_HEADS } from "./speakerwords.js";

// A sentence's subject read off its surface: the actor it is about, which a following "he" most
// likely continues (centering) and which a speech verb deep in a coordinated clause ("… made a
// early but did say:") shares.

/** Lower-case words that put a name after them out of subject position: prepositions, clause words, auxiliaries. */
const NOT_BEFORE_SUBJECT = new Set([...CLAUSE_WORDS, ...AUX, "to", "by", "with", "for", "from", "at", "on", "in", "of", "against", "into", "about", "over", "than", "like"]);
const LOWER = /^\p{Ll}/u;
/** A verb form before the name ("praised Ode", "beating Ode"); a hyphenated modifier ("top-seeded") is not one. */
const VERB_FORM = /^\p{Ll}+(?:ed|ing)$/u;

/**
 * Whether the mention `m` is its sentence's subject: only a determiner, modifiers or titles stand
 * before it ("The 41-year-old", "Varn club manager", "Eastland's Trade Minister"), after at most a
 * fronted phrase and its comma ("On Tuesday, "), and it is not a possessive ("Ode's aide said").
 */
export function isSubject(masked: string, sentenceStart: number, m: { start: number; end: number }): boolean {
  if (/^['’]/u.test(masked.slice(m.end, m.end + 1))) return false;
  const all = masked.slice(sentenceStart, m.start);
  if (/[;:()\u2591"“”]/u.test(all)) return false;
  const comma = all.indexOf(",");
  // One fronted phrase, short and verbless; after a longer clause a name behind a comma is an apposition.
  if (comma >= 0 && (all.indexOf(",", comma + 1) >= 0 || !modifiers(all.slice(0, comma), 8, AUX))) return false;
  return modifiers(all.slice(comma + 1), 5, NOT_BEFORE_SUBJECT);
}

/** Where a coordinated main clause starts: ", and ", ", but ", "; ". */
const CLAUSE_JOIN = /(?:,\s+(?:and|but)|;)\s+/g;
/** Where a contrasting clause starts: "but" (with or without its comma) or a semicolon; a list's ", and" joins names, not clauses. */
const CONTRAST_JOIN = /(?:,?\s+but|;)\s+/g;

/**
 * Whether the mention `m` is the subject of a clause coordinated after the sentence's first one
 * ("Varnland has been wary …, and Dorn has gone out of his way …"): when the first clause's
 * subject is no person, a following "he" continues this one.
 */
export function isCoordinatedSubject(masked: string, sentenceStart: number, m: { start: number; end: number }, join = CLAUSE_JOIN): boolean {
  const before = masked.slice(sentenceStart, m.start);
  let at = -1;
  for (const j of matchesOf(join, before)) at = j.index! + j[0].length;
  return at > 0 && isSubject(masked, sentenceStart + at, m);
}

/**
 * Whether the mention `m` is the subject of a clause that contrasts with the one before ("A and B
 * were unhurt but Z was furious"): the last clause's subject, whom a following "he" continues
 * even when the first clause's subject is a person too.
 */
export const isContrastedSubject = (masked: string, sentenceStart: number, m: { start: number; end: number }) =>
  isCoordinatedSubject(masked, sentenceStart, m, CONTRAST_JOIN);

/** A description opening the sentence and closed by a comma: "A spokesman for the minister, ", "The party's leader, ". */
const DESCRIPTION_BEFORE = /^\s*((?:A|An|The|\p{Lu}[\p{L}.-]*['’]s?)\s[^,;:()"“”\u2591]{1,80}),\s*$/u;
/** The apposition's closing comma, then the clause's verb or a relative (not the next item of a list): ", rejected", ", who". */
const CLAUSE_AFTER = /^\s*,\s+(?!(?:and|or|but|nor)\b)\p{Ll}/u;
/** Words a description has none of: a clause would be no description ("The coach was cleared of …, Ode, and …"). */
const NOT_IN_DESCRIPTION = new Set([...CLAUSE_WORDS, ...AUX]);

/**
 * Whether the mention `m` names the subject in apposition to a description opening its sentence
 * ("A spokesman for the minister, Ode, rejected …"): the name, not a person inside the description,
 * is whom a following "he" continues.
 */
export function isAppositiveSubject(masked: string, sentenceStart: number, m: { start: number; end: number }): boolean {
  const d = DESCRIPTION_BEFORE.exec(masked.slice(sentenceStart, m.start));
  return !!d && modifiers(d[1]!, 8, NOT_IN_DESCRIPTION) && CLAUSE_AFTER.test(masked.slice(m.end, m.end + 40));
}

/** At most `n` words, none of them a lower-case word of `not` or a verb form. */
function modifiers(s: string, n: number, not: Set<string>): boolean {
  const ws = s.split(/\s+/).filter(Boolean);
  return ws.length <= n && ws.every((w) => !LOWER.test(w) || (!not.has(w) && !VERB_FORM.test(w)));
}

/** "He …", or "In an interview from Varn, he …": a pronoun opening the sentence, after at most one fronted phrase. */
const OPENING_PRONOUN = /^\s*(?:(He|She)\b|\p{Lu}[^,;:"“”\u2591]{0,60},\s+(he|she)\b)/u;

/**
 * The subject of the sentence `[start, verb)` before a verb that has none of its own: an opening
 * "He"/"She", else its first mention in subject position ending before the verb.
 */
export function sentenceSubject(masked: string, start: number, verb: number, sorted: ResolvedMention[]): { start: number; end: number } | null {
  const p = OPENING_PRONOUN.exec(masked.slice(start, verb));
  if (p) return { start: start + p[0].length - (p[1] ?? p[2])!.length, end: start + p[0].length };
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.start < start) continue;
    if (m.end > verb) break;
    if (!isSubject(masked, start, m)) return null;
    // "The Varn Party daily Vox compared …": a head noun and a name after the first one end the phrase.
    const next = sorted[i + 1];
    const headed = next && next.end <= verb && HEAD_NOUN_BETWEEN.exec(masked.slice(m.end, next.start));
    return { start: m.start, end: headed && (PERSON_HEADS.has(headed[1]!) || MEDIA_HEADS.has(headed[1]!)) ? next.end : m.end };
  }
  return null;
}

/** One lower-case head noun between two names of one phrase: "Varn Party daily Vox", "Eastfield manager Ann Ode". */
const HEAD_NOUN_BETWEEN = /^\s+(\p{Ll}+)\s+$/u;
/** A newspaper, broadcaster or agency named after its owner: "the party daily", "the state radio". */
const MEDIA_HEADS = new Set(["daily", "newspaper", "weekly", "paper", "agency", "radio", "television", "magazine", "journal"]);

import { parseFrame } from "./lexicon.js";
import type { TriggerMatch } from "./matcher.js";

// "X protested to Y", "protested … in an open letter to Y", "protested that …": a protest
// addressed to someone, or put in writing or in words, is a complaint (PLOVER ACCUSE, verbal
// disapproval), not a demonstration in the street (PROTEST). Read from the words right after the verb.

/**
 * Up to six words, then "to" before a name or an authority ("to the embassy"), "in" a letter,
 * note or statement, or "that" opening what was said. "protested to demand …" (an infinitive) is
 * a crowd's purpose, not an addressee.
 */
const ADDRESSED =
  /^\s+(?:[\p{L}'’.-]+\s+){0,6}?(?:to\s+(?:the\s+)?(?:\p{Lu}|(?:\p{Ll}+\s+)?(?:government|authorities|embassy|ambassador|envoy|ministry|president|premier|council|king|leader|minister)\b)|in\s+(?:(?:a|an|the|two|three|several|formal|written|open|joint|strongly|worded|strongly-worded)\s+)*(?:letters?|notes?|statements?|messages?|communiqu[eé]s?)\b|that\s)/u;

const COMPLAINT = parseFrame("to with against");

/** A protest verb addressed to someone, read as the complaint it is; null when it is none. */
export function addressedProtest(t: TriggerMatch, text: string, end: number): TriggerMatch | null {
  if (t.entry.type !== "PROTEST" || t.entry.pos !== "verb" || !t.head.startsWith("protest")) return null;
  if (!ADDRESSED.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 120)))) return null;
  return { ...t, entry: { ...t.entry, type: "ACCUSE", mode: "protest (complaint)", frame: COMPLAINT } };
}

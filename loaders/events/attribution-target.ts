import type { ResolvedMention } from "../types.js";

// "… killed 12 people and wounded 40, the Harbourwire news agency said", "…, foreign minister X said":
// the body or person the sentence is attributed to tells of the act; it is not acted on. A target found only at such a speaker's
// place is no target.

/**
 * A speaker phrase right after the mention: "(news agency) said", "(spokesman) said", "reported", "quoted … as saying",
 * also after further speakers joined to it ("X and the Y said in a joint statement").
 */
const SAYS_AFTER =
  /^(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,4})*\s*(?:news\s+agency\s+|agency\s+|newspaper\s+|daily\s+|radio\s+|television\s+|(?:senior\s+)?(?:spokes(?:man|woman|person)|officials?|sources?|statement|diplomats?)\s+)?(?:said|says|reported|reports|quoted|added|cited)\b/u;
/** Set off after a comma, its kind before it (", state broadcaster X reported"), or opening the sentence's attribution ("according to"). */
const SET_OFF_BEFORE =
  /(?:,\s*(?:the\s+|an?\s+)?(?:official\s+|state-run\s+|state\s+|senior\s+|public\s+)?(?:(?:news\s+agency|agency|broadcaster|newspaper|daily|television|radio|channel|outlet|website|tabloid|magazine|network)\s+)?|\baccording\s+to\s+(?:the\s+|an?\s+)?)$/iu;
/** A speaker's title in lower case after the comma (", foreign minister X said"). */
const TITLE_SET_OFF =
  /,\s*(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:minister|secretary|spokes(?:man|woman|person)|president|premier|chancellor|chair(?:man|woman)?|director|governor|mayor|chief|commander|general|ambassador|envoy|official|adviser|advisor|leader|lawmaker|senator|deputy|head|prosecutor|judge)\s+$/u;

/** Whether the mention opens the sentence's attribution: ", X said", ", X and Y said", "according to X". */
export function isAttribution(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (!SET_OFF_BEFORE.test(before.slice(-30)) && !TITLE_SET_OFF.test(before)) return false;
  return SAYS_AFTER.test(text.slice(m.end, m.end + 80)) || /according\s+to\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, m.start - 20), m.start));
}

/** Whether every mention of `target` after the trigger (from `from`) is the sentence's attribution. */
export function attributionOnly(text: string, ms: readonly ResolvedMention[], target: string, from: number, end: number): boolean {
  const after = ms.filter((m) => m.actor === target && m.start >= from && m.end <= end);
  return after.length > 0 && after.every((m) => isAttribution(text, m));
}

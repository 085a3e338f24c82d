import { parseFrame } from "./lexicon.js";
import type { TriggerMatch } from "./matcher.js";

// "X welcomed Prime Minister Y to the capital": welcoming a head of state or government named by
// title is receiving a guest, a visit the welcomer hosts (PLOVER CONSULT: the guest the source, the
// host the target), not an endorsement of a decision ("welcomed Y's decision" stays SUPPORT).
// "welcoming him as an old friend" (a pronoun) stays the praise it reads as (SUPPORT).

/**
 * Right after the verb: a head of state's or government's title before a capitalised name that is
 * no possessor ("welcomed President Y", not "welcomed President Y's plan").
 */
const GUEST =
  /^\s+(?:(?:the\s+)?(?:visiting\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Prince|Pope|Emperor|Foreign\s+Minister|Secretary\s+of\s+State)\s+[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2}(?![\p{L}'’.-]|\s+\p{Lu}))/u;
const HOSTED = parseFrame("obj swap");

/** A welcome of a person, read as the visit it receives; null when it is none. */
export function welcomedGuest(t: TriggerMatch, text: string, end: number): TriggerMatch | null {
  if (t.entry.type !== "SUPPORT" || t.entry.pos !== "verb" || !t.head.startsWith("welcom")) return null;
  const m = GUEST.exec(text.slice(t.headEnd, Math.min(end, t.headEnd + 80)));
  if (!m) return null;
  return { ...t, entry: { ...t.entry, type: "CONSULT", mode: "visit (welcomed)", frame: HOSTED } };
}

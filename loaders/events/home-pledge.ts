import type { TriggerMatch } from "./matcher.js";

// "promised aid to families who lost their homes", "pledged compensation for farmers hit by the
// drought": help promised to one's own families, residents or victims, named by no name, is a
// domestic step with no counterpart. A name after them ("families in <State>") may be another
// state's people, and is left to the roles; so is help promised to a named actor.

const PROMISE = /^(?:pledg|promis|vow|offer)/u;

const HOME_HELP =
  /^\s+(?:[\p{Ll}\p{N}$.,'’-]+\s+){0,4}?(?:aid|help|support|compensation|relief|money|grants?|payments?|loans|assistance|funds|funding|shelter|housing)\s+(?:to|for)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:families|households|residents|victims|survivors|farmers|homeowners|businesses|workers|evacuees|pensioners|communities|homeless|people)\b(?![^.;]{0,40}?\b(?:in|of|across|from)\s+(?:the\s+)?\p{Lu})/u;

/** Whether an offer or pledge is of help to one's own people, no actor named. */
export function homePledge(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "AGREE" || t.entry.pos !== "verb" || !PROMISE.test(t.head)) return false;
  return HOME_HELP.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 140)));
}

import type { Sentence } from "../types.js";
import { addressedProtest } from "./addressed-protest.js";
import { asGerund } from "./gerunds.js";
import type { TriggerMatch } from "./matcher.js";
import { legalAppeal, oppositionGroup, telephoneCall, travelAdvisory } from "./senses.js";
import { GAME_TYPES, sportSentence } from "./sport.js";
import { welcomedGuest } from "./welcomed-guest.js";

// Which act, if any, a trigger found by the matcher names, read from its own words before any
// role is sought: a gerund as its noun, and the senses of a noun that name a group, an advisory,
// a telephone call, a court appeal or an acronym. A trigger left out here cannot cut the object
// of the act before it (the next trigger bounds the object search).

/** The trigger as the act it names, or null when its words name none. */
export function readTrigger(text: string, s: Sentence, found: TriggerMatch): TriggerMatch | null {
  // "in fighting between X and Y": a gerund is read by its form's noun row, else no act.
  const t = asGerund(text, found, s.start, s.end);
  if (!t || acronymInProse(text, s, t)) return null;
  // "opposition party chief X", "a warning against trips to X", "a conference call", "a court appeal".
  if (oppositionGroup(t, text, s.end) || travelAdvisory(t, text, s.start, s.end) || telephoneCall(t, text, s.end) || legalAppeal(t, text, s.start, s.end)) return null;
  // "Rovers meet Athletic in the second-round tie": a game, not a meeting.
  if (GAME_TYPES.has(t.entry.type) && gameSentence(text, s)) return null;
  // "protested to Y", "welcomed him as an ally": a complaint addressed, a guest received.
  return addressedProtest(t, text, s.end) ?? welcomedGuest(t, text, s.end) ?? t;
}

/** The last sentence read for sport terms, and the answer: its triggers ask in a row. */
let lastText = "", lastStart = -1, lastAnswer = false;
function gameSentence(text: string, s: Sentence): boolean {
  if (text !== lastText || s.start !== lastStart) (lastText = text), (lastStart = s.start), (lastAnswer = sportSentence(text.slice(s.start, s.end)));
  return lastAnswer;
}

/** "works on AIDS research": a trigger written in capitals in a sentence mostly in lower case is an acronym. */
function acronymInProse(text: string, s: Sentence, t: TriggerMatch): boolean {
  // Most triggers are in lower case: two capitals in a row are checked before anything is sliced.
  const c0 = text.charCodeAt(t.start), c1 = text.charCodeAt(t.start + 1);
  if (!(c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90)) return false;
  const w = text.slice(t.start, t.end);
  if (w.length < 3 || w !== w.toUpperCase()) return false;
  const body = text.slice(s.start, s.end);
  return body.replace(/[^\p{Ll}]/gu, "").length > body.replace(/[^\p{Lu}]/gu, "").length;
}

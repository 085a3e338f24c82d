import type { TriggerMatch } from "./matcher.js";

// "Egypt hosted talks between Norland and Estovia": the host of a meeting between two others is
// no visitor's host; the meeting noun carries the act between its own parties (roles.ts).

/** The hosted object: a meeting noun and "between", past an article and a word or two. */
const MEETING_BETWEEN = /^\s+(?:(?:a|an|the|new|fresh|direct|indirect|further|two\s+days\s+of)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:talks|meetings?|summit|negotiations|consultations)\s+between\b/iu;

/** Whether the trigger is "host" whose object is a meeting between others. */
export function hostedMeetingBetween(t: TriggerMatch, text: string, end: number): boolean {
  return t.entry.mode.startsWith("visit (hosted") && MEETING_BETWEEN.test(text.slice(t.end, Math.min(end, t.end + 80)));
}

import type { TriggerMatch } from "./matcher.js";

// "placed the president under house arrest", "kept X under guard": the name before "under" is the
// one held, not the one holding; the holder is the verb's subject, often unnamed.

const UNDER_BEFORE = /\b(?:under|into)\s+(?:house\s+|police\s+)?$/iu;

/** Whether a word of custody stands after "under" (read as a noun whatever its form), so the name before it is its patient. */
export function heldUnder(t: TriggerMatch, text: string, from: number): boolean {
  return t.entry.type === "COERCE" && UNDER_BEFORE.test(text.slice(Math.max(from, t.start - 20), t.start));
}

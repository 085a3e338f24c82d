import type { Candidate } from "./candidate.js";

// "the Velmont Games", "Rome Fashion Week", "the Estovia Open": an event's name is miscellaneous in
// CoNLL's scheme, a thing that happens and no actor, though the tagger reads its capitals as a body, a
// place or (the plural "Games") a people. A name of two words or more whose last word is an event's
// head is dropped. Heads that also close bodies' or titles' names ("Forum", "Conference", "Rally",
// "Fair") are not in the list.

const EVENT_HEADS = new Set([
  "Games", "Olympics", "Paralympics", "Olympiad", "Cup", "Championship", "Championships", "Open", "Marathon",
  "Expo", "Festival", "Biennale", "Triennale", "Regatta", "Tournament", "Invitational", "Week", "Prix",
]);
const NAME_WORD = /^\p{Lu}/u;

function eventName(c: Candidate): boolean {
  if (c.kind === "country" || c.kind === "person") return false;
  const words = c.text.split(" ");
  return words.length > 1 && EVENT_HEADS.has(words.at(-1)!) && words.every((w) => NAME_WORD.test(w) || /^\d/.test(w));
}

/** The candidates without events' names. */
export function withoutEventNames(_doc: unknown, cands: Candidate[]): Candidate[] {
  return cands.some(eventName) ? cands.filter((c) => !eventName(c)) : cands;
}

import type { Candidate } from "./candidate.js";
import { capitalBefore } from "./context.js";

// "the Velmont Games", "Rome Fashion Week", "the Estovia Open": an event's name is miscellaneous in
// CoNLL's scheme, a thing that happens and no actor, though the tagger reads its capitals as a body, a
// place or (the plural "Games") a people. A name of two words or more whose last word is an event's
// head is dropped. Heads that also close bodies' or titles' names ("Forum", "Conference", "Rally",
// "Fair") are not in the list.

const EVENT_HEADS = new Set([
  "Games", "Olympics", "Paralympics", "Olympiad", "Cup", "Championship", "Championships", "Open", "Marathon",
  "Expo", "Festival", "Biennale", "Triennale", "Regatta", "Tournament", "Invitational", "Week", "Prix", "Classic",
]);
const NAME_WORD = /^\p{Lu}/u;

function eventName(c: Candidate): boolean {
  if (c.kind === "country" || c.kind === "person") return false;
  const words = c.text.split(" ");
  return words.length > 1 && EVENT_HEADS.has(words.at(-1)!) && words.every((w) => NAME_WORD.test(w) || /^\d/.test(w));
}

const HEADS = [...EVENT_HEADS].join("|");
/** Capitalised words on the same line after a name, up to an event's head: "… Film Festival". */
const EVENT_AFTER = new RegExp(String.raw`^(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}?[ \t]+(?:${HEADS})\b`, "u");
const GUESSED = new Set<Candidate["via"]>(["tagger", "person", "single"]);

/** "the 40th Lindvik International Film Festival": the tagger's name stopping short of an event's head is part of that event's name. */
const opensEvent = (text: string, c: Candidate) => GUESSED.has(c.via) && c.kind !== "country" && !c.role && EVENT_AFTER.test(text.slice(c.end, c.end + 60));
/** "… Film Festival" read from its head alone: a head after a capitalised word closes an event's name. */
const closesEvent = (text: string, c: Candidate) => EVENT_HEADS.has(c.text) && capitalBefore(text, c.start);

/** The candidates without events' names, or the first words of one. */
export function withoutEventNames(doc: { text: string }, cands: Candidate[]): Candidate[] {
  const drop = (c: Candidate) => eventName(c) || opensEvent(doc.text, c) || closesEvent(doc.text, c);
  return cands.some(drop) ? cands.filter((c) => !drop(c)) : cands;
}

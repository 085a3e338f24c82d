import { orgApposition } from "./context.js";
import { gazetteer } from "./gazetteer.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "Harrow Grid, the state-owned network operator, will build …": the tagger reads an unknown name
// from its words alone (a place or a person's), but a name in apposition with an organisation's kind
// is that organisation, as the rules already read a name they found themselves. A place the gazetteer
// knows keeps its kind ("Freedonia, the largest oil producer, …" is still the country). So is a
// "person" of several words that "which" follows.

/** The tagger's places and persons in apposition with an organisation's kind, read as organisations. */
export function orgByApposition(text: string, toks: readonly Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s) =>
    ((s.type === "LOC" || s.type === "PER") && !s.titled && orgApposition(toks, s.a, s.b) && !gazetteer().exact.has(text.slice(s.start, s.end))) || thingWhich(text, s)
      ? retyped(s, "ORG")
      : s,
  );
}

/** "Kessel Marine, which had teamed up with …": a person is "who"; a name of two words or more the relative "which" follows is no person's. */
const WHICH_AFTER = /^,\s+which\b/u;
const thingWhich = (text: string, s: NameSpan) => s.type === "PER" && !s.titled && s.b - s.a > 1 && WHICH_AFTER.test(text.slice(s.end, s.end + 10));

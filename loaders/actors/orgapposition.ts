import { orgApposition } from "./context.js";
import { gazetteer } from "./gazetteer.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "Harrow Grid, the state-owned network operator, will build …": the tagger reads an unknown name
// from its words alone (a place or a person's), but a name in apposition with an organisation's kind
// is that organisation, as the rules already read a name they found themselves. A place the
// gazetteer knows keeps its kind ("Freedonia, the largest oil producer, …" is still the country).

/** The tagger's places and persons in apposition with an organisation's kind, read as organisations. */
export function orgByApposition(text: string, toks: readonly Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s) =>
    (s.type === "LOC" || s.type === "PER") && !s.titled && orgApposition(toks, s.a, s.b) && !gazetteer().exact.has(text.slice(s.start, s.end)) ? retyped(s, "ORG") : s,
  );
}

import { gazetteer } from "./gazetteer.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "the Maple Ridge school board", "the Harwick city council", "Orvel police": a name before a
// town's own body, written in lower case, is the town, though the tagger reads a two-word name
// there as a person's. The body itself, unnamed, is no actor of its own here.

const BODY_AFTER = /^\s+(?:(?:city|town|village|county|borough|district|school|parish|regional)\s+(?:council|board|commission|district|government|hall|officials)|school\s+board|police\s+(?:department|force|chief|said)|fire\s+(?:department|chief))\b/u;

/** The tagger's persons and organisations right before a town's lower-case body, as places. */
export function townsBeforeBodies(text: string, toks: Tok[], names: NameSpan[]): NameSpan[] {
  if (!text.includes(" council") && !text.includes(" board") && !text.includes(" police") && !text.includes(" department")) return names;
  return mapSpans(names, (s) => {
    if ((s.type !== "PER" && s.type !== "ORG") || s.titled || !BODY_AFTER.test(text.slice(s.end, s.end + 30))) return s;
    // a body's own name ("the Orvel Transit Authority board") stays the body's
    const known = gazetteer().exact.get(text.slice(s.start, s.end))?.[0];
    return known && known.kind === "body" ? s : retyped(s, "LOC");
  });
}

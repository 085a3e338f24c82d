import { gazetteer } from "./gazetteer.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "Posting on Quillo, he said …", "wrote on Quillo", "a video shared on Quillo": what one posts on is a
// platform, a firm's service. The tagger reads a name after "on" as a place ("on Main Street"); a place
// the gazetteer knows stays one ("wrote on Cyprus" is about the island).

/**
 * Lower-case words of posting right before "on"; not the nouns of a topic ("a statement on …", "remarks
 * on …"), whose "on" names what they are about.
 */
const POSTING = new Set([
  "post", "posts", "posted", "posting", "wrote", "writing", "write", "writes", "tweeted", "shared", "uploaded",
  "streamed", "livestreamed", "channel", "account", "page",
]);

const posting = (t: Tok | undefined) => !!t && t.word && !t.cap && POSTING.has(t.lex.lower);

/** The tagger's one-word places right after a posting word and "on", read as organisations. */
export function platformNames(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s) => {
    if (s.type !== "LOC" || s.b - s.a !== 1 || toks[s.a - 1]?.lex.lower !== "on") return s;
    return posting(toks[s.a - 2]) && !gazetteer().exact.has(toks[s.a]!.text) ? retyped(s, "ORG") : s;
  });
}

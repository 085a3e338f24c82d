import { gazetteer } from "./gazetteer.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "the founder of Quillo", "the chief executive of Quillo", "shares of Quillo": a firm's people and
// parts are "of" the firm. The tagger reads an unknown name after "of" as a place ("the port of …"),
// so such a name is an organisation unless the gazetteer knows it as a place ("the founder of Eastport
// City" names no firm it knows of, but "the founder of Singapore" does name a state).

/** Lower-case nouns whose "of" names a firm. */
const FIRM_NOUNS = new Set([
  "founder", "co-founder", "cofounder", "executive", "executives", "ceo", "chairman", "chairwoman", "shareholders",
  "shares", "owner", "owners", "subsidiary", "unit", "division", "employees", "board", "directors", "stockholders",
]);

const firmNoun = (t: Tok | undefined) => !!t && t.word && !t.cap && FIRM_NOUNS.has(t.lex.lower);

/** The tagger's places and persons named right after "<firm noun> of", read as organisations. */
export function orgAfterOf(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s) => {
    if (s.type === "ORG" || s.titled || toks[s.a - 1]?.text !== "of" || !firmNoun(toks[s.a - 2])) return s;
    const words: string[] = [];
    for (let k = s.a; k < s.b; k++) words.push(toks[k]!.text);
    return gazetteer().exact.has(words.join(" ")) ? s : retyped(s, "ORG");
  });
}

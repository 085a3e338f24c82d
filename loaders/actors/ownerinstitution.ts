import { nameSpan } from "./titlesplit.js";
import type { NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "King's College London", "St Olave's Hospital", "Queen's University": an institution named for
// its patron opens on the patron's possessive, which the tagger, reading "'s" as the end of a
// name, leaves out; the rest alone ("College London") reads as a place.

const HEADS = new Set(["College", "University", "Hospital", "School", "Academy", "Cathedral", "Church", "Chapel", "Infirmary", "Institute"]);
const CLITIC_S = /^['’]s$/u;
const PATRON = /^\p{Lu}[\p{L}.]*$/u;

/** The tagger's spans opening on an institution's head right after a capitalised possessive, grown over it, as organisations. */
export function ownerInstitutions(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s) => {
    const head = toks[s.a]!, clitic = toks[s.a - 1], patron = toks[s.a - 2];
    if (!HEADS.has(head.text) || !clitic || !patron || !CLITIC_S.test(clitic.text) || !PATRON.test(patron.text)) return s;
    if (clitic.start !== patron.end || head.start !== clitic.end + 1 || patron.sentence !== head.sentence) return s;
    const a = s.a - 2;
    // "St Olave's": a saint's title before the patron belongs to the name too
    const from = toks[a - 1] && /^St\.?$/u.test(toks[a - 1]!.text) && toks[a - 1]!.sentence === head.sentence ? a - 1 : a;
    return nameSpan(toks[from]!.start, s.end, "ORG", from, s.b, false);
  });
}

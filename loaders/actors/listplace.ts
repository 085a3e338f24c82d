import { gazetteer } from "./gazetteer.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "peace deals in Namibia, Varnholm and Kosovo": a list's items are of one kind. A one-word name the
// tagger read as an organisation or a person between places of a list ("A, X and B", "A, B, X")
// is a place too, unless the gazetteer knows it as something else.

const isPlace = (s: NameSpan | undefined) => s?.type === "LOC";

/** Whether toks[k] joins two items of a list: a comma, or "and"/"or". */
const joins = (toks: Tok[], k: number) => toks[k]?.text === "," || toks[k]?.text === "and" || toks[k]?.text === "or";

/** The tagger's one-word organisations and persons standing between two places of a list, as places. */
export function placesInLists(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s, i) => {
    if ((s.type !== "ORG" && s.type !== "PER") || s.b - s.a !== 1 || s.titled) return s;
    const prev = names[i - 1], next = names[i + 1];
    if (!isPlace(prev) || !isPlace(next) || prev!.b + 1 !== s.a || next!.a !== s.b + 1) return s;
    if (!joins(toks, s.a - 1) || !joins(toks, s.b)) return s;
    return gazetteer().exact.has(toks[s.a]!.text) ? s : retyped(s, "LOC");
  });
}

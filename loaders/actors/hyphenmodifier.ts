import { gazetteer } from "./gazetteer.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "a Marshall Islands-flagged tanker", "the Ohio-based firm": a name glued by a hyphen to a
// lower-case participle is a modifier made of the name. The tagger reads the whole as one name (a
// person, by its look); the name is the part before the hyphen, and a place the gazetteer knows
// is that place.

const PARTICIPLE = /^(?:flagged|based|born|registered|owned|led|backed|made|listed|controlled|run|funded|headquartered|allied|brokered)$/u;

/** Spans ending "-<participle>" cut to the name before the hyphen; a known place retyped as one. */
export function hyphenModifiers(toks: Tok[], names: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | null = null;
  names.forEach((s, k) => {
    if (s.type === "MISC" || s.b - s.a < 3) return;
    const last = toks[s.b - 1]!, dash = toks[s.b - 2]!;
    if (!PARTICIPLE.test(last.text) || (dash.text !== "-" && dash.text !== "‐") || dash.start !== toks[s.b - 3]!.end) return;
    const b = s.b - 2, end = toks[b - 1]!.end;
    const name = toks.slice(s.a, b).map((t) => t.text).join(" ");
    out ??= names.slice();
    out[k] = { start: s.start, end, type: gazetteer().exact.has(name) ? "LOC" : s.type, a: s.a, b, titled: s.titled };
  });
  return out ?? names;
}

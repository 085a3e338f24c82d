import { gazetteer } from "./gazetteer.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "the Federal Immigration and Naturalization Service", "the Riverton Futures and Options
// Exchange": an agency named for two fields joined by "and". The tagger, which met few
// such names, reads two organisations, the first ending on a field ("Immigration",
// "Futures") that names no body. A body's name ends on its head word; a name ending
// on a plain word before "and" and another organisation's head is one name.

/** Heads of public bodies and markets that close such a name; not media, companies' legal forms or armed forces, which are listed with "and". */
export const BODY_HEADS = new Set([
  "Service", "Services", "Administration", "Commission", "Exchange", "Board", "Agency", "Bureau", "Authority",
  "Department", "Committee", "Council", "Association", "Federation", "Confederation", "Institute", "Organization", "Organisation",
  "Office", "Directorate", "Secretariat", "Ministry", "Centre", "Centres", "Center", "Centers",
]);

/** An organisation of the tagger and a name after "and" joined into one, when the first ends on no head word and the second on a body's head. */
export function joinAcrossAnd(toks: Tok[], names: NameSpan[]): NameSpan[] {
  let out = names;
  for (let i = 0; i + 1 < names.length; i++) {
    const x = names[i]!, y = names[i + 1]!;
    // The second may be read as a place or a person ("Options Exchange"): its head says what it is.
    // One word before "and" only after "the", which makes the pair one name ("the Securities and Exchange Commission").
    const afterThe = /^[Tt]he$/.test(toks[x.a - 1]?.text ?? "");
    const single = x.b - x.a === 1 && afterThe;
    // "the Homeland Security and Governmental Affairs Committee": after "the", fields the tagger read as a place the gazetteer does not know
    const fields = afterThe && x.type === "LOC" && !gazetteer().exact.has(toks.slice(x.a, x.b).map((t) => t.text).join(" "));
    if ((x.type !== "ORG" && !single && !fields) || y.type === "MISC" || y.a !== x.b + 1 || toks[x.b]!.text !== "and" || (x.b - x.a < 2 && !single)) continue;
    const last = toks[x.b - 1]!.text;
    if (ORG_SUFFIXES.has(last) || gazetteer().exact.has(last) || !BODY_HEADS.has(toks[y.b - 1]!.text)) continue;
    const joined: NameSpan = { start: x.start, end: y.end, type: "ORG", a: x.a, b: y.b, titled: false };
    out = [...out.filter((s) => s !== x && s !== y), joined];
  }
  out = withUntaggedField(toks, out);
  return out === names ? names : out.sort((p, q) => p.start - q.start);
}

/**
 * "the Maritime and Coastguard Agency": one field the tagger left out, between "the" and "and", before
 * a body it read, is that body's first word.
 */
function withUntaggedField(toks: Tok[], names: NameSpan[]): NameSpan[] {
  let out = names;
  for (const y of names) {
    const and = toks[y.a - 1], field = toks[y.a - 2], the = toks[y.a - 3];
    if (y.type !== "ORG" || and?.text !== "and" || !field?.word || !field.cap || field.initial || !/^[Tt]he$/.test(the?.text ?? "")) continue;
    if (!BODY_HEADS.has(toks[y.b - 1]!.text) || gazetteer().exact.has(field.text) || names.some((s) => s.a <= y.a - 2 && s.b > y.a - 2)) continue;
    out = [...out.filter((s) => s !== y), { start: field.start, end: y.end, type: "ORG", a: y.a - 2, b: y.b, titled: false }];
  }
  return out;
}

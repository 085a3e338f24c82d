import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { STATE_BY_AP_FORM } from "./lexicon/abbreviations.js";
import { lexiconTag } from "./lextokens.js";

// "SAN JOSE, Calif. —", "Riverton, N.Y.": after a town and a comma, an AP abbreviation names a
// US state. Read as the state (its name and country), it lets placeregion.ts put the town in the
// USA rather than in the country the gazetteer gives a town of that name. Only after a comma and
// with its own stop: "Miss", "Ore" or "Mass" on their own are other words.

const AFTER_TOWN = /\p{L}\.?,\s*$/u;

/** The state an abbreviation at [start, end) names, when the text writes it the AP's way after a town. */
function stateAt(doc: Doc, c: Candidate): string | null {
  const form = c.text.endsWith(".") ? c.text : doc.text[c.end] === "." ? `${c.text}.` : null;
  const state = form ? STATE_BY_AP_FORM.get(form) : undefined;
  return state && AFTER_TOWN.test(doc.text.slice(Math.max(0, c.start - 40), c.start)) ? state : null;
}

/**
 * "celebrated Mass", "a Miss Estovia contest": an ordinary word that is also a state's abbreviation,
 * written without the abbreviation's stop and after no town, is the word (the lexicon files the
 * forms that are nothing but abbreviations, "Conn", "Tenn", as such). The tagger learnt it as a
 * place from datelines.
 */
function bareWordForm(doc: Doc, c: Candidate): boolean {
  if (doc.text[c.end] === "." || !STATE_BY_AP_FORM.has(`${c.text}.`) || lexiconTag(c.text.toLowerCase()) === "Abbreviation") return false;
  return !AFTER_TOWN.test(doc.text.slice(Math.max(0, c.start - 40), c.start));
}

/** Place candidates that are an abbreviated US state after a town take the state's name and country; the same word elsewhere, no stop, is no place. */
export function statesByAbbreviation(doc: Doc, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  cands.forEach((c, i) => {
    if (c.kind !== "place" || c.country) return;
    const state = stateAt(doc, c);
    if (state) (out ??= cands.slice())[i] = { ...c, name: state, country: "USA" };
  });
  const places = out ?? cands;
  return places.some((c) => c.kind === "place" && !c.country && bareWordForm(doc, c)) ? places.filter((c) => c.kind !== "place" || !!c.country || !bareWordForm(doc, c)) : places;
}

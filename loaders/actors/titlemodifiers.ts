import { OFFICE_TITLES, PORTFOLIOS } from "./lexicon/titles.js";
import { PLACE_OFFICES, SHARED_OFFICES } from "./lexicon/offices.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { TITLES } from "./titlesplit.js";

// "Chinese Vice Premier X", "U.S. Trade Representative X": a word that opens a multi-word office
// in the title lists ("Vice President", "Trade Minister") is part of the title before a name too,
// not an organisation holding the office ("Premier of Vice").

/** The leading words of the multi-word offices, joining words left out. */
export const TITLE_MODIFIERS = new Set(
  [...OFFICE_TITLES, ...PLACE_OFFICES, ...SHARED_OFFICES]
    .filter((t) => !t.includes("."))
    .flatMap((t) => t.split(/\s+/).slice(0, -1))
    .filter((w) => !/^(?:of|the|for|and)$/i.test(w))
    .concat(PORTFOLIOS),
);

/** Where the title that starts at toks[p] really starts: back over up to three such words, not before toks[a] unless it opens the sentence. */
export function titleStart(toks: readonly Tok[], a: number, p: number): number {
  let q = p;
  while (q > a && p - q < 3 && TITLE_MODIFIERS.has(toks[q - 1]!.text)) q--;
  // "Home Affairs Minister X" opening a sentence: the run of names left out its common first word
  while (q === a && q > 0 && p - q < 3 && toks[q - 1]!.initial && toks[q - 1]!.sentence === toks[p]!.sentence && TITLE_MODIFIERS.has(toks[q - 1]!.text)) q--;
  return q;
}

/** A tagger's span of such words alone right before an office ("Trade" in "Trade Representative X"): no name. */
export function titleWordsOnly(toks: readonly Tok[], s: NameSpan): boolean {
  for (let k = s.a; k < s.b; k++) if (!TITLE_MODIFIERS.has(toks[k]!.text)) return false;
  const next = toks[s.b], after = toks[s.b + 1];
  return !!next && (TITLES.has(next.text) || (!!after && TITLES.has(`${next.text} ${after.text}`)));
}

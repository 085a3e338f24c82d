import { gazetteer } from "./gazetteer.js";
import type { NameSpan } from "./ner/tagdoc.js";
import { LEGAL_FORMS } from "./orgshort.js";
import type { Tok } from "./tok.js";
import { isAmpersand } from "./ampersand.js";

// "Smithers, Barnett & Co.", "Kell, Arvo and Partners": a firm named for its partners lists them
// with commas before the last one, joined by "&" or "and" to a word that names a firm. The tagger
// and the rules cut it at each comma into a person, a place and a bare "Partners"; it is one company.
// A name before a comma that the gazetteer knows as a place, or after "in", is left out: "In Orvelle, Kell & Co. said".

/** Last words of partners' firms, besides legal forms ("Co.", "Inc"). */
const FIRM_ENDS = new Set([...LEGAL_FORMS, "Partners", "Associates", "Sons", "Brothers", "Company"]);
const MAX_RUN = 2;

const capital = (t: Tok | undefined, sentence: number) => !!t && t.word && t.cap && t.sentence === sentence;

/** Start of the run of at most MAX_RUN capitalised words ending at token e (exclusive), or e. */
function runStart(toks: Tok[], e: number, sentence: number): number {
  let a = e;
  // A sentence's first word opens no partner's name unless it is a proper noun ("In", "The" are not).
  while (e - a < MAX_RUN && capital(toks[a - 1], sentence) && !(toks[a - 1]!.initial && toks[a - 1]!.pos !== "PROPN")) a--;
  return a;
}

/** The firm around the joining word toks[k] as a token range, when partners before it are listed with commas. */
function firmAround(toks: Tok[], k: number): [number, number] | null {
  const sentence = toks[k]!.sentence;
  let b = k + 1;
  while (capital(toks[b], sentence)) b++;
  if (toks[b]?.text === "." && toks[b]!.start === toks[b - 1]!.end && FIRM_ENDS.has(toks[b - 1]!.text)) b++;
  const last = toks[b - 1]!.text === "." ? toks[b - 2]! : toks[b - 1]!;
  // Only the firm's word after the joiner: "…, Tessaly and Orvel Dreyer Corp" lists whole companies.
  if (b === k + 1 || !FIRM_ENDS.has(last.text) || last.i !== k + 1) return null;
  let a = runStart(toks, k, sentence);
  if (a === k) return null;
  let commas = 0;
  while (toks[a - 1]?.text === "," && commas < 3) {
    const s = runStart(toks, a - 1, sentence);
    // "In Orvelle, Kell & Co. said": a fronted place, not a partner.
    if (s === a - 1 || toks[s - 1]?.lex.lower === "in" || gazetteer().exact.has(toks.slice(s, a - 1).map((t) => t.text).join(" "))) break;
    a = s;
    commas++;
  }
  return commas > 0 ? [a, b] : null;
}

/** The names with each partners' firm listed with commas read as one organisation. */
export function joinFirmCommas(toks: Tok[], names: NameSpan[], titleCase: Set<number>): NameSpan[] {
  const joins: [number, number][] = [];
  for (const t of toks) if ((isAmpersand(toks, t.i) || t.text === "and") && !titleCase.has(t.sentence)) {
    const j = firmAround(toks, t.i);
    if (j) joins.push(j);
  }
  let out = names;
  for (const [a, b] of joins) out = [...out.filter((s) => s.b <= a || s.a >= b), { start: toks[a]!.start, end: toks[b - 1]!.end, type: "ORG", a, b, titled: false }];
  return joins.length ? out.sort((x, y) => x.start - y.start) : names;
}

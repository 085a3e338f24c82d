import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "St Brennan's Hospital", "St. Ortho's Church": a building or school named for a saint is named with
// the saint's possessive, where a name otherwise ends. The tagger reads the saint ("St Brennan") or
// only the saint's name ("Ortho", a person) and leaves the head alone; the whole is one name, a place
// for a building (as CoNLL reads buildings) and an organisation for a school.

export const SAINT = new Set(["St", "St.", "Saint", "Ste", "Ste."]);
const BUILDINGS = new Set(["Hospital", "Church", "Cathedral", "Basilica", "Chapel", "Abbey", "Infirmary", "Square"]);
const SCHOOLS = new Set(["School", "College", "University", "Academy", "Seminary"]);
const CLITIC_S = /^['’][sS]$/u;

function saintName(toks: Tok[], s: NameSpan): NameSpan | null {
  const before = toks[s.a - 1];
  const a = SAINT.has(toks[s.a]!.text) ? s.a : before && SAINT.has(before.text) && before.end + 1 === toks[s.a]!.start ? s.a - 1 : -1;
  const clitic = toks[s.b], head = toks[s.b + 1];
  if (a < 0 || !clitic || !head || !CLITIC_S.test(clitic.text) || clitic.start !== toks[s.b - 1]!.end || head.start !== clitic.end + 1) return null;
  const type = BUILDINGS.has(head.text) ? "LOC" : SCHOOLS.has(head.text) ? "ORG" : null;
  return type ? { start: toks[a]!.start, end: head.end, type, a, b: s.b + 2, titled: false } : null;
}

/** The names with a saint's possessive before a building's or a school's head read as one name. */
export function saintNames(toks: Tok[], names: NameSpan[]): NameSpan[] {
  const grown = names.map((s) => saintName(toks, s));
  if (grown.every((g) => g === null)) return names;
  const out: NameSpan[] = [];
  names.forEach((s, k) => {
    const g = grown[k];
    if (g) out.push(g);
    else if (!grown.some((o) => o && o.a <= s.a && s.b <= o.b)) out.push(s);
  });
  return out;
}

import type { Candidate } from "./candidate.js";

// "Varnholm says …" in a headline read as a place, then "Varnholm said" twice as an organisation: a
// word the tagger guessed alone, out of context, names one thing throughout the article. Where its
// guesses differ between an organisation, a place and a group, the kind most of them give wins;
// a tie leaves each as it was. Persons, countries and names found by the gazetteer or a rule keep
// their own evidence, and so does a town written with its state or country after a comma ("Varnholm,
// Mass.-based …"), which may share its name with a firm.

const GUESSED = new Set<Candidate["via"]>(["single", "tagger"]);
const KINDS = new Set<Candidate["kind"]>(["organization", "place", "group"]);
const guessed = (c: Candidate) => GUESSED.has(c.via) && KINDS.has(c.kind) && !c.weak && !c.text.includes(" ");

/** Per text, the kind whose readings weigh most, when one weighs more than every other; `weight` 0 leaves a reading out. */
function winners(cands: Candidate[], weight: (c: Candidate) => number): Map<string, Candidate["kind"]> {
  const votes = new Map<string, Map<Candidate["kind"], number>>();
  for (const c of cands) {
    const w = weight(c);
    if (!w) continue;
    const v = votes.get(c.text) ?? new Map<Candidate["kind"], number>();
    v.set(c.kind, (v.get(c.kind) ?? 0) + w);
    votes.set(c.text, v);
  }
  const out = new Map<string, Candidate["kind"]>();
  for (const [text, v] of votes) {
    if (v.size < 2) continue;
    const ranked = [...v].sort((x, y) => y[1] - x[1]);
    if (ranked[0]![1] > ranked[1]![1]) out.set(text, ranked[0]![0]);
  }
  return out;
}

/**
 * A one-word name's readings: a guess counts one, half in the headline, read where every word has a
 * capital; a firm named by its kind ("the startup Bloomly") twice.
 */
function oneWordWeight(headlineEnd: number): (c: Candidate) => number {
  return (c) => {
    if (c.via === "media" && !c.weak && !c.text.includes(" ")) return 2;
    return guessed(c) ? (c.end <= headlineEnd ? 0.5 : 1) : 0;
  };
}

const COMMA_BETWEEN = /^\s*,\s*$/u;
/** The candidate right after c is a place or a country, a comma between: c is a town with its state. */
const townWithState = (text: string, c: Candidate, next: Candidate | undefined) =>
  !!next && (next.kind === "place" || next.kind === "country") && next.start - c.end < 4 && COMMA_BETWEEN.test(text.slice(c.end, next.start));

/**
 * "Tarmo Vell to cut jobs" in a headline read as a person, then "Tarmo Vell, the flag carrier, said" and
 * "shares in Tarmo Vell" as a firm: a name of several words the article gives two kinds names one thing.
 * Every reading votes, a reading from its context ("the movement X", a title) twice a guess by its look;
 * only the untitled guesses take the kind that wins.
 */
const MULTI = new Set<Candidate["kind"]>(["person", "organization", "group"]);
const MULTI_GUESS = new Set<Candidate["via"]>(["tagger", "person"]);
const multiWordWeight = (c: Candidate) => (!MULTI.has(c.kind) || c.weak || !c.text.includes(" ") ? 0 : MULTI_GUESS.has(c.via) ? 1 : 2);
const guessedMulti = (c: Candidate) => MULTI_GUESS.has(c.via) && MULTI.has(c.kind) && !c.weak && !c.role && c.text.includes(" ");

/** The article's guessed one-word names, each given the kind most of its guesses give; so too its names of several words read as two of a person, a firm and a group. */
export function oneKindPerWord(text: string, cands: Candidate[]): Candidate[] {
  // the headline is the first paragraph of an article that has more than one
  const kinds = winners(cands, oneWordWeight(text.indexOf("\n\n")));
  const multi = winners(cands, multiWordWeight);
  if (!kinds.size && !multi.size) return cands;
  return cands.map((c, i) => {
    const kind = guessed(c) ? kinds.get(c.text) : guessedMulti(c) ? multi.get(c.text) : undefined;
    return kind && kind !== c.kind && !townWithState(text, c, cands[i + 1]) ? { ...c, kind } : c;
  });
}

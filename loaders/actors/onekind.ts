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

/** The kind most of a word's readings give, when one kind has more than every other. */
function majority(cands: Candidate[], headlineEnd: number): Map<string, Candidate["kind"]> {
  const votes = new Map<string, Map<Candidate["kind"], number>>();
  for (const c of cands) {
    // "the startup Bloomly": a firm named by its kind votes too, as twice a guess; a headline's guess,
    // read where every word has a capital, half of one
    const context = c.via === "media" && !c.weak && !c.text.includes(" ");
    if (!guessed(c) && !context) continue;
    const v = votes.get(c.text) ?? new Map();
    v.set(c.kind, (v.get(c.kind) ?? 0) + (context ? 2 : c.end <= headlineEnd ? 0.5 : 1));
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
function multiWordKinds(cands: Candidate[]): Map<string, Candidate["kind"]> {
  const votes = new Map<string, Map<Candidate["kind"], number>>();
  for (const c of cands) {
    if (!MULTI.has(c.kind) || c.weak || !c.text.includes(" ")) continue;
    const v = votes.get(c.text) ?? new Map<Candidate["kind"], number>();
    v.set(c.kind, (v.get(c.kind) ?? 0) + (MULTI_GUESS.has(c.via) ? 1 : 2));
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
const MULTI = new Set<Candidate["kind"]>(["person", "organization", "group"]);
const MULTI_GUESS = new Set<Candidate["via"]>(["tagger", "person"]);
const guessedMulti = (c: Candidate) => MULTI_GUESS.has(c.via) && MULTI.has(c.kind) && !c.weak && !c.role && c.text.includes(" ");

/** The article's guessed one-word names, each given the kind most of its guesses give; so too its names of several words read as two of a person, a firm and a group. */
export function oneKindPerWord(text: string, cands: Candidate[]): Candidate[] {
  // the headline is the first paragraph of an article that has more than one
  const kinds = majority(cands, text.indexOf("\n\n"));
  const multi = multiWordKinds(cands);
  if (!kinds.size && !multi.size) return cands;
  return cands.map((c, i) => {
    const kind = guessed(c) ? kinds.get(c.text) : guessedMulti(c) ? multi.get(c.text) : undefined;
    return kind && kind !== c.kind && !townWithState(text, c, cands[i + 1]) ? { ...c, kind } : c;
  });
}

import type { Tok } from "./tok.js";

// "Rio Grande do Sul", "Mato Grosso do Sul", "Santiago de Compostela": Portuguese and Spanish
// place names run on over a lower-case "do", "da", "de", "del" to a capitalised word, which the
// tagger, reading English capitals, leaves out.

const PLACE_PARTICLES = new Set(["do", "da", "dos", "das", "de", "del"]);
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/** The end of a place's name ending at toks[b - 1], grown over a particle and the word after it; or b. */
export function pastPlaceParticle(toks: readonly Tok[], b: number): number {
  const p = toks[b], name = toks[b + 1], last = toks[b - 1]!;
  if (!p || !name || !PLACE_PARTICLES.has(p.text) || p.start !== last.end + 1 || name.start !== p.end + 1) return b;
  return name.sentence === last.sentence && NAME_WORD.test(name.text) ? b + 2 : b;
}

import { lexiconTags } from "./compromise.js";

// The sex a person's name gives, for a pronoun to agree with: a title ("Mrs.", "Sir") or a first name
// compromise's lexicon knows as female or male. A name giving neither fits either pronoun.

export type Sex = "f" | "m";
const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "sister", "mother", "dame"]);
const MALE_TITLES = new Set(["mr", "sir", "king", "prince", "lord", "brother", "father"]);
const CAPITALISED = /^\p{Lu}/u;

/**
 * The sex a name or title gives ("Mrs. Ode", "Sarah Ode": f), or null. In a full name the last word is the
 * surname, whatever first name it also is ("Ivo Marion").
 */
export function sexOf(text: string, fullName = false): Sex | null {
  const ws = text.split(/[\s.,]+/).filter((w) => CAPITALISED.test(w));
  for (let j = 0; j < ws.length; j++) {
    const low = ws[j]!.toLowerCase();
    if (FEMALE_TITLES.has(low)) return "f";
    if (MALE_TITLES.has(low)) return "m";
    if (fullName && j === ws.length - 1 && j > 0) continue;
    const tags = lexiconTags(low);
    if (tags.includes("FemaleName")) return "f";
    if (tags.includes("MaleName")) return "m";
  }
  return null;
}

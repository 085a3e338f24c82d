import { lexiconTags } from "../text/compromise.js";
import type { ActorRow, ResolvedMention, Sentence } from "../types.js";

// "He will then travel to X" after a sentence naming a woman first and a man after her: the
// pronoun continues the person its sex fits. The sex comes from a title or a first name that
// compromise's lexicon knows as female or male; a name giving none fits either pronoun.

type Sex = "f" | "m";
const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "dame"]);
const MALE_TITLES = new Set(["mr", "sir", "king", "prince", "lord"]);
/** The first personal pronoun of a sentence, as a subject or a possessive. */
const FIRST_PRONOUN = /\b(?:(he|his|him)|(she|her))\b/iu;

/** The sex a person's written name or full name gives, or null. The last word of a full name is a surname whatever else it is. */
export function sexOfName(name: string): Sex | null {
  const ws = name.split(/[\s.,]+/u).filter((w) => /^\p{Lu}/u.test(w));
  for (let j = 0; j < ws.length; j++) {
    const low = ws[j]!.toLowerCase();
    if (FEMALE_TITLES.has(low)) return "f";
    if (MALE_TITLES.has(low)) return "m";
    if (j === ws.length - 1 && j > 0) continue;
    const tags = lexiconTags(low);
    if (tags.includes("FemaleName")) return "f";
    if (tags.includes("MaleName")) return "m";
  }
  return null;
}

/**
 * The person a sentence's pronoun most likely continues: the carried one (the first person of the
 * last sentence naming one) unless its sex contradicts the sentence's first pronoun, then the
 * first other person of that sentence whose sex does not.
 */
export function agreeingPerson(text: string, s: Sentence, carried: ResolvedMention | undefined, people: ResolvedMention[], actors: Map<string, ActorRow>): ResolvedMention | undefined {
  if (!carried) return carried;
  const p = FIRST_PRONOUN.exec(text.slice(s.start, s.end));
  if (!p) return carried;
  const want: Sex = p[1] ? "m" : "f";
  const sex = (m: ResolvedMention) => sexOfName(actors.get(m.actor)?.name ?? text.slice(m.start, m.end));
  const of = sex(carried);
  if (of === null || of === want) return carried;
  return people.find((m) => m !== carried && sex(m) === want) ?? people.find((m) => m !== carried && sex(m) === null) ?? carried;
}

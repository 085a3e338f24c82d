import { sexOf, type Sex } from "../text/sex.js";
import type { ActorRow, ResolvedMention, Sentence } from "../types.js";

// "He will then travel to X" after a sentence naming a woman first and a man after her: the
// pronoun continues the person its sex fits (text/sex.ts: a title or a known first name; a name
// giving none fits either pronoun).

/** The first personal pronoun of a sentence, as a subject or a possessive. */
const FIRST_PRONOUN = /\b(?:(he|his|him)|(she|her))\b/iu;

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
  const sex = (m: ResolvedMention) => sexOf(actors.get(m.actor)?.name ?? text.slice(m.start, m.end), true);
  const of = sex(carried);
  if (of === null || of === want) return carried;
  return people.find((m) => m !== carried && sex(m) === want) ?? people.find((m) => m !== carried && sex(m) === null) ?? carried;
}

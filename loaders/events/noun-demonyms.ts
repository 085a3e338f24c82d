import type { ResolvedMention, Sentence } from "../types.js";
import { demonymIso } from "./demonyms.js";
import type { TriggerMatch } from "./matcher.js";

// "A Russian attack on Kyiv killed three people", "Israeli air strikes hit the camp": the
// demonym before an attack noun names its agent as a possessor does ("Russia's attack"), but the
// actors stage makes no mention of a demonym, and demonyms.ts reads one only before a state
// organ. Here such a demonym becomes a mention of its state, which the noun's agent reading
// (roles.ts) takes as it takes a possessor. Sanctions are left out: "Russian sanctions" are as
// often those imposed on Russia as Russia's own.

const AGENT_OF = new Set(["ASSAULT", "COERCE"]);

/** Modifiers that may stand between the demonym and the attack noun: its means, scale or time. */
const MODIFIER = "air|missile|missiles|drone|rocket|artillery|ground|naval|military|cross-border|border|mortar|night|new|fresh|latest|overnight|deadly|massive|heavy|renewed|joint|surprise";
const DEMONYM_BEFORE = new RegExp(`(?:^|[^\\p{L}'’-])(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+(?:(?:${MODIFIER})\\s+){0,2}$`, "u");

/** Mentions of the states that demonyms name right before the sentence's attack nouns, where no mention stands yet. */
export function nounDemonymMentions(text: string, s: Sentence, article: string, index: number, ms: ResolvedMention[], triggers: TriggerMatch[], countryOfIso: Map<string, string>): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const t of triggers) {
    if (t.entry.pos !== "noun" || !AGENT_OF.has(t.entry.type)) continue;
    const from = Math.max(s.start, t.start - 60);
    const m = DEMONYM_BEFORE.exec(text.slice(from, t.start));
    if (!m) continue;
    const words = m[1]!, first = words.split(/\s+/u)[0]!;
    // "North Korean" first; else the single word, which must then end the capitalised run.
    const demonym = demonymIso(words) ? words : words === first && demonymIso(first) ? first : null;
    const actor = demonym ? countryOfIso.get(demonymIso(demonym)!) : undefined;
    if (!demonym || !actor) continue;
    const start = from + m.index + m[0].indexOf(demonym), end = start + demonym.length;
    if (ms.some((x) => x.start < end && start < x.end) || out.some((x) => x.start === start)) continue;
    out.push({ article, actor, start, end, text: demonym, sentence: index, kind: "country" });
  }
  return out;
}

const DEMONYM_CONTEXT = new RegExp(`(?:^|[^\\p{L}'’-])(?:(?:[Aa]n?|[Tt]he)\\s+)?(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+(?:(?:${MODIFIER})\\s+){0,2}$`, "u");

/**
 * "a Russian attack on", "Israeli air strikes": a form both a verb and a noun is a noun right
 * after a demonym (and the means or scale of the act): a demonym is an adjective, never the subject.
 * Attacks and coercion only, the acts whose agent a demonym names ("Albanian protests" are a people's, not a state's).
 */
export function afterDemonym(text: string, start: number, type: string): boolean {
  if (!AGENT_OF.has(type)) return false;
  const m = DEMONYM_CONTEXT.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return false;
  const words = m[1]!;
  return !!(demonymIso(words) ?? (words.includes(" ") ? undefined : demonymIso(words)));
}

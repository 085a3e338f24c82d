import type { ResolvedMention, Sentence } from "../types.js";
import { demonymIso } from "./demonyms.js";
import { AGENT_OF, MODIFIER } from "./demonym-context.js";
import type { TriggerMatch } from "./matcher.js";

// "A Norlandic attack on Varn killed three people", "Israeli air strikes hit the camp": the
// demonym before an attack noun names its agent as a possessor does ("Russia's attack"), but the
// actors stage makes no mention of a demonym, and demonyms.ts reads one only before a state
// organ; so does one before a speech act's noun ("Cuban complaints that …"). Here such a demonym
// becomes a mention of its state, which the noun's agent reading
// (roles.ts) takes as it takes a possessor. Sanctions are left out: "Russian sanctions" are as
// often those imposed on Russia as Russia's own.

/** "Cuban complaints that …", "Iranian demands": a demonym before a speech act's noun names who spoke. */
const SPOKEN_BY = new Set(["ACCUSE", "REQUEST", "THREATEN"]);

const DEMONYM_BEFORE = new RegExp(`(?:^|[^\\p{L}'’-])(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+(?:(?:${MODIFIER})\\s+){0,2}$`, "u");

/** Mentions of the states that demonyms name right before the sentence's attack nouns, where no mention stands yet. */
export function nounDemonymMentions(text: string, s: Sentence, article: string, index: number, ms: ResolvedMention[], triggers: TriggerMatch[], countryOfIso: Map<string, string>): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const t of triggers) {
    if (t.entry.pos !== "noun" || !(AGENT_OF.has(t.entry.type) || SPOKEN_BY.has(t.entry.type))) continue;
    const from = Math.max(s.start, t.start - 60);
    const m = DEMONYM_BEFORE.exec(text.slice(from, t.start));
    if (!m) continue;
    const words = m[1]!, last = words.split(/\s+/u).at(-1)!;
    // "North Korean" first; else the word nearest the noun ("The Russian attack").
    const demonym = demonymIso(words) ? words : demonymIso(last) ? last : null;
    const actor = demonym ? countryOfIso.get(demonymIso(demonym)!) : undefined;
    if (!demonym || !actor) continue;
    const start = from + m.index + m[0].lastIndexOf(demonym), end = start + demonym.length;
    if (ms.some((x) => x.start < end && start < x.end) || out.some((x) => x.start === start)) continue;
    out.push({ article, actor, start, end, text: demonym, sentence: index, kind: "country" });
  }
  return out;
}

import type { PloverType, ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import { namesOwnAgent } from "./noun-phrases.js";

// A speech act told as a noun governs the act in its complement as its verb does ("demanded that
// X withdraw", "refused to meet X"): "X's demand that Y withdraw", "X's refusal to meet Y", "a call
// for Y to free …", "an allegation that Y had shelled …", "X's opposition to the meeting between …".
// The act in the complement is what is asked, refused or alleged, not an act told; the subject of
// a "that" clause is the speech act's counterpart, as a verb's object is.

/** Nouns of these types say, ask, refuse or promise something. */
const SPEECH = new Set<PloverType>(["REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE"]);

/** The words from the noun to the act it governs: "that" and a clause of its own, with no break in it. */
const THAT_CLAUSE = /^\s+that\s+(?:[^\s,;:()"“”]+\s+){0,10}$/u;
/**
 * "to", "for", "on", "of", "against" and a few words, with no finite verb or "and": past them the
 * noun's own phrase has ended ("an appeal to X was followed by an attack", "a call to X and talks").
 */
const PHRASE = /^\s+(?:to|for|on|of|against)\s+(?:(?!(?:and|but|is|are|was|were|has|have|had|will|would)\s)[^\s,;:()"“”]+\s+){0,8}$/u;

/** Whether the noun trigger `g` governs the later trigger `t` as its complement's act. */
export function governsComplement(text: string, g: TriggerMatch, t: TriggerMatch, clauseEnd: number): boolean {
  if (g.entry.pos !== "noun" || !SPEECH.has(g.entry.type) || t.start <= g.end || t.start - g.end > 90) return false;
  // "condemnation of attacks by X": an act told with its own agent is told in full.
  if (namesOwnAgent(text, t, clauseEnd)) return false;
  const gap = text.slice(g.headEnd, t.start);
  return THAT_CLAUSE.test(gap) || PHRASE.test(gap);
}

/** "that X", "by Y that X": the subject right after "that" (and an article), past the noun's own agent. */
const THAT_BEFORE = /^\s+(?:(?:by|from)\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,5}?\s+)?that\s+(?:the\s+)?$/u;

/**
 * The subject of a speech-act noun's "that" clause, its counterpart: "an allegation that X had
 * armed …", "X's demand that Y withdraw". The mention's index, or -1.
 */
export function complementSubject(text: string, ms: ResolvedMention[], t: TriggerMatch, to: number): number {
  if (t.entry.pos !== "noun" || !SPEECH.has(t.entry.type)) return -1;
  for (let i = ms.findIndex((m) => m.start >= t.headEnd), k = 0; i >= 0 && i < ms.length && k < 3; i++, k++) {
    const m = ms[i]!;
    if (m.end > to || m.start - t.headEnd > 80) return -1;
    if (m.kind !== "place" && THAT_BEFORE.test(text.slice(t.headEnd, m.start))) return i;
  }
  return -1;
}

import type { ResolvedMention, Sentence } from "../types.js";
import { demonymIso } from "./demonyms.js";
import type { TriggerMatch } from "./matcher.js";

// "Norwegian-Swedish talks", "the Chilean-Peruvian negotiations": two states joined by a hyphen before a
// two-party noun are its parties (hyphen-pair.ts reads them). The actors stage makes no mention of
// a demonym, so each demonym of the pair becomes a mention of its state here, when that state is
// an actor of the article; a name already a mention ("U.S.") stays as it is.

/** The pair right before the noun, with a modifier or two between: "Norwegian-Swedish peace". */
const PAIR_BEFORE = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{L}.]*)[-–](\p{Lu}\p{Ll}+)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/** Mentions of the states a demonym pair names before the sentence's two-party nouns. */
export function pairedDemonymMentions(text: string, s: Sentence, article: string, index: number, ms: ResolvedMention[], triggers: TriggerMatch[], countryOfIso: Map<string, string>): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const t of triggers) {
    if (t.entry.pos !== "noun" || !t.entry.frame.mutual) continue;
    const from = Math.max(s.start, t.start - 50);
    const before = text.slice(from, t.start);
    // The pattern needs the pair's hyphen or dash: most nouns have none before them to try it on.
    const p = before.includes("-") || before.includes("–") ? PAIR_BEFORE.exec(before) : null;
    if (!p) continue;
    const aStart = from + p.index + p[0].indexOf(p[1]!);
    const bStart = aStart + p[1]!.length + 1;
    const parts = [part(p[1]!, aStart), part(p[2]!, bStart)];
    if (parts.some((x) => x === null) || parts[0]!.actor === parts[1]!.actor) continue;
    for (const x of parts) if (x!.made && !out.some((o) => o.start === x!.m.start)) out.push(x!.m);
  }
  return out;

  /** One side of the pair: the mention there, or a new one for a demonym of an actor state; null when neither. */
  function part(word: string, start: number): { m: ResolvedMention; actor: string; made: boolean } | null {
    const end = start + word.length;
    const have = ms.find((m) => m.start <= start && end <= m.end && m.kind !== "place");
    if (have) return { m: have, actor: have.actor, made: false };
    const iso = demonymIso(word);
    const actor = iso ? countryOfIso.get(iso) : undefined;
    if (!actor || ms.some((m) => m.start < end && start < m.end)) return null;
    return { m: { article, actor, start, end, text: word, sentence: index, kind: "country" }, actor, made: true };
  }
}

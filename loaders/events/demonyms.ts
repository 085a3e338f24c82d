import { createRequire } from "node:module";
import type { ResolvedMention, Sentence } from "../types.js";

// "Chinese police detained …", "the German embassy made a protest": a state acting
// through its organs, named by its demonym. The actors stage does not always make a
// mention of the demonym, so the events stage reads it here, from world-countries'
// demonyms, and only when the state is already an actor of the tables.

const require = createRequire(import.meta.url);
interface WorldCountry { cca3: string; demonyms?: { eng?: { m?: string; f?: string } } }

/** Heads of a noun phrase that is a state's organ: the demonym before them names who acts. */
const ORGANS = "government|police|forces|troops|army|military|navy|embassy|officials|authorities|ministry|diplomats|envoy|regime|leaders|leadership|president|parliament|soldiers|warplanes|jets|courts?|delegation|negotiators|prime\\s+minister|foreign\\s+minister|spokesman|spokeswoman";

let compiled: { re: RegExp; iso: Map<string, string> } | null = null;
function table(): { re: RegExp; iso: Map<string, string> } {
  if (compiled) return compiled;
  const iso = new Map<string, string>();
  for (const c of require("world-countries") as WorldCountry[])
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && /^\p{Lu}[\p{L} -]+$/u.test(d) && !iso.has(d)) iso.set(d, c.cca3);
  const names = [...iso.keys()].sort((a, b) => b.length - a.length).map((d) => d.replace(/ /g, "\\s+"));
  // The demonym, up to two modifiers ("security", "secret", "state-run"), then the organ.
  const re = new RegExp(`\\b(${names.join("|")})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${ORGANS})\\b`, "gu");
  return (compiled = { re, iso });
}

/** Country mentions for demonyms heading a state organ in the sentence, where no mention stands yet. */
export function demonymMentions(text: string, s: Sentence, article: string, index: number, ms: ResolvedMention[], countryOfIso: Map<string, string>): ResolvedMention[] {
  const { re, iso } = table();
  const out: ResolvedMention[] = [];
  re.lastIndex = s.start;
  for (let m = re.exec(text); m && m.index < s.end; m = re.exec(text)) {
    if (m.index + m[0].length > s.end) break;
    const demonym = m[1]!;
    const actor = countryOfIso.get(iso.get(demonym.replace(/\s+/g, " ")) ?? "");
    const start = m.index, end = start + demonym.length;
    if (!actor || ms.some((x) => x.start < end && start < x.end)) continue;
    out.push({ article, actor, start, end, text: demonym, sentence: index, kind: "country" });
  }
  return out;
}

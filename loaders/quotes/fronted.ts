import type { ActorRow, ResolvedMention } from "../types.js";

// "Declaring “…”, Israel launched …": a speech verb fronted as a participle, its speaker named
// after the quotation's comma.

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const FRONTED_GERUND = /^\p{Lu}\p{Ll}+ing$/u;

/** A capitalised gerund, the quotation it governs, a comma, then the name: "Saying “…”, the minister left". */
const FRONTED_TAIL = /^\s*(?:["“]|''|``)[^"”\n]*?(?:["”]|'')[^,.;:"“”\n]{0,60}?,\s*(?:the\s+)?/u;

/**
 * "Declaring “…”, Israel launched …": a speech verb fronted as a participle has no subject before
 * it; its speaker is the subject of the main clause, named right after the quotation's comma.
 */
export function frontedGerundSpeaker(masked: string, sorted: ResolvedMention[], cue: { verbEnd: number; verb: string; colon: boolean }, actors: Map<string, ActorRow>) {
  if (cue.colon || !FRONTED_GERUND.test(cue.verb)) return null;
  const tail = FRONTED_TAIL.exec(masked.slice(cue.verbEnd, cue.verbEnd + 400));
  if (!tail) return null;
  const at = cue.verbEnd + tail[0].length;
  const m = sorted.find((x) => x.start === at);
  return m ? { actor: m.actor, kind: m.kind, text: actors.get(m.actor)?.name ?? m.text } : null;
}

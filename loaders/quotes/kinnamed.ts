import type { ActorKind, ResolvedMention } from "../types.js";
import { KIN } from "./apposition.js";
import { firstAt } from "./search.js";

// "His wife said …" after "his wife, Ana, had received …": a relative (or a lawyer) given by a
// possessive and a noun is the person that noun was set off with by name earlier in the text.

const POSSESSED_KIN = /^(?:his|her|their)\s+(\p{Ll}+)$/u;
/** How far back the naming apposition may lie. */
const REACH = 3000;

/** The person named in apposition after an earlier "his/her/X's <kin>, …", for a subject "his/her <kin>"; else null. */
export function kinNamedBefore(subject: string, text: string, at: number, sorted: ResolvedMention[]): { actor: string; kind: ActorKind; text: string } | null {
  const kin = POSSESSED_KIN.exec(subject.trim().toLowerCase())?.[1];
  if (!kin || !KIN.has(kin)) return null;
  const from = Math.max(0, at - REACH);
  const window = text.slice(from, at);
  const re = new RegExp(`(?:\\b(?:his|her|their)|\\p{Lu}[\\p{L}.-]*['’]s?)\\s+${kin},\\s+`, "giu");
  let found: { actor: string; kind: ActorKind; text: string } | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const after = from + m.index + m[0].length;
    const mention = sorted[firstAt(sorted, (x) => x.start >= after)];
    if (mention && mention.start === after && mention.kind === "person") found = { actor: mention.actor, kind: "person", text: mention.text };
  }
  return found;
}

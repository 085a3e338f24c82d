import type { ResolvedMention } from "../types.js";
import { inSpan } from "./inspan.js";
import type { Span } from "./words.js";
import { BODIES } from "./roledesc.js";

// "The Varnby company said", "The Varnby, Ore., company said", "a spokesman for the Varnby,
// Ore.-based firm said": a town (and its
// state) before a body's trade says where the body is, not who speaks. Without it the subject is
// a plain description ("the company", "a spokesman for the firm"), read as any other.

/** A determiner, then capitalised words (a town, its state), maybe "-based", then a lower-case head. */
const PLACE_RUN = /\b(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}.'’]*,?\s+)*?\p{Lu}[\p{L}.'’]*(?:,|\s*-?\s*based)?\s+)(\p{Ll}+)\b/gu;

/**
 * The subject written in `text` at `s` with every town run before a body's trade taken out, or null
 * when it holds none: the run must name a place and nothing but places.
 */
export function withoutPlaceModifier(text: string, s: Span, sorted: ResolvedMention[]): string | null {
  const subject = text.slice(s.start, s.end);
  let out = subject, cut = 0;
  for (const m of subject.matchAll(PLACE_RUN)) {
    // "The Varnby, Ore., maker of fasteners": a town and state set off by commas place any head
    if (!BODIES.has(m[2]!.toLowerCase()) && !m[1]!.trimEnd().endsWith(",")) continue;
    const from = m.index! + m[0].indexOf(m[1]!), to = from + m[1]!.length;
    const inRun = inSpan(sorted, { start: s.start + from, end: s.start + to });
    if (!inRun.length || inRun.some((x) => x.kind !== "place")) continue;
    out = out.slice(0, from - cut) + out.slice(to - cut);
    cut += to - from;
  }
  return cut ? out : null;
}

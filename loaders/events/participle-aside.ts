import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";

// "X, refusing to meet Y, recalled its envoy", "X, backed by Y, attacked Z": a participle phrase set
// off by commas after the subject hangs on it; a name inside the phrase is the participle's object
// or agent, not the subject of the verb after the closing comma.

/** From the name to the verb: the rest of the phrase, then its closing comma (and an adverb) right before the verb. */
const CLOSES = /^[^,;:()"“”]{0,60},\s*(?:\p{Ll}+ly\s+)?$/u;
/** From the clause start to the name: the phrase's opening comma, a participle, and no other mark. */
const OPENS = /,\s*(?:\p{Ll}+ly\s+)?(?:not\s+)?\p{Ll}{3,}(?:ing|ed)\b[^,;:()"“”]*$/u;

/**
 * True when mention `i` stands inside a participle phrase that opens on a comma right after an
 * earlier name and closes on a comma right before `verbAt`.
 */
export function insideParticipleAside(text: string, ms: readonly ResolvedMention[], i: number, verbAt: number, floor: number): boolean {
  const m = ms[i]!;
  if (!CLOSES.test(text.slice(m.end, verbAt))) return false;
  const before = text.slice(floor, m.start);
  const open = OPENS.exec(before);
  if (!open) return false;
  const comma = floor + open.index;
  // The phrase hangs on a name: one ends right before its opening comma.
  return ms.some((n, j) => j < i && n.kind !== "place" && /^\s*$/u.test(text.slice(n.end, comma)));
}

/**
 * "X, refusing to meet Y, criticised Z": a speech act told as a participle that opens on a comma and
 * whose phrase closes on a comma right before trigger `t` does not govern `t`, the main verb.
 */
export function participleAsideBetween(text: string, from: number, g: TriggerMatch, t: TriggerMatch): boolean {
  if (!/\p{Ll}(?:ing|ed)$/u.test(g.head) || !/,\s*(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(from, g.start - 12), g.start))) return false;
  const close = text.indexOf(",", g.end);
  if (close < 0 || close >= t.start || close - g.end > 80 || /[;:()"“”]/u.test(text.slice(g.end, close))) return false;
  return /^,\s*(?:\p{Ll}+ly\s+)?$/u.test(text.slice(close, t.start));
}

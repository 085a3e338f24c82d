import type { TriggerMatch } from "./matcher.js";

// "The group agreed to impose an arms embargo on <State>", "the council voted to expel its envoy":
// an agreement or a decision to do harm is that harm planned (the gold guide: planned conflictual
// acts keep their own type, "further sanctions" is a SANCTION), not an agreement with the one harmed.

/** Acts of harm a decision may plan. */
const HARMFUL = new Set(["SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN"]);
/** A verb of agreeing or deciding, then "to" right before the harmful verb. */
const DECIDED_TO = /\b(?:agree[sd]?|decide[sd]?|vote[sd]?)\s+(?:on\s+\p{Lu}\p{Ll}+day\s+|unanimously\s+|formally\s+)?to\s+$/iu;
const GAP = /^\s+(?:on\s+\p{Lu}\p{Ll}+day\s+|unanimously\s+|formally\s+)?to\s+$/u;

/** Whether the agreeing verb `t` only frames the harmful verb that follows it (`next`). */
export function framesHarm(t: TriggerMatch, next: TriggerMatch | undefined, text: string): boolean {
  return t.entry.type === "AGREE" && t.entry.pos === "verb" && !!next && next.entry.pos === "verb" && HARMFUL.has(next.entry.type) && next.start > t.end && GAP.test(text.slice(t.end, next.start));
}

/** The harmful verb after "agreed to", read as planned; the trigger itself otherwise. */
export function decidedHarm(t: TriggerMatch, text: string, sentenceStart: number): TriggerMatch {
  if (t.entry.pos !== "verb" || !HARMFUL.has(t.entry.type) || /planned|proposed|conditional/.test(t.entry.mode)) return t;
  if (!DECIDED_TO.test(text.slice(Math.max(sentenceStart, t.start - 40), t.start))) return t;
  return { ...t, entry: { ...t.entry, mode: `${t.entry.mode} (planned)` } };
}

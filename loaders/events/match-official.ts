import type { TriggerMatch } from "./matcher.js";

// "criticised the referee after the match", "blamed the umpires": a match official criticised is
// sport's quarrel, no accusation between political actors.

const OFFICIAL =
  /^\s+(?:(?:the|a|an|two|both|match|fourth|video|assistant|line)\s+)*(?:referees?|umpires?|linesm[ae]n|match\s+officials|officiating|refereeing|VAR)\b/u;

/** Whether a criticism's object is a match's referee or umpire. */
export function matchOfficial(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "ACCUSE" || t.entry.pos !== "verb") return false;
  return OFFICIAL.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 60)));
}

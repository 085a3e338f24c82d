import type { ActorRow, ResolvedMention } from "../types.js";
import { firstAt } from "./search.js";
import type { BodySpeaker } from "./roledesc.js";

// "The coach company, Westway, said it was helping the police. A spokesman said: “…”": a
// spokesman with no body named speaks for the body the story last put at the head of a sentence.
// A person at the head of a later sentence ("Ode was on holiday. A spokesman said") is the one the
// spokesman may speak for, so no body is credited then.

const BARE = /^(?:a|an|the)\s+(?:spokesman|spokeswoman|spokesperson)$/u;
/** How far back the sentence about the body may lie: about a paragraph. */
const BACK = 500;
/** What may stand between a sentence's start and the body opening it: a description in apposition ("The coach company, "). */
const OPENER = /^(?:the\s+[\p{Ll}\s-]{1,40},\s*)?$/iu;
/** The text of a sentence before a mention, back to the last sentence end or line break. */
const SENTENCE_BEFORE = /[^.!?\n]*$/u;

/** The organisation opening the last sentence that opens on a name before `at`, when `desc` is a bare spokesman; else null. */
export function bodyOfBareSpokesman(desc: string, text: string, at: number, sorted: ResolvedMention[], actors: Map<string, ActorRow>): BodySpeaker | null {
  if (!BARE.test(desc.trim().toLowerCase())) return null;
  for (let i = firstAt(sorted, (x) => x.start >= at) - 1; i >= 0; i--) {
    const m = sorted[i]!;
    if (m.start < at - BACK) break;
    if (insideMarks(text, m.start)) continue;
    const lead = SENTENCE_BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.start))![0].replace(/^[\s"“”'‘’`]+/u, "");
    if (!OPENER.test(lead)) continue;
    return m.kind === "organization" ? { actor: m.actor, kind: "organization", text: actors.get(m.actor)?.name ?? m.text } : null;
  }
  return null;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/** Whether `pos` lies inside a quotation opened earlier in its paragraph: a name the speaker says is no topic of the story's. */
function insideMarks(text: string, pos: number): boolean {
  const seg = text.slice(text.lastIndexOf("\n", pos) + 1, pos);
  return count(seg, /“/gu) > count(seg, /”/gu) || count(seg, /``/gu) > count(seg, /''/gu) || count(seg, /"/gu) % 2 === 1;
}

import type { ActorRow, ResolvedMention } from "../types.js";

// An interview printed as a transcript: "Q: …" lines the interviewer's, "A: “…”" lines the
// answers. The answer line names nobody; the person answering is the one the introduction,
// before the first question, names.

/** "A:" or "Answer:" alone at the start of the line that the colon ends. */
const ANSWER_LABEL = /(?:^|\n)[ \t]*(?:A|Answer)[ \t]*$/u;
/** A question line's label: "Q:" or "Question:" opening a line. */
const QUESTION_LINE = /(?:^|\n)[ \t]*(?:Q|Question)[ \t]*:/u;

/**
 * The speaker of an "A: “…”" line: the one person the text names before its first "Q:" line,
 * when that line comes before the answer; nobody when the introduction names several people.
 */
export function answerSpeaker(text: string, sorted: ResolvedMention[], cue: { verbStart: number; colon: boolean }, actors: Map<string, ActorRow>) {
  if (!cue.colon || !ANSWER_LABEL.test(text.slice(Math.max(0, cue.verbStart - 12), cue.verbStart))) return null;
  const q = QUESTION_LINE.exec(text);
  if (!q || q.index >= cue.verbStart) return null;
  const people = sorted.filter((m) => m.end <= q.index && m.kind === "person");
  const ids = new Set(people.map((m) => m.actor));
  if (ids.size !== 1) return null;
  const m = people[0]!;
  return { actor: m.actor, kind: m.kind, text: actors.get(m.actor)?.name ?? m.text };
}

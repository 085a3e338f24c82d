import type { TriggerMatch } from "./matcher.js";
import { finiteVerb, NOT_A_SUBJECT } from "./thing-clause.js";

// Where a trigger's own predicate ends inside its clause: its objects, targets and places are not
// sought past the start of another predicate, also when that predicate's verb is no trigger.

/** "will visit the area and has cancelled a trip to X": "and" with an auxiliary (or "then") opens a predicate of its own. */
const NEXT_PREDICATE = /\s(?:and|but)\s+(?:then\s+\p{Ll}{3,}|(?:has|have|had|will|would|is|are|was|were|did|does)\s+(?:\p{Ll}+ly\s+)?(?:not\s+)?\p{Ll}{3,})/u;

/** "shut the crossing as Y held talks with Z": "as" before a subject and a finite verb opens a clause (not "as well as", "as part of"). */
const AS_WORDS = /(?<!\b(?:such|well|just|so)\s+)\sas\s+((?:[\p{L}\p{N}'’.-]+\s+){1,5})/gu;

function asClause(text: string, from: number, to: number): number {
  const slice = text.slice(from, to);
  AS_WORDS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = AS_WORDS.exec(slice)); ) {
    const words = m[1]!.trim().split(/\s+/u);
    for (let i = 1; i < words.length; i++) {
      if (NOT_A_SUBJECT.test(words[i - 1]!)) break;
      if (finiteVerb(words[i]!)) return from + m.index;
    }
  }
  return to;
}

/** The end of the trigger's own predicate: `end` (its clause's), or the start of the next predicate before it. */
export function predicateEnd(text: string, t: TriggerMatch, end: number): number {
  const m = NEXT_PREDICATE.exec(text.slice(t.end, end));
  return asClause(text, t.end, m ? t.end + m.index : end);
}

import type { PloverType } from "../types.js";
import type { TriggerMatch } from "./matcher.js";

// Modality that tells no act: a possibility ("could attack"), a fear ("fears that X will
// attack"), a right ("has the right to attack"), a plan denied ("has no plans to meet"), and a
// contact called off after its noun ("the meeting … was cancelled"). Closed English word lists
// over the words next to a trigger; each test runs only after a cheap word check.

/** Cooperative types: a planned or offered one is coded AGREE (PLOVER's convention for future acts). */
export const COOPERATIVE = new Set<PloverType>(["CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE", "CONCEDE", "RETREAT"]);

/**
 * "could attack", "might strike": a possible hostile act is speculation, neither an act nor a
 * plan. (A possible cooperative one, "might meet", stays a tentative plan: AGREE; "may sanction
 * next month" is read as a stated intention, recall.test.ts.)
 */
const POSSIBILITY = /\b(?:could|might)\s+(?:not\s+|never\s+|also\s+|even\s+|well\s+|soon\s+|eventually\s+)?(?:have\s+)?$/iu;

/** "fears that X will attack", "worried Y might strike": what someone fears has not happened. */
const FEARED = /\b(?:fears?|feared|fearing|afraid|worried|worries|worry)\s+(?:that\s+)?(?:[\p{L}.'’-]+\s+){1,5}(?:will|would|could|might|may|was\s+going\s+to|were\s+going\s+to)\s+(?:\p{Ll}+ly\s+)?$/iu;

/** "the right to attack", "the duty to protect": a right or duty named, not exercised. */
const RIGHT_TO = /\b(?:right|rights|duty|obligation|freedom|power|ability|capacity|need|means)\s+to\s+$/iu;

/** "no plans to meet", "no intention of attacking": a plan denied is no plan and no act. */
const NO_PLAN = /\bno\s+(?:\p{Ll}+\s+)?(?:plans?|intention|intentions|desire|wish)\s+(?:to|of)\s+$/iu;

/** A contact noun called off in its own clause after it: "the meeting with X was cancelled". */
const CALLED_OFF_AFTER = /^(?:\s+[^\s,;:.]+){0,6}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\p{Ll}+ly\s+)?(?:cancell?ed|postponed|called\s+off|scrapped|suspended|put\s+off|shelved)\b/iu;

/** The words before a trigger (its clause up to it) say it is only possible, feared, a right, or not planned. */
export function notAnActBefore(t: TriggerMatch, before: string): boolean {
  const tail = before.slice(-80);
  if ((tail.includes("could") || tail.includes("might")) && t.entry.pos === "verb" && !COOPERATIVE.has(t.entry.type) && POSSIBILITY.test(tail)) return true;
  if ((tail.includes("fear") || tail.includes("afraid") || tail.includes("worr")) && FEARED.test(tail)) return true;
  if (tail.includes(" to") && RIGHT_TO.test(tail)) return true;
  return tail.includes("no ") && NO_PLAN.test(tail);
}

/** A noun act the words after it call off ("the talks … were postponed"). */
export function calledOffAfter(t: TriggerMatch, after: string): boolean {
  return t.entry.pos === "noun" && CALLED_OFF_AFTER.test(after);
}

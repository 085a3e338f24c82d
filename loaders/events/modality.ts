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

/** "fears that X will attack", "worried Y might strike", "doubt that X will", "rumours that X would": what someone fears, doubts or rumours tell has not happened. */
const FEARED = /\b(?:fears?|feared|fearing|afraid|worried|worries|worry|doubts?|doubted|doubting|doubtful|sceptical|skeptical|unlikely|speculation|speculated|rumou?rs?|rumou?red)\s+(?:that\s+)?(?:[\p{L}.'’-]+\s+){1,5}(?:will|would|could|might|may|was\s+going\s+to|were\s+going\s+to)\s+(?:\p{Ll}+ly\s+)?$/iu;

/** "the right to attack", "the duty to protect": a right or duty named, not exercised. */
const RIGHT_TO = /\b(?:right|rights|duty|obligation|freedom|power|ability|capacity|need|means)\s+to\s+$/iu;

/** "no plans to meet", "no intention of attacking": a plan denied is no plan and no act. */
const NO_PLAN = /\bno\s+(?:\p{Ll}+\s+)?(?:plans?|intention|intentions|desire|wish)\s+(?:to|of)\s+$/iu;

/** What a support verb and its determiners put between "to" and a noun act: "to hold a meeting". */
const SUPPORT_TO_NOUN = String.raw`(?:(?:hold|have|holding|having|make|making|attend|attending|conduct|stage|open|sign|launch|impose|resume|begin|start)\s+(?:(?:a|an|the|any|new|further|direct|formal|fresh)\s+)*)`;
/** "no plans to hold a meeting": a plan denied before a support verb and its noun. */
const NO_PLAN_SUPPORT = new RegExp(String.raw`\bno\s+(?:\p{Ll}+\s+)?(?:plans?|intention|intentions|desire|wish)\s+(?:to|of)\s+${SUPPORT_TO_NOUN}$`, "iu");
/**
 * "has no wish to hold negotiations with X", "no desire to meet Y": unwillingness to a cooperative act
 * is a refusal (REJECT, the guide's refusals); to a hostile one ("no intention of attacking") no act.
 */
const UNWILLING = new RegExp(String.raw`\bno\s+(?:\p{Ll}+\s+)?(?:desire|wish|willingness|intention|interest)\s+(?:to|of|in)\s+${SUPPORT_TO_NOUN}?$`, "iu");
/** A word every match of UNWILLING_TO holds: a cheap test first. */
const UNWILLING_STEM = /willing|reluctant|prepared|ready/iu;
/** "is unwilling to meet Y", "remains reluctant to hold talks", "was not prepared to sign": the same unwillingness. */
const UNWILLING_TO = new RegExp(String.raw`\b(?:unwilling|reluctant|not\s+willing|not\s+prepared|not\s+ready)\s+to\s+${SUPPORT_TO_NOUN}?$`, "iu");
export function unwillingCooperation(t: TriggerMatch, before: string): boolean {
  if (!COOPERATIVE.has(t.entry.type)) return false;
  const tail = before.slice(-80);
  return (before.includes("no ") && UNWILLING.test(tail)) || (UNWILLING_STEM.test(tail) && UNWILLING_TO.test(tail));
}

/** A contact noun called off in its own clause after it: "the meeting with X was cancelled". */
// Up to nine words of the noun's own phrase, no conjunction opening another clause: "the meeting
// between X and Y scheduled for Monday was cancelled".
const CALLED_OFF_AFTER = /^(?:\s+(?!(?:although|though|while|but|because|when|whereas|which|who|whom|that|after|before|since|as|if|unless|until)\b)[^\s,;:.]+){0,9}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\p{Ll}+ly\s+)?(?:cancell?ed|postponed|called\s+off|scrapped|suspended|put\s+off|shelved)\b/iu;

const CALL_OFF_WORD = /cancel|postpon|called\s+off|scrapped|suspended|put\s+off|shelved/iu;

/** "is considering urging", "weighing sanctions": an act deliberated is neither done nor decided. */
const DELIBERATED =
  /\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|contemplat(?:e|es|ed|ing)|debat(?:e|es|ed|ing)|ponder(?:s|ed|ing)?)\s+(?:whether\s+(?:or\s+not\s+)?to\s+|(?:a|an|the|possible|new|further|fresh|more|tougher)\s+){0,2}$/iu;
const DELIBERATION_WORD = /consider|weigh|mull|contemplat|debat|ponder/iu;

/** "likely to be supported", "unlikely to meet": a forecast, not an act or a decided plan. */
const FORECAST = /\b(?:likely|unlikely|bound)\s+to\s+(?:be\s+)?(?:\p{Ll}+ly\s+)?$/iu;

/** "can call up reservists": a power held, not used (a cooperative "can meet" stays a tentative plan). */
const ABILITY = /\bcan\s+(?:also\s+|now\s+|still\s+|legally\s+|easily\s+|only\s+)?$/iu;

/** "sanctions would force X to withdraw", "persuade Y to attack": the act is what someone else presses for. */
const CAUSED = /\b(?:forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|induc(?:e|es|ed|ing))\s+(?:[\p{L}.'’-]+\s+){1,4}to\s+$/iu;

/** "the threat of air strikes", "the possibility of a meeting": an act named as a prospect, not one told. */
const PROSPECT =
  /\b(?:threats?|risks?|fears?|possibility|possibilities|prospects?|dangers?|spectre|specter|likelihood|chances?|odds|rumou?rs?|talk|idea)\s+of\s+(?:(?:a|an|the|new|further|more|possible|renewed|fresh|any|imminent|future)\s+)*(?:[\p{L}.'’-]+\s+){0,2}$/iu;

/** "air strikes against X could do harm": a hostile act as the subject of a modal is a supposition. */
const MODAL_PREDICATE = /^(?:\s+(?:against|on|by|from|in|at)\s+(?:[\p{L}.'’-]+\s+){1,3}?|\s+)(?:could|would|might|may)\s+(?!have\b|not\s+have\b)\p{Ll}+/u;

/**
 * Prospects, deliberations, powers and acts pressed on someone else: `before` is the trigger's
 * clause up to it, `after` the words right after it.
 */
export function prospectOnly(t: TriggerMatch, before: string, after: string): boolean {
  const tail = before.slice(-70);
  if (DELIBERATION_WORD.test(tail) && DELIBERATED.test(tail)) return true;
  if (t.entry.pos === "verb" && !COOPERATIVE.has(t.entry.type) && tail.includes("can ") && ABILITY.test(tail)) return true;
  if (tail.endsWith(" to ") && CAUSED.test(tail)) return true;
  if (tail.includes("ly to ") && FORECAST.test(tail)) return true;
  if (t.entry.pos !== "noun") return false;
  if (tail.includes(" of ") && PROSPECT.test(tail)) return true;
  return !COOPERATIVE.has(t.entry.type) && MODAL_PREDICATE.test(after);
}

/** A modal right before the trigger: what a fear can govern ("fears that X will attack"). */
const MODAL_END = /\b(?:will|would|could|might|may|going\s+to)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * The words before a trigger say it is only possible, feared, a right, or not planned: `before`
 * is its clause up to it; a fear is read up to 80 characters back in the sentence (`from`).
 */
export function notAnActBefore(t: TriggerMatch, before: string, text: string, from: number): boolean {
  const n = before.length;
  if (unwillingCooperation(t, before)) return false;
  if (t.entry.pos === "verb" && !COOPERATIVE.has(t.entry.type) && (before.lastIndexOf("could") >= n - 40 || before.lastIndexOf("might") >= n - 40) && POSSIBILITY.test(before.slice(-48))) return true;
  const to = before.lastIndexOf(" to ") >= n - 6, of = before.lastIndexOf(" of ") >= n - 6;
  if (to && RIGHT_TO.test(before.slice(-24))) return true;
  if ((to || of) && NO_PLAN.test(before.slice(-40))) return true;
  if (before.includes("no ") && NO_PLAN_SUPPORT.test(before.slice(-80))) return true;
  // "is reluctant to attack": a hostile act one is unwilling to do is no act (a cooperative one was a refusal above).
  if (to && UNWILLING_STEM.test(before) && UNWILLING_TO.test(before.slice(-80))) return true;
  return n > 0 && MODAL_END.test(before.slice(-28)) && FEARED.test(text.slice(Math.max(from, t.start - 80), t.start));
}

/** A noun act the words after it call off ("the talks … were postponed"). */
export function calledOffAfter(t: TriggerMatch, after: string): boolean {
  return t.entry.pos === "noun" && CALL_OFF_WORD.test(after) && CALLED_OFF_AFTER.test(after);
}

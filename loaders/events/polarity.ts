import type { Sentence } from "../types.js";
import { deniedInClause, isDenied, isNegated, type Span } from "./clauses.js";
import { condemningWord, hasDirectObject, isCommercialObject, isCommunicationObject, NO_COMMENT } from "./gate.js";
import type { TriggerMatch } from "./matcher.js";
import { calledOffAfter, notAnActBefore, prospectOnly, unwillingCooperation } from "./modality.js";
import { noActReading } from "./no-act.js";
import { notTransitiveAct, STIPULATES } from "./verb-classes.js";
import { deniedGerund } from "./denied-gerund.js";
import { denialEndsAtConjunct, negationEndsAtConjunct } from "./finite-conjunct.js";

// A trigger's polarity, read from the words around it in its clause: negated, denied, offered
// unwillingly, or no act at all (a possibility, a right, trade, a word with no object it needs).

/** Whether the trigger is negated or denied, or null when the words around it say it tells no act. */
export function readPolarity(text: string, s: Sentence, t: TriggerMatch, narrow: Span): { negated: boolean; denied: boolean; unwilling: boolean } | null {
  const before = text.slice(narrow.start, t.start);
  const unwilling = unwillingCooperation(t, before);
  // "denied that any attack took place and accused Y", "would not resign and accused Y": the "and" opens a verb of its own.
  const denied = (/^\s*that\b/iu.test(before) && isDenied(text.slice(s.start, narrow.start)) && !denialEndsAtConjunct(before, t.head)) || deniedInClause(before) || deniedGerund(before, t.head);
  const negated = (isNegated(before) && !negationEndsAtConjunct(before, t.head)) || denied;
  if (noActReading(text, s, t, before, negated)) return null;
  // "could attack", "fears that X will attack", "the right to attack", "no plans to meet".
  if (notAnActBefore(t, before, text, s.start)) return null;
  const after = text.slice(t.end, Math.min(s.end, t.end + 60));
  if (calledOffAfter(t, text.slice(t.end, Math.min(s.end, t.end + 110))) || prospectOnly(t, before, after)) return null;
  // "received assurances from X": the object inside a gapped pattern is read as the one after it.
  const object = t.headEnd < t.end ? text.slice(t.headEnd, Math.min(s.end, t.headEnd + 60)) : after;
  if (((t.entry.type === "AID" || /^receiv/.test(t.head)) && (isCommunicationObject(object) || (/^provid/.test(t.head) && STIPULATES.test(after)))) || (t.entry.type === "REJECT" && NO_COMMENT.test(after))) return null;
  if (t.entry.frame.evaluative && !condemningWord(text.slice(t.end, Math.min(s.end, t.end + 60)))) return null;
  if (t.entry.frame.intransitive ? hasDirectObject(after) : t.entry.frame.transitive && notTransitiveAct(text, t, narrow.start, hasDirectObject(after))) return null;
  // Trade, not help or a political offer: a share or a product offered or supplied.
  if ((t.entry.type === "AID" || (t.entry.type === "AGREE" && /^(?:offer|provid|suppl)/.test(t.head))) && isCommercialObject(text.slice(t.end, s.end))) return null;
  return { negated: negated && !unwilling, denied, unwilling };
}

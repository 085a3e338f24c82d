import type { TriggerMatch } from "./matcher.js";

// A meeting or an agreement named as the object of a stance ("<State> and <State> welcomed the
// summit", "criticised the accord") is judged by the stance's subject, who is no party to it: the
// noun tells no act of theirs. A protest named as what someone spoke about ("has not commented on
// the protests", "asked about the demonstrations") is a topic, not the speaker's protest.

/** A verb of stance and the noun's determiners and modifiers, right before the noun. */
const STANCE_BEFORE =
  /\b(?:welcom|prais|hail|applaud|salut|endors|criticis|criticiz|condemn|denounc|question|doubt|dismiss|belittl|play(?:ed|s|ing)?\s+down)\p{Ll}*\s+(?:(?:the|this|that|these|those|a|an|its|their|his|her|weekend|first|historic|planned|latest|new|proposed|two-day|three-day|day-long|landmark)\s+)*(?:[\p{L}-]+\s+)?$/iu;

/** Speaking about something: the noun after it is the topic. */
const TOPIC_BEFORE =
  /\b(?:comment(?:ed|s|ing)?|spoke|speak(?:s|ing)?|asked|talk(?:ed|s|ing)?|report(?:ed|s|ing)?|react(?:ed|s|ing)?|respond(?:ed|s|ing)?|remarks?|silent|silence)\s+(?:on|about|to|over)\s+(?:(?:the|these|those|this|that|recent|latest|weekend|street|mass|opposition)\s+)*$/iu;

/** The noun's own agent after it ("a visit by X to Y"): it names who acted, and the noun is read with it. */
const AGENT_AFTER = /^[^,;]{0,60}?\bby\s+(?:the\s+)?\p{Lu}/u;

/** Whether a nominal trigger is only the object of someone's stance or speech. */
export function stanceObject(t: TriggerMatch, lead: string, text: string, end: number): boolean {
  if (t.entry.pos !== "noun") return false;
  if (t.entry.type === "CONSULT" || t.entry.type === "AGREE" || t.entry.type === "COOPERATE") return STANCE_BEFORE.test(lead) && !AGENT_AFTER.test(text.slice(t.end, Math.min(end, t.end + 80)));
  return (t.entry.type === "PROTEST" || t.entry.type === "MOBILIZE") && TOPIC_BEFORE.test(lead);
}

import type { TriggerMatch } from "./matcher.js";

// "pledged to create a regional assembly" (or a <Region> one), "agreed to shelve a fishing bill", "offered to
// refinance its regional banks": a promise or offer of a step of domestic policy (a law, a tax, a budget, a
// body of one's own state, its own output) has no counterpart, and the gold guide leaves such steps out; so has a promise to
// rebuild one's own homes and roads after a disaster, or to continue policies and fight crime at home (an
// agreement to fight crime has its partner in its subject). The step's own phrase must name no one:
// "pledged to cut tariffs on <State> goods" and "pledged to rebuild schools in <State>" stay offers.

const PROMISE = /^(?:pledg|promis|vow|offer|agre)/u;

const DOMESTIC_STEP = new RegExp(
  String.raw`^\s+(?:also\s+|once\s+)?(?:(?:on|in|last|this|earlier|later)\s+(?:\p{Lu}\p{Ll}+|\d{4}|week|month|year)\s+)?to\s+(?:\p{Ll}+ly\s+)?` +
    String.raw`(?:set\s+up|create|establish|pass|approve|adopt|amend|repeal|introduce|shelve|scrap|cut|raise|lower|reduce|increase|refinance|reform|privati[sz]e|balance|restructure|overhaul|abolish|freeze|rebuild|repair|restore|reopen|continue|fight|tackle|combat|curb|keep|maintain|hold)\s+` +
    String.raw`(?:(?:[\p{Ll}\p{N}$%.,'’-]+\s+){0,8}?)` +
    String.raw`(?:(?:\p{Lu}\p{L}+\s+)?(?:parliament|assembly)|bills?|laws?|legislation|tax(?:es)?|budgets?|deficits?|debts?|pensions?|wages|spending|interest\s+rates|subsidies|constitution|banks?|health\s+care|welfare|prices|fares|rents|output|production|homes|houses|housing|roads|bridges|schools|hospitals|infrastructure|power|electricity|water\s+supplies|policies|crime|corruption|poverty|inflation|unemployment|cartel\s+violence|gang\s+violence)\b`,
  "u",
);
/** A name right after the step's noun makes it a step towards someone ("cut taxes on <State> goods"). */
const COUNTERPART_AFTER = /^\s+(?:\p{Ll}+\s+){0,2}?(?:on|for|against|with|to|from)\s+(?:the\s+)?\p{Lu}/u;

/** Rebuilding is a step towards the state it is done in, when one is named ("rebuild schools in <State>"). */
const REBUILT = /\b(?:rebuild|repair|restore|reopen)\b/u;
const CAMPAIGN = /\bto\s+(?:\p{Ll}+ly\s+)?(?:continue|fight|tackle|combat|curb)\b/u;
const PLACE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?in\s+(?:the\s+)?\p{Lu}/u;

/** Whether the trigger promises or offers a domestic policy step with no one on the other side. */
export function domesticStep(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "AGREE" || t.entry.pos !== "verb" || !PROMISE.test(t.head)) return false;
  const after = text.slice(t.end, Math.min(end, t.end + 160));
  const m = DOMESTIC_STEP.exec(after);
  if (!m || COUNTERPART_AFTER.test(after.slice(m[0].length))) return false;
  if (t.head.startsWith("agre") && CAMPAIGN.test(m[0])) return false;
  return !(REBUILT.test(m[0]) && PLACE_AFTER.test(after.slice(m[0].length)));
}

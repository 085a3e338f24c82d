// "X and Y agreed to the mediator's proposal": two subjects accepting a third party's request or
// proposal both answer that party; neither is the other's counterpart, as in "X and Y agreed a
// truce". Only a possessor other than "each other" or "one another" names that third party.

const OTHERS_TERMS =
  /^\s+(?:[\p{L}-]+\s+){0,3}?to\s+(?:the\s+|a\s+|an\s+)?(?!each\s+other|one\s+another)(?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:requests?|proposals?|demands?|calls?|appeals?|plans?|offers?|terms|conditions|initiatives?|suggestions?|ultimatum)\b/u;

/** Whether the words after a mutual verb name a request or proposal another party owns. */
export function agreedToOthersTerms(after: string): boolean {
  return OTHERS_TERMS.test(after);
}

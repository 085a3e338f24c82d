import type { TriggerMatch } from "./matcher.js";

// A criminal case's steps are the court's business, not acts between political actors: a
// prosecutor asking for a prison term or asking the court to convict, a defence calling for
// acquittal, a defendant agreeing to plead guilty, an official who "accepted" bribes or cash (money
// taken, no offer agreed), a convict barred from holding office. Each is told by the words of the
// request, the plea or the thing taken: closed lists of legal English. A state asking a court to
// order another state to act ("asked the court to order <State> to …") names no penalty and stays.

/** "asked for a prison term of eight years", "demanded a life sentence", "called for his acquittal". */
const PENALTY_ASKED =
  /^\s+(?:for\s+)?(?:(?:a|an|the|his|her|their|its|tougher|harsher|longer|lighter|maximum|minimum|suspended|lengthy|heavy|stiff|lenient)\s+)*(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)-year\s+)?(?:prison\s+(?:terms?|sentences?)|jail\s+(?:terms?|sentences?)|custodial\s+sentences?|life\s+(?:sentences?|imprisonment|in\s+prison)|sentences?\s+of\s+\S+\s+(?:years?|months?)|acquittals?|convictions?|retrials?|bail|probation|community\s+service)\b/iu;

/** "asked the court to sentence X to life", "urged the jury to convict": a court addressed for a verdict. */
const COURT_ADDRESSED =
  /^\s+(?:the|a)\s+(?:\p{Ll}+\s+)?(?:court|judges?|jury|tribunal|magistrates?|bench)\s+(?:(?:in|of)\s+\p{Lu}\p{Ll}+\s+)?to\s+(?:sentence|convict|acquit|jail|imprison|fine|release\s+\S+\s+on\s+bail|throw\s+out|dismiss|uphold|overturn)\b/u;

/** "agreed to plead guilty", "agreed to a plea deal": a defendant's plea, no agreement with anyone. */
const PLEA_AGREED = /^\s+(?:(?:on|in|last|this|earlier)\s+\p{Lu}?\p{Ll}+\s+)?to\s+(?:plead\s+(?:guilty|no\s+contest)|(?:a|the)\s+plea\s+(?:deal|bargain|agreement))\b/u;

/**
 * "accepted bribes from builders", "had accepted 400,000 euros in cash": money taken, no offer
 * agreed. Money in aid or from a named giver ("2 million dollars from <State>") is left to the roles.
 */
const MONEY_ACCEPTED =
  /^\s+(?:(?:more\s+than|at\s+least|about|nearly|almost|over|up\s+to|some)\s+)?(?:(?:bribes?|kickbacks?|backhanders|illegal\s+(?:payments|donations|gifts)|cash\s+payments|gifts)\b|[$€£]?\d[\d,.]*\s*(?:(?:million|billion|thousand)\s+)?(?:(?:euros?|dollars?|pounds?|francs?|crowns?|kronor|kroner|yen|yuan|rubles?|roubles?|rupees?|pesos?|lira|zlotys?)\b(?!\s+(?:in\s+)?(?:aid|loans?|credit|assistance|grants?)\b|[^.;]{0,30}?\bfrom\s+(?:the\s+)?\p{Lu})|\p{Ll}+\s+in\s+(?:cash|bribes|kickbacks)\b))/iu;

/** "banned him from holding public office": a convict's disqualification, no sanction between actors. */
const OFFICE_BARRED = /^\s+(?:\S+\s+){0,4}?from\s+(?:holding|seeking|taking)\s+(?:any\s+)?(?:public\s+|elected\s+)?office\b/iu;

/** Whether the trigger tells a step of a criminal case rather than an act between actors. */
export function courtroomStep(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.pos !== "verb") return false;
  const after = text.slice(t.end, Math.min(end, t.end + 120));
  const type = t.entry.type;
  if (type === "REQUEST") return PENALTY_ASKED.test(after) || COURT_ADDRESSED.test(after);
  if (type === "AGREE" && t.head.startsWith("agre")) return PLEA_AGREED.test(after);
  if (type === "AGREE" && t.head.startsWith("accept")) return MONEY_ACCEPTED.test(after);
  if (type === "SANCTION" && /^(?:ban|bar)/u.test(t.head)) return OFFICE_BARRED.test(after);
  return false;
}

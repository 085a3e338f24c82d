import type { TriggerMatch } from "./matcher.js";

// Economic senses of political words: markets "offer" cargoes at a price, "demand" rises, the
// "money supply" grows, a bank "sanctions" a loan, a client "withdraws" cash. Closed lists of the
// words of trade and finance next to the trigger; none of them names a counterpart acting.

/** Quotes, tenders and cargoes: "offered at $90 fob", "bids for 3 billion crowns", "a tonne". */
const MARKET_WORDS =
  /\b(?:(?:a|per)\s+tonne|tonnes|fob|cif|c\s*&\s*f|tenders?|bids?\s+for\s+[\d.,]+|at\s+(?:US)?\$\s?[\d.,]+|barges|cargoes|bushels|lots?\s+of\s+[\d.,]+)\b/iu;
const MARKET_TYPES = new Set(["AGREE", "REJECT", "SUPPORT", "REQUEST"]);
/** Substrings one of which every MARKET_WORDS match holds: a cheap test before the regex. */
const MARKET_HINTS = ["$", "tonne", "fob", "cif", "&", "tender", "bid", "barge", "cargo", "bushel", "lot", "FOB", "CIF"];

/** Demand and supply as quantities of a market, by the word before or after them. */
const MARKET_DEMAND_BEFORE =
  /\b(?:customer|consumer|domestic|global|world|internal|external|strong|weak|weaker|stronger|lower|higher|rising|falling|growing|slowing|export|import|market|seasonal|oil|energy|credit|loan|housing|retail|industrial|firm|slack|robust|sluggish|sluggish|steady|good|poor|end-user|investor|investment)\s+$/iu;
const MARKET_SUPPLY_BEFORE = /\b(?:money|oil|gas|water|power|electricity|fuel|energy|blood|M[0-3])\s+$/iu;
const MARKET_SUPPLY_AFTER = /^\s+(?:routes?|lines?|chains?|depots?|convoys?|networks?|shortages?|problems?|side|glut|surplus|deficit|growth)\b/iu;

/** What is withdrawn or sanctioned is money or a filing, not forces or a presence: "withdraw cash", "sanctions a $2 mln credit". */
const MONEY_OBJECT =
  /^\s+(?:(?:the|a|an|its|their|his|her|some|all)\s+)?(?:[\p{L}-]+\s+)?(?:cash|money|funds|deposits|savings|shares|loans?|credits?|payments?|[$£€]|dlrs|\p{N}|(?:US)?\$|candidacy|application|bid|nomination|lawsuit|suit|complaint|motion|licen[cs]e)/iu;

/** "sent oil prices higher", "sent shares tumbling": news that moves a market sends nothing to anyone. */
const MARKET_MOVED =
  /^\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:prices?|shares|stocks?|markets?|dollar|yen|euro|currency|bonds?|yields?|rates|index|indices|futures)\s+(?:higher|lower|up|down|soaring|tumbling|plunging|plummeting|sliding|sharply|rising|falling|to\s+(?:a\s+)?(?:record|new|\d))/iu;

/** A word of a political act used in its sense of trade or finance: no act. */
export function economicSense(t: TriggerMatch, text: string, start: number, end: number): boolean {
  const type = t.entry.type;
  const after = text.slice(t.end, Math.min(end, t.end + 40));
  if (MARKET_TYPES.has(type)) {
    const span = text.slice(t.start, Math.min(end, t.end + 120));
    if (MARKET_HINTS.some((h) => span.includes(h)) && MARKET_WORDS.test(span)) return true;
  }
  const before = text.slice(Math.max(start, t.start - 24), t.start);
  if (type === "REQUEST" && (t.head === "demand" || t.head === "demands") && MARKET_DEMAND_BEFORE.test(before)) return true;
  if (type === "AID" && /^suppl/u.test(t.head) && (MARKET_SUPPLY_BEFORE.test(before) || MARKET_SUPPLY_AFTER.test(after))) return true;
  if (type === "AID" && /^sen[dt]/u.test(t.head) && MARKET_MOVED.test(text.slice(t.end, Math.min(end, t.end + 60)))) return true;
  return (type === "RETREAT" || type === "SANCTION") && t.entry.pos === "verb" && MONEY_OBJECT.test(after);
}

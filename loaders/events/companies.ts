import type { ActorRow, ResolvedMention } from "../types.js";
import { matchesOf } from "../text/matches.js";
import { readsAsAscii } from "../text/ascii.js";

// Business news: a firm's offer, deal, refusal or criticism of a rival is no event between
// political actors. A company is known by its legal form, by a head word of trade in its name,
// or by how the article speaks of it; in a story about trade, an unnamed body and a person with
// only a corporate title are taken as business too. General English words of commerce only.

/** A company by its legal form ("Acme Co", "Nordbank AG", "Vale SA"). */
const LEGAL_FORM = /\b(?:Co|Corp|Corporation|Inc|Incorporated|Ltd|Limited|Plc|PLC|AG|SA|NV|BV|GmbH|LLC|Oyj|AB|ASA|SpA)\.?$/u;

/**
 * A head word of trade ending the name ("Acme Bancorp", "Nord Airlines", "Acme Industries").
 * "Bank" only when the name neither opens on "Bank of" nor names a central or multilateral bank.
 */
const TRADE_HEAD =
  /\b(?:Bancorp|Bancshares|Broadcasting|Industries|Holdings|Acquisition|Consolidated|Airlines|Airways|Motors|Pharmaceuticals|Petroleum|Mining|Securities|Investments|Insurance|Enterprises|Foods|Stores|Brewery|Breweries|Shipyards?|Semiconductor|Software|Telecommunications|Communications|Electronics|Mines)$/u;
const COMMERCIAL_BANK = /\bBank(?:\s+of\s+\p{Lu}\p{L}+)?$/u;
// ("West Bank": a territory the actors stage may type as a body.)
const PUBLIC_BANK = /^(?:National\s+)?Bank\s+of\b|\b(?:Central|World|Reserve|Development|Export|Investment|People's|West|East|Left)\b/u;

/** Heads of a public or political body: such a name is no company even in business news. */
const PUBLIC_BODY =
  /\b(?:Ministry|Department|Council|Commission|Court|Parliament|Senate|Congress|Assembly|Party|Army|Police|Agency|Authority|Government|Administration|Front|Movement|Organi[sz]ation|League|Committee|Union|Alliance|Nations|Forces|Office|Bureau|Service|Federal|Reserve|Treasury|Fund|Tribunal|Guard|Cabinet|Institute|Board)\b|\bBank\s+of\b/u;

/** Words of a story about trade: its firms, shares, results and deals. */
const TRADE_WORDS =
  /\b(?:shares?|shareholders?|stockholders?|stocks?|investors?|analysts?|revenues?|profits?|earnings|quarter|quarterly|mergers?|acquisitions?|takeover|dividends?|per\s+share|a\s+share|creditors|bankruptcy|subsidiary|the\s+company|companies|securities|brokerage|stake|traders|trading)\b/giu;
// ASCII words: without the u flag the scan is several times cheaper, and the flag only changes
// what folds onto an ASCII letter ("ſ", the Kelvin sign), so an article holding either keeps it (text/ascii.ts).
const TRADE_WORDS_ASCII = new RegExp(TRADE_WORDS.source, "gi");
/** At least this many trade words, and this share of all words, make a story one about trade. */
const TRADE_MIN = 3;
const TRADE_SHARE = 0.015;

let lastText: string | null = null;
let lastTrade = false;

/** Whether an article is a story about trade; asked once per trigger, so the answer for the last text is kept. */
export function isTradeStory(text: string): boolean {
  if (text === lastText) return lastTrade;
  lastText = text;
  lastTrade = countTrade(text);
  return lastTrade;
}

function countTrade(text: string): boolean {
  let n = 0;
  for (const _ of matchesOf(!readsAsAscii(text) ? TRADE_WORDS : TRADE_WORDS_ASCII, text)) n++;
  if (n < TRADE_MIN) return false;
  const words = text.split(/\s+/u).length;
  return n / Math.max(words, 1) >= TRADE_SHARE;
}

/** "Acme's shares", "Acme stock", ", a maker of", ", the airline,": the article speaks of the name as a firm. */
const FIRM_AFTER =
  /^(?:['’]s?\s+(?:shares|stock|shareholders|chief\s+executive|subsidiary)\b|\s+(?:shares|stock|Inc|Corp|Co)\b|\s*,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:company|firm|maker|manufacturer|producer|retailer|carrier|airline|insurer|lender|brokerage|conglomerate|chain|supplier|distributor|subsidiary)\b)/u;
/**
 * "shares of Acme", "a stake in Acme", "a bid for Acme": the name is one that is bought or traded;
 * "drug maker Acme", "carmaker Acme", "airport operator Acme": a trade's noun set before the name.
 * (Not "rival X", ", a … group", "X's board": rival factions, armed groups and boards of public bodies are political.)
 */
const FIRM_BEFORE =
  /\b(?:shares\s+(?:of|in)|stake\s+in|bid\s+for|takeover\s+of|merger\s+with|subsidiary\s+of|retailer|company|firm|\p{Ll}*\s?maker|manufacturer|startup|start-up|airline|carrier|insurer|lender|brewer|chain|operator|developer|publisher|conglomerate|supplier|tech\s+giant)\s+$/iu;

/** Whether an organisation or a group is a company (by name, by the article's words, or in a story about trade). */
export function isCompany(a: ActorRow, text: string, article: ResolvedMention[], trade: boolean): boolean {
  if (a.kind !== "organization" && a.kind !== "group") return false;
  const name = a.name.trim();
  if (LEGAL_FORM.test(name) || (COMMERCIAL_BANK.test(name) && !PUBLIC_BANK.test(name))) return true;
  // "Ministry of Communications", "Ministry of Mines": a public body whose name ends on a word of trade.
  if (PUBLIC_BODY.test(name) || a.role) return false;
  if (TRADE_HEAD.test(name)) return true;
  if (trade) return true;
  return article.some((m) => m.actor === a.id && (FIRM_AFTER.test(text.slice(m.end, m.end + 60)) || FIRM_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))));
}

/** Corporate titles: in a story about trade they make an executive, not an official. */
export const CORPORATE_TITLE = /\b(?:chairman|chairwoman|director|chief|head|officer|executive|president|manager|general\s+manager|founder|owner|partner|analyst|deputy|representative)\b/iu;

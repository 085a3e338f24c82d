import type { ActorRow, ResolvedMention } from "../types.js";
import { CORPORATE_TITLE, isCompany, isTradeStory } from "./companies.js";
import { isUnnamedAgent } from "./unnamed-agents.js";
import { matchesOf } from "../text/matches.js";

// Who can act politically: a state, a body or named group, and a person holding an office.
// Businesses, venues, counted people and private persons do not (companies.ts for firms).

/** Titles that make a person an official when they stand next to the name. */
export const OFFICE = /\b(?:president|minister|premier|chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|official|governor|mayor|senator|congressman|general|commander|chief(?!\s+(?:accused|suspects?|witness(?:es)?|defendants?|culprits?|mourners?))|head|leader|king|queen|prince|emir|sheikh|ayatollah|negotiator|diplomat|director|chairman|prosecutor|judge|colonel|major|lieutenant|admiral|marshal|officer|deputy|representative|mp|lawmaker|legislator|adviser|advisor|aide|ruler|dictator|monarch)\b/iu;
const OFFICES = new RegExp(OFFICE.source, "giu");

/** A role given on the actor row that is a firm's, not a state's or a party's. */
const CORPORATE_ROLE = /\b(?:chairman|chairwoman|chief\s+executive|director|officer|manager|founder|owner|partner|analyst)\b/iu;
/** The last sentence end in a window: a full stop and a blank before a capital. */
const SENTENCE_END = /(?<!\b\p{Lu})[.!?]["”’]?\s+(?=\p{Lu})(?![^]*(?<!\b\p{Lu})[.!?]["”’]?\s+\p{Lu})/u;
/** A full stop or semicolon that ends a clause, not the dot of an initial ("U.S. Secretary"). */
const CLAUSE_END = /(?<!\b\p{Lu})[.;]/u;
/** "President Holm": a capitalised title right before the name is an office of state even in business news. */
const TITLE_BEFORE = /\b(?:President|Premier|Governor|Senator|Secretary)\s+$/u;

/**
 * An actor that can act politically: a state, an organisation or named group,
 * and a person holding an office (a role on the actor row, or an office word
 * right before or after one of the person's mentions in this article). A company's
 * refusal, offer or complaint is business, even towards a state ("refused to pay the tax").
 */
export function capableActor(id: string | null, actors: Map<string, ActorRow>, text: string, mentions: ResolvedMention[], article = mentions): boolean {
  if (!id) return false;
  if (isUnnamedAgent(id)) return true;
  const a = actors.get(id);
  if (!a || a.kind === "place" || isVenue(a.name) || NOT_A_NAME.test(a.name.trim())) return false;
  const trade = isTradeStory(text);
  if (isCompany(a, text, article, trade)) return false;
  // "Four Chileans seized a ferry": a few counted are so many people, not a people or a body acting.
  if (a.kind === "group" && mentions.some((m) => m.actor === id && COUNTED.test(text.slice(Math.max(0, m.start - 20), m.start)))) return false;
  if (a.kind !== "person") return true;
  if (a.role) return !trade || !CORPORATE_ROLE.test(a.role);
  // The office may be named at any mention in the article ("party leader X" early, "X agreed" later).
  return article.some((m) => m.actor === id && officeAt(text, m, trade));
}

/** Whether an office word stands at one mention of a person: before it, after it, in an apposition, or a body headed by the name. */
function officeAt(text: string, m: ResolvedMention, trade: boolean): boolean {
  // Only the person's own sentence: "… said police spokesman Ro Ruiz.\n\nPinto" is no office of Pinto's.
  const window = text.slice(Math.max(0, m.start - 45), m.start);
  const cut = Math.max(window.lastIndexOf("\n"), SENTENCE_END.exec(window)?.index ?? -1);
  const before = cut >= 0 ? window.slice(cut + 1) : window;
  if (trade && TITLE_BEFORE.test(before)) return true;
  const after = text.slice(m.end, m.end + 30).split(CLAUSE_END)[0]!;
  const apposed = APPOSED.exec(text.slice(m.end, m.end + 80))?.[0] ?? "";
  if (BODY_AFTER.test(text.slice(m.end, m.end + 40))) return true;
  return [before, after, apposed].some((words) => (trade ? politicalOffice(words) : OFFICE.test(words)));
}

/** In business news a title counts only when it is not also a firm's ("chairman", "director", "president of"). */
function politicalOffice(words: string): boolean {
  for (const m of matchesOf(OFFICES, words)) if (!CORPORATE_TITLE.test(m[0]) && !/^general$/iu.test(m[0])) return true;
  return false;
}

/** ", the second-ranking foreign ministry official,": an apposition that names the person's office. */
const APPOSED = /^\s*,\s+(?:the|a|an|its|his|her|their)\s[^,;:.()"“”]{0,60},/u;

/**
 * "the Holm campaign", "the Holm administration": a person's name heading a political body;
 * "Holm's Defence Council": a body named as the person's (capitalised, a title of the body, not a "party" held at home).
 */
const BODY_AFTER = /^(?:\s+(?:[Cc]ampaign|[Cc]amp|[Aa]dministration|[Gg]overnment|[Cc]abinet)|['’]s\s+(?:\p{Lu}\p{L}+\s+){0,2}(?:Council|Ministry|Party|Government|Administration|Cabinet|Commission|Committee))\b/u;

/** A cardinal right before a name: "Four Chileans", "12 Basques" (not "thousands of", a crowd). */
// A few, not a crowd: "1,500 Albanians marched" is a people acting (three digits and more count a crowd, as unnamed-agents.ts does).
const COUNTED = /(?:^|\s)(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several)\s+$/iu;

/**
 * Buildings and venues the actors stage may type as organisations ("Palace of Sports",
 * "National Stadium"): a place where something happens does not act. A seat of government
 * named by its building ("the White House") keeps the building word last and acts by
 * metonymy, and a chamber ("House of Delegates") is a body, so only "palace of" and
 * "hall of" count when they open the name.
 */
const VENUE_HEAD =
  /^(?:palace|hall)\s+of\b|\b(?:stadium|arena|hotel|airport|prison|museum|theatre|theater|cathedral|church|mosque|temple|hospital|square|park|bridge|gallery|station|port|library|auditorium|plaza|boulevard|avenue|street)$/iu;

function isVenue(name: string): boolean {
  return VENUE_HEAD.test(name.trim());
}

/**
 * A function word or a lone letter the actors stage kept as a name ("A", "The"), or a lone
 * modifier capitalised at the head of a sentence ("Security forces", "Federal and state
 * warrants", "Cabinet meeting"): no one.
 */
const NOT_A_NAME = /^(?:\p{L}|a|an|the|it|he|she|they|we|this|that|security|federal|state|national|cabinet|local|central|regional|provincial|interior|foreign|defen[cs]e|public|military|police|government|officials|authorities)\.?$/iu;

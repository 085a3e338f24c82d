import { TITLES } from "./verbs.js";

// What a speaker's words say about the speaker: a name stripped of its titles, whether a
// description reads as one person, which nouns are documents that speak for their issuer.

const CAPITAL = /^\p{Lu}/u;

/** "Japanese Prime Minister Shigeru Ishiba" → "Shigeru Ishiba"; "Mr Sybiha" → "Sybiha". */
export function cleanSpeaker(s: string): string {
  // "Ann Ode on Tuesday called …": the day the subject runs into is when, not who
  const words = s.trim().replace(/[,;:]+$/, "").replace(TRAILING_WHEN, "").split(/\s+/);
  let lastTitle = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/[.’']s?$/, "").toLowerCase();
    if (TITLES.has(w)) lastTitle = i;
  }
  const rest = words.slice(lastTitle + 1);
  if (lastTitle >= 0 && rest.length && rest.every((w) => CAPITAL.test(w)) && !ORG_WORDS.test(rest.join(" "))) return rest.join(" ");
  return words.join(" ");
}

const TRAILING_WHEN = /\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|last\s+(?:night|week|month))$/;

/** Organisations are named with these heads; a person's name is not. */
const ORG_WORDS = /\b(union|ministry|council|party|army|forces?|agency|institute|authority|company|bank|committee|office|government|times|news|service|department|embassy|commission|court|police|guard|navy|corporation|group|association|federation|alliance)\b/i;
/** Documents that "say" what their issuer says. */
export const DOCUMENTS = new Set(["statement", "communique", "communiqué", "declaration", "announcement", "letter", "release", "report", "note", "message"]);
/**
 * Nouns that name one person by office or trade, as the head of a description: "a police
 * spokesman" reads as a person, and "the prime minister" as whoever the article gave the office.
 */
export const PERSON_HEADS = new Set([
  "president", "minister", "chancellor", "secretary", "general", "spokesman", "spokeswoman", "spokesperson",
  "ambassador", "senator", "governor", "mayor", "king", "queen", "pope", "chairman", "chairwoman", "chairperson",
  "chief", "director", "commander", "leader", "colonel", "admiral", "marshal", "premier", "envoy", "diplomat",
  "judge", "speaker", "prosecutor", "negotiator", "mediator", "adviser", "advisor", "coach", "manager", "captain",
  "cardinal", "archbishop", "bishop", "rabbi", "priest", "imam", "cleric", "executive", "founder", "treasurer",
  "attorney", "lawyer", "official", "officer", "analyst", "economist", "trader", "dealer", "broker", "witness",
  "prince", "princess", "emir", "sheikh", "sultan", "monarch", "duke", "duchess",
]);
/** A name ("Petra Lindqvist") or a person's role ("a spokesman for …", "the governor"). */
export const looksLikePerson = (s: string) => {
  const ws = s.split(/\s+/);
  // "a police spokesman", "a ministry official": an organ's word before a person's head noun.
  if (ws.length > 1 && PERSON_HEADS.has(ws[ws.length - 1]!.toLowerCase())) return true;
  const role = ws.find((w) => !/^(the|a|an)$/i.test(w));
  if (role && TITLES.has(role.toLowerCase()) && !ORG_WORDS.test(ws.slice(0, 3).join(" "))) return true;
  return ws.every((w) => CAPITAL.test(w)) && !/^(The|A|An)\b/.test(s) && !ORG_WORDS.test(s);
};

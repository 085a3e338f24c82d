import type { ActorRow, ResolvedMention, Sentence } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import { continuesQuotation } from "./quoted.js";
import { matchesOf } from "../text/matches.js";
import { asciiTwin, forText } from "../text/ascii.js";
import { endedFight } from "./ended-fight.js";

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const FIRST_WORD_AFTER = /^\s+(?:(?:totally|utterly|completely|entirely|absolutely|clearly|simply|very|an?|the)\s+){0,2}([\p{Ll}-]+)/u;
const CAPITAL = /^\p{Lu}/u;
const NUMERAL = /^\p{N}/u;

// Whether a trigger is told as an act of a politically capable actor: the
// checks that keep a "jet whose winglet struck a hangar", a rugby player's
// "offer", a quoted "we will meet" or an "if they attacked" out of the table.
// Closed word lists (auxiliaries, heads of a political noun phrase, titles):
// the grammar of the subject slot, not strings of any article.

/** Words that may stand between a subject's name and its verb: auxiliaries, adverbs, time words. */
const BETWEEN_OK = new Set([
  "has", "have", "had", "will", "would", "shall", "should", "could", "can", "may", "might", "must", "is", "are", "was",
  "were", "be", "been", "being", "did", "does", "do", "also", "then", "again", "later", "earlier", "already", "still",
  "now", "jointly", "formally", "officially", "on", "this", "last", "next", "week", "month", "year", "weekend", "morning",
  "afternoon", "evening", "night", "overnight", "today", "yesterday", "tonight", "not", "never", "and", "to", "too",
  "itself", "themselves", "himself", "herself", "in", "turn", "meanwhile", "however", "instead", "finally", "first",
  "once", "twice", "thrice",
  // Adverbs of time and frequency without -ly: "which has long accused", "X has just signed", "often criticised".
  "long", "often", "just", "soon",
]);

/**
 * Heads and modifiers of a political noun phrase whose name stands before them:
 * "Iranian security forces", "the German embassy", "Bonn's foreign ministry", "U.S. envoy".
 */
const POLITICAL_HEAD = new Set([
  "government", "governments", "forces", "force", "troops", "police", "army", "military", "navy", "officials", "official",
  "authorities", "embassy", "envoy", "envoys", "ministry", "minister", "ministers", "spokesman", "spokeswoman",
  "spokesperson", "leader", "leaders", "leadership", "president", "delegation", "diplomats", "diplomat", "side", "regime",
  "administration", "cabinet", "parliament", "party", "rebels", "guerrillas", "militants", "security", "secret",
  "soldiers", "units", "warplanes", "aircraft", "jets", "ships", "counterpart", "foreign", "defence", "defense",
  "prime", "chief", "head", "interior", "state", "department", "agency", "service", "services", "intelligence",
  "negotiators", "negotiator", "mediators", "mediator", "ambassador", "commander", "commanders", "air", "border", "guards", "coalition",
  "allies", "council", "court", "prosecutors", "prosecutor", "judge", "the", "a", "an", "its", "their", "his", "her",
  "of", "new", "top", "senior", "federal", "national", "central", "local", "regional", "provincial", "ruling",
  "opposition", "general", "secretary", "deputy", "acting", "former", "riot", "special", "armed", "naval",
  "defences", "defenses", "artillery", "missiles", "drones", "batteries", "fighters", "gunners", "pilots", "sailors",
]);

const WORDS = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** A head, an optional place ("in Abidjan"), then "and" and up to three lower-case words ending in a plural. */
const CONJUNCT_AFTER_HEAD = /^\s*(\p{Ll}+)(?:\s+(?:in|at|of)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?\s+and\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s\s*$/u;

/**
 * True when the text between a name and its verb keeps the name in the subject slot:
 * nothing but auxiliaries, adverbs, time words, the head of its noun phrase, a
 * possessive, a capitalised title, or one apposition set off by commas
 * ("Marriner, the spokesman, said"). Any other content word means another
 * noun phrase or clause stands between them, whose subject is not this name.
 */
export function subjectGapOk(gap: string, slack = 2): boolean {
  let g = gap.replace(/^['’]s\b/u, " ").replace(/\([^()]{0,40}\)/gu, " ");
  // One apposition or parenthetical between commas, and a leading time phrase ("on Friday,").
  g = g.replace(/^\s*,[^,;:]{1,80},\s*/u, " ");
  if (/[;:!?"“”]/u.test(g) || /,/.test(g)) return false;
  // "The U.S. embassy in Abidjan and international press organisations denounced": a second
  // conjunct of common nouns after the name's own head; the first named is the source (the guide).
  if (POLITICAL_HEAD.has(CONJUNCT_AFTER_HEAD.exec(g)?.[1] ?? "")) g = " ";
  // Heads the lists do not know ("missile and drone attacks", "air defence systems") are allowed
  // up to a couple of words; more means a predicate of its own stands between.
  let unknown = 0;
  for (const w of g.match(WORDS) ?? []) {
    const low = w.toLowerCase();
    if (CAPITAL.test(w) || NUMERAL.test(w) || BETWEEN_OK.has(low) || POLITICAL_HEAD.has(low) || /ly$/.test(low)) continue;
    if (++unknown > slack) return false;
  }
  return true;
}

/**
 * Words a verb may follow and still share the sentence's subject ("…, and urged X", "to reaffirm",
 * "said that it had"): a pronoun there refers back to that subject, a noun would be a subject of its own.
 */
const SHARED_SUBJECT = new Set([...BETWEEN_OK, "but", "while", "after", "before", "then", "so", "yet", "also", "to", "that", "which", "who", "it", "they", "we", "i"]);

/** True when a clause opens straight on its verb, with no subject of its own. */
export function clauseHasNoSubject(prefix: string): boolean {
  return (prefix.match(WORDS) ?? []).every((w) => SHARED_SUBJECT.has(w.toLowerCase()) || /ly$/.test(w));
}

/** Words that make what follows a condition or a supposition, not something that happened. */
const CONDITION = /\b(?:if|unless|in\s+case|in\s+the\s+event|whether|provided\s+that|should\s+(?:it|they|he|she|we)\b)/iu;
const CONDITION_ASCII = asciiTwin(CONDITION);

/** A trigger inside a condition ("in case the president ordered …") or in a question is not a reported act. */
export function isHypothetical(text: string, s: Sentence, clauseStart: number, at: number): boolean {
  if (endsInQuestion(text, s)) return true;
  // "X, who has questioned whether Y should resign, met Z": a condition closed inside a relative clause is not the main verb's.
  const before = text.slice(clauseStart, at);
  if (forText(CONDITION, CONDITION_ASCII, text).test(before.replace(CLOSED_RELATIVE, "")) || (before.includes("nce ") && ONCE.test(before))) return true;
  return conditionFollows(text, s, clauseStart, at);
}

/** "X would sanction Y if the talks failed": a modal act under a condition that follows it. */
export function conditionFollows(text: string, s: Sentence, clauseStart: number, at: number): boolean {
  return forText(MODAL, MODAL_ASCII, text).test(text.slice(clauseStart, at)) && forText(IF_UNLESS, IF_UNLESS_ASCII, text).test(text.slice(at, s.end));
}

const MODAL = /\b(?:would|could|might|may)\b/iu;
const MODAL_ASCII = asciiTwin(MODAL);
const IF_UNLESS = /\b(?:if|unless)\b/iu;
const IF_UNLESS_ASCII = asciiTwin(IF_UNLESS);
/** "once X arrives", "Once the talks end": a time still to come that the act waits for (not "once again", "once ruled"). */
const ONCE = /\b[Oo]nce\s+(?:the|he|she|they|it|we|\p{Lu}[\p{L}.'’-]*)\s/u;
const CLOSED_RELATIVE = /^\s*(?:who|which)\b[^,;:"“”]{1,160},/iu;

const SPACE = /\s/;
const CLOSING_MARKS = "\"”'";

/** A question mark, then closing quotation marks (and a full stop), then blanks, ending the sentence: read from its end, not scanned from its start. */
function endsInQuestion(text: string, s: Sentence): boolean {
  let i = Math.min(s.end, text.length) - 1;
  while (i >= s.start && SPACE.test(text[i]!)) i--;
  // "As X asked, ``what sense does it make?''.": a full stop after the closing marks.
  if (i > s.start && text[i] === "." && CLOSING_MARKS.includes(text[i - 1]!)) i--;
  while (i >= s.start && CLOSING_MARKS.includes(text[i]!)) i--;
  return i >= s.start && text[i] === "?";
}

/**
 * True when `at` lies inside a quoted sentence closed and attributed within the sentence
 * ("“We will meet them,” he said"): a speaker's own words are a statement, not a narrated act.
 * A quoted phrase woven into the reporter's sentence ("vowed to “crush” them", a decree's
 * title) still counts, and so does a quotation running on past the sentence, whose
 * words the wire reports as the speaker's stated position.
 */
export function insideQuotation(text: string, s: Sentence, at: number): boolean {
  if (continuesQuotation(text, s, at)) return true;
  const seg = text.slice(s.start, s.end);
  let open = -1, mark = -1;
  for (const m of matchesOf(/[“”"]|``|''/g, seg)) {
    const c = m[0];
    // Some wires open a quotation with '' as they close it: at the sentence's start it can only open.
    const opening = c === "“" || c === "``" || (c === '"' && open < 0) || (c === "''" && open < 0 && !seg.slice(0, m.index!).trim());
    if (opening && open < 0) (mark = m.index!), (open = s.start + m.index! + c.length);
    else if (open >= 0 && !opening) {
      const close = s.start + m.index!;
      if (at >= open && at < close) {
        const inner = text.slice(open, close).trim();
        // A sentence of the speaker's: it opens with a capital and ends in punctuation inside the marks;
        // a short one too when a colon introduces it ('The banners read: "X backs Y."').
        return CAPITAL.test(inner) && /[.,!?…]$/u.test(inner) && ((inner.match(WORDS) ?? []).length > 3 || /:\s*$/u.test(seg.slice(0, mark)));
      }
      open = -1;
    }
  }
  return false;
}

/**
 * "did not rule out a strike", "would not exclude talks": a denied exclusion says something is
 * still possible, an estimate of the speaker's, not a refusal or a sanction done or denied.
 */
export function isHedge(t: TriggerMatch): boolean {
  return (t.entry.type === "REJECT" || t.entry.type === "SANCTION") && /^(?:rule|exclude)\b/.test(t.entry.pattern);
}

/**
 * "sent a message to", "sent Chile a calming signal", "received assurances from", "delivered a
 * speech": an AID verb whose object
 * is words, not goods, troops or money, tells a communication, not help.
 */
export function isCommunicationObject(after: string): boolean {
  return COMMUNICATION.test(after) || SENT_PERSON.test(after);
}

/** "sent him to Iraq to replace …": a person dispatched is a posting, not help. */
const SENT_PERSON = /^\s+(?:him|her)\s+(?:to|back|home|abroad|as)\b/iu;

// ("sent to the ministry a proposal": the recipient may come first.)
const COMMUNICATION =
  /^\s+(?:to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})?(?:\p{Lu}[\p{L}.'’-]*\s+|(?:him|her|them|us|me|it)\s+){0,2}(?:(?:a|an|the|his|her|its|their|some|new|strong|clear|firm|written|personal|formal|private)\s+){0,3}["“]?(?:\p{Ll}[\p{Ll}-]*\s+)?(?:appeals?|pleas?|message|messages|signal|signals|letter|letters|note|notes|shockwave|shock\s+wave|address|speech|greetings|condolences|congratulations|assurances?|guarantees?|invitation|invitations|word|warning|warnings|reply|response|request|proposal|proposals|apology|ultimatum|protests?|complaints?|objections?|demands?)\b/iu;

/**
 * "provides an electronic information network", "is offering a retirement bonus", "will offer
 * 15% of the business": an offer or a supply whose object is a share or a commercial
 * product is trade, not aid nor a political offer.
 */
export function isCommercialObject(after: string): boolean {
  const words = after.slice(0, 90);
  return AMOUNT_FIRST.test(words) || COMMERCIAL.test(words);
}

// A share of a business, not a sum: money given to a state may well be aid.
const AMOUNT_FIRST = /^\s+(?:(?:up\s+to|about|some|nearly|almost|more\s+than)\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)/iu;
const COMMERCIAL =
  /^[\s,]+(?:[^.;:]*?\s)?(?:(?:electronic|financial|information|music|advertising|retail|online|consulting|banking|insurance|software|cable|phone|wireless)\s+(?:network|service|services|products?|system|data)|(?:retirement|signing|cash|performance)\s+bonus|bonus|dividends?|shares|stock|initial\s+public\s+offering|public\s+offering|discounts?|rebates?|fares?|seats)\b/iu;

/** "refused to comment", "declined to elaborate", "refused to specify": withheld information, no refusal of anything political. */
export const NO_COMMENT = /^\s+to\s+(?:comment|elaborate|confirm|say|speculate|specify|disclose|reveal|detail|identify|give\s+details|be\s+drawn|discuss\s+(?:it|the\s+matter))\b/iu;

/**
 * "described the strike as reckless", "branded the vote illegal": a characterisation is a
 * condemnation only when the word it lands on condemns. An adjective in "-less" (a lack:
 * "pointless", "lawless") or one of a closed set of words of censure; a neutral or approving
 * one ("as useful", "as a first step") is no accusation.
 */
export function condemningWord(after: string): boolean {
  const w = FIRST_WORD_AFTER.exec(after)?.[1];
  return !!w && !/^(?:unless|regardless|nevertheless|nonetheless)$/u.test(w) && (/..less$/u.test(w) || CENSURE.test(w));
}

/**
 * Whether a verb takes a direct object: the word after it is neither a preposition, an
 * adverb of time or manner, a conjunction nor punctuation ("demonstrated its support",
 * "demonstrated U.S. resolve", not "demonstrated against", "demonstrated peacefully").
 */
export function hasDirectObject(after: string): boolean {
  const w = /^\s*([^\s,.;:!?)"”’—–]+)/u.exec(after)?.[1];
  return !!w && !/^(?:against|for|in|on|at|outside|near|around|along|through|across|over|by|to|from|with|without|under|behind|before|after|during|since|until|throughout|while|when|where|as|and|or|but|again|peacefully|violently|loudly|silently|today|yesterday|tonight|daily|weekly|there|here|last|this|next|every|each|all|on|early|late|overnight|[\p{Ll}]+ly)$/iu.test(w);
}

const CENSURE =
  /^(?:criminal|crime|barbaric|barbarous|cowardly|illegal|unlawful|illegitimate|unacceptable|irresponsible|provocative|provocation|aggressive|aggression|hostile|inhumane|inhuman|brutal|cruel|outrageous|shameful|despicable|heinous|abhorrent|deplorable|reprehensible|unjustified|unjust|terrorism|terrorist|genocide|genocidal|atrocious|atrocity|vile|odious|intolerable|unprovoked)$/u;

/**
 * "the cancellation of talks", "the postponement of the planned visit": a noun naming an act
 * that was called off tells that it did not take place, not that it did.
 */
const CALLED_OFF =
  /\b(?:cancell?ations?|postponements?|collapse|breakdown|suspension|abandonment|failure)\s+of\s+(?:(?:the|a|an|its|their|his|her|planned|scheduled|proposed)\s+)*(?:["“][^"”]{0,30}["”]\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** "cancelled a meeting between …", "called off the talks": the verb, not the noun, says it was called off. */
const CALLED_OFF_VERB = /\b(?:cancell?(?:ed|ing)|cancels?|call(?:ed|s|ing)?\s+off|postpone[sd]?|postponing|scrap(?:ped|s|ping)?)\s+(?:(?:the|a|an|its|their|his|her|planned|scheduled|proposed)\s+)*(?:[\p{L}-]+\s+){0,2}$/iu;

/** "help end U.N. sanctions on X": measures someone wants ended are in force already, no new act. */
const ENDED_MEASURE = /\b(?:end|ends|ended|ending|ease[sd]?|easing|remove[sd]?|removing)\s+(?:(?:the|its|their|all|existing)\s+)?(?:[\p{L}.-]+\s+){0,3}$/iu;

/** "held party rallies", "an election rally": a rally of a party's own supporters protests against no one. */
const OWN_RALLY = /\b(?:party|campaign|election|electoral|pre-election|victory)\s+$/iu;

/**
 * "said the time was right to engage in talks", "it was time for the rivals to hold talks": an
 * evaluation of what should happen, not an act, nor an offer by the one who says it.
 */
const EVALUATION =
  /\b(?:(?:time|moment)\s+(?:is|was|were|has\s+come|had\s+come)\s+(?:right\s+|ripe\s+)?|it\s+(?:is|was)\s+(?:high\s+)?(?:time|necessary|important|essential|vital|right)\s+)(?:for\s+(?:[\p{L}-]+\s+){1,3})?(?:to|for)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/** A trigger whose words say no such act happened: an evaluation, an act called off, or a rally that is no protest. */
export function notTheAct(t: TriggerMatch, before: string): boolean {
  // Cheap word checks first: these end-anchored patterns run for every trigger.
  if ((before.includes("time") || before.includes("moment") || before.includes(" it ") || before.includes("It ")) && EVALUATION.test(before)) return true;
  if (t.entry.pos !== "noun") return false;
  if ((before.includes(" of ") && CALLED_OFF.test(before)) || CALLED_OFF_VERB.test(before.slice(-60))) return true;
  if (t.entry.type === "SANCTION" && ENDED_MEASURE.test(before.slice(-60))) return true;
  if (endedFight(t, before)) return true;
  return t.entry.type === "PROTEST" && /^rall/iu.test(t.head) && OWN_RALLY.test(before);
}

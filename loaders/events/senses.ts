import type { TriggerMatch } from "./matcher.js";
import { TIME_PHRASE } from "./noun-complement.js";
import { attackedAs } from "./attacked-as.js";

// Sense gates for force verbs: English uses "attack", "strike" and "fight" for words, deals and
// tears as often as for armed force. Read from the words right after the trigger, as closed lists
// of English idiom (no article's strings).

/** "attacked the government's budget plan", "an attack on X's policy": words attacked are criticised. */
const WORDS_ATTACKED =
  /^\s+(?:(?:on|against)\s+)?(?:[\p{L}.'’-]+\s+){0,5}?(?:polic(?:y|ies)|plans?|budget|proposals?|decisions?|remarks|comments|statements?|record|ideas?|report|moves?|stance|position|handling|approach|reforms?|bill|legislation|strategy|leadership|views|rhetoric|speech|claims?|critics|programme|program|agenda)\b/iu;

/** "struck a chord", "fought back tears", "offensive weapons": idioms and adjectives with no one on the receiving end. */
const IDIOM_AFTER: Record<string, RegExp> = {
  strike: /^\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:chord|note|tone|balance|pose|nerve|match|blow\s+for)\b/iu,
  // "offensive weapons", "offensive remarks": the adjective, not a military offensive.
  offensive: /^\s+(?:military\s+|nuclear\s+)?(?:weapons|arms|equipment|capabilit(?:y|ies)|missiles|remarks|comments|language|behaviou?r|content|jokes|posts|words|slurs)\b/iu,
  fight: /^\s+(?:back\s+|off\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:tears|illness|cancer|disease|fires?|flames|blaze|infection|fatigue|injury|injuries|cold|flu|sleep|urge|temptation|addiction)\b/iu,
  // "is fighting in the courts", "fought extradition": a legal or political contest, no force.
  fightLegal: /^\s+(?:(?:on|hard|it\s+out)\s+)?(?:(?:in|through)\s+(?:the\s+)?(?:courts?|congress|parliament|legislature|senate)\b|(?:for\s+)?(?:custody|extradition|deportation)\b|(?:the|his|her|their|its)\s+(?:charges|ruling|case|lawsuit|suit|verdict|conviction|sentence|deportation|extradition|dismissal|nomination)\b)/iu,
};

/** The verb family of a force trigger's head ("struck" → strike), or "". */
function family(head: string): string {
  if (/^(?:strik|struck)/u.test(head)) return "strike";
  if (/^(?:fight|fought)/u.test(head)) return "fight";
  if (head === "offensive") return "offensive";
  return "";
}

/** A force verb in an idiom that tells no act ("struck a chord", "fought back tears"). */
export function idiomNotForce(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "ASSAULT") return false;
  const f = family(t.head);
  const after = text.slice(t.end, Math.min(end, t.end + 40));
  if (f === "fight" && IDIOM_AFTER.fightLegal!.test(after)) return true;
  const re = IDIOM_AFTER[f];
  return !!re && re.test(after);
}

/** An attack on words (a plan, a policy, remarks), or one that calls its object something: criticism (ACCUSE), not force. */
export function verbalAttack(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "ASSAULT" || !/\battack/iu.test(text.slice(t.start, t.end))) return false;
  const after = text.slice(t.headEnd, Math.min(end, t.headEnd + 80));
  return WORDS_ATTACKED.test(after) || (t.entry.pos === "verb" && attackedAs(after));
}

/** "arrived in X to take up the post": an official arriving to work there is posted, not visiting. */
const TAKE_UP_POST = /^[^.;]{0,60}?\bto\s+(?:take\s+up|assume|start|begin)\s+(?:the\s+|his\s+|her\s+|a\s+|new\s+)*(?:post|task|job|duties|position|office|appointment|assignment|work)\b/iu;
export function postingArrival(t: TriggerMatch, text: string, end: number): boolean {
  return t.entry.frame.host && t.entry.pos === "verb" && /^arriv/u.test(t.head) && TAKE_UP_POST.test(text.slice(t.end, Math.min(end, t.end + 120)));
}

/**
 * "willing to pull its fleet out provided its ports could be protected": "provided" opening a clause is the
 * conjunction (on condition that), not a handing over. A finite verb follows within a few words,
 * with no relative pronoun or preposition of a transfer between ("provided aid that was used").
 */
const CONDITION_CLAUSE = /^\s+(?:that\s+)?((?:[\p{L}'’-]+\s+){1,4}?)(?:could|would|can|will|shall|is|are|was|were|has|have|had)\b/iu;
const TRANSFER_WORDS = /\b(?:that|which|who|to|with|for|by)\b/iu;
export function conjunctionProvided(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "AID" || t.head !== "provided") return false;
  const m = CONDITION_CLAUSE.exec(text.slice(t.end, Math.min(end, t.end + 80)));
  return !!m && !TRANSFER_WORDS.test(m[1]!);
}

/**
 * "offered 12 euros a share", "rejected the $800 million bid", "joined its shareholders": a deal in
 * a company's shares is trade, not a political act (the gold guide's actors act politically).
 * Read in the trigger's own sentence after it: words of the share market, which a state's pledge,
 * offer or rejection does not use.
 */
const SHARE_DEAL = /\b(?:shares|acquisitions?|subsidiar(?:y|ies)|stake\s+in|(?:to|will|would)\s+(?:buy|sell|acquire|purchase)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:businesses|business|units?|divisions?|plants?|stores|operations|line|lines|chain|company|companies|firm)|for\s+(?:US)?\$\s?[\d.,]+|per\s+share|[\d.,]+\s*(?:[\p{L}$]+\s+)?a\s+share|(?:[\d.,]+\s*(?:million|billion)?|its|their|the)\s+shares|shareholders?|takeover|tender\s+offer|merger|(?:hostile|rival|takeover|[\d.,]+\s*(?:million|billion)?)\s+bid)\b/iu;
const DEAL_TYPES = new Set(["AGREE", "REJECT", "SUPPORT"]);
/** Substrings one of which every SHARE_DEAL match holds: a cheap test before the regex. */
const DEAL_HINTS = ["share", "acqui", "ubsidiar", "stake", "buy", "sell", "purchas", "$", "takeover", "merger", "bid", "tender"];
export function shareDeal(t: TriggerMatch, text: string, end: number): boolean {
  if (!DEAL_TYPES.has(t.entry.type)) return false;
  const span = text.slice(t.start, Math.min(end, t.end + 160));
  const low = span.toLowerCase();
  return DEAL_HINTS.some((h) => low.includes(h)) && SHARE_DEAL.test(span);
}

/**
 * "the opposition", "opposition party chief X": the noun most often names the political
 * opposition, a group. It is a stance taken only before what it is against ("opposition to X")
 * or ending its phrase ("voiced strong opposition,").
 */
const STANCE_AFTER = /^\s*(?:[,.;:)]|$|(?:to|against|over|from|by|on|in|at|and|but|because|after|since|as|which|that)\b)/iu;
export function oppositionGroup(t: TriggerMatch, text: string, end: number): boolean {
  return t.entry.type === "REJECT" && t.entry.pos === "noun" && t.head.startsWith("opposition") && !STANCE_AFTER.test(text.slice(t.end, Math.min(end, t.end + 12)));
}

/**
 * "eased a warning against trips to X", "a travel warning for X": an advisory to one's own
 * citizens about a place, not a warning addressed to an actor.
 */
const ADVISORY_BEFORE = /\b(?:travel|travell?ers?|tourists?|lift(?:s|ed|ing)?|withdr[ae]w(?:n|s|ing)?|eas(?:e|es|ed|ing)|scrap(?:s|ped|ping)?)\s+(?:(?:a|an|the|its|their|his|her)\s+)?$/iu;
const ADVISORY_AFTER = /^\s+(?:against|about|on|over)\s+(?:(?:all|any|non-essential|nonessential|unnecessary)\s+)?(?:travel|travell?ing|trips?|visits?|visiting|going)\b/iu;
export function travelAdvisory(t: TriggerMatch, text: string, start: number, end: number): boolean {
  if (t.entry.pos !== "noun" || !t.head.startsWith("warning")) return false;
  return ADVISORY_BEFORE.test(text.slice(Math.max(start, t.start - 30), t.start)) || ADVISORY_AFTER.test(text.slice(t.end, Math.min(end, t.end + 40)));
}

/** "X joined Y in praising the ruling", "joined in condemning": joining someone in an act is that act, not joining them. */
const JOINED_IN_ACT = /^\s+(?:[\p{L}.'’-]+\s+){0,5}?in\s+\p{Ll}+ing\b/u;
/** "sent them back", "sent the books back to X": a return or deportation, not help given. */
const SENT_BACK = /^\s+(?:[\p{L}\p{N}.,'’-]+\s+){0,6}?back\b/iu;
/** "sent him to prison", "sent two officials to see X": a sentence served or a person posted, not material help. */
const SENT_TO_CUSTODY = /^\s+(?:[\p{L}\p{N}.,'’-]+\s+){0,8}?to\s+(?:jail|prison|gaol|court|trial|exile|death|the\s+gallows)\b/iu;
const SENT_ENVOY = /^\s+(?:(?:an?|the|its|his|her|their|one|two|three|several|senior|special|top|embassy|foreign|ministry|government)\s+){0,3}(?:officials?|envoys?|emissar(?:y|ies)|delegations?|missions?|diplomats?|representatives?|negotiators?|observers?|ambassadors?|ministers?|aides?|mediators?)\b/iu;
/** "destroyed its chemical weapons": disarming one's own weapons is no attack. */
const OWN_WEAPONS = /^\s+(?:its|their|his|her)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}(?:missiles|weapons|stockpiles?|arsenals?|warheads|arms)\b/iu;
/** "stopped providing loans", "ceased attacking": an act ended before the gerund is not told as done. */
const STOPPED_BEFORE = /\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?|quit|quits)\s+$/iu;

const OWN_ENVOY = /\b(?:its|their|our|his|her)\s+(?:own\s+)?(?:\p{L}+\s+)?\p{L}+$/iu;
/** A word in a sense that tells no act between actors: joined in doing, sent back or to jail, an envoy sent, own arms destroyed, stopped doing. */
export function noActSense(t: TriggerMatch, text: string, start: number, end: number): boolean {
  const type = t.entry.type, h = t.head;
  const joined = type === "SUPPORT" && h.startsWith("join"), sent = type === "AID" && (h.startsWith("send") || h.startsWith("sent")), destroyed = type === "ASSAULT" && h.startsWith("destr");
  if (joined || sent || destroyed) {
    const after = text.slice(t.end, Math.min(end, t.end + 80));
    if ((joined && JOINED_IN_ACT.test(after)) || (destroyed && OWN_WEAPONS.test(after))) return true;
    if (sent && (SENT_BACK.test(after) || SENT_TO_CUSTODY.test(after) || SENT_ENVOY.test(after))) return true;
  }
  // "summoned its ambassador home": a state calling back its own envoy protests to no one it names.
  if (type === "ACCUSE" && h.startsWith("summon") && OWN_ENVOY.test(text.slice(t.start, t.end))) return true;
  return h.endsWith("ing") && STOPPED_BEFORE.test(text.slice(Math.max(start, t.start - 16), t.start));
}

/** "a call for talks", "a call on X to …", "a call to end the war": an appeal; "a call to X" is a telephone call. */
const DAY_OR_MONTH = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|the\s+(?:eve|day|night|morning|weekend))\b`;
const CALL_BEFORE = /\b(?:conference|telephone|phone|radio|video|courtesy|close|wake-up|roll|curtain|port|judgment|judgement)\s+$/iu;
// (A time phrase may come first, "X's call last week to march", and the agent may take an
// apposition, "a call by X, the mediator, for …".)
const APPEAL_AFTER = new RegExp(String.raw`^${TIME_PHRASE}\s+(?:(?:by|from)\s+[^,;:]{1,50}?(?:,[^,;:]{1,40},)?\s+)?(?:for|(?:on|upon)\s+(?!${DAY_OR_MONTH})|to\s+(?!(?:the|a|an|his|her|its|their|this|that|president|minister|\p{Lu})\b)\p{Ll}+)\b`, "u");
export function telephoneCall(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "REQUEST" || t.entry.pos !== "noun" || !/^calls?$/u.test(t.head)) return false;
  return CALL_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) || !APPEAL_AFTER.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 80)));
}

/** "a high court appeal", "an appeal to the supreme court": a legal appeal asks a court, not an actor. */
const LEGAL_BEFORE = /\b(?:court|legal|judicial|federal|supreme|high|lodged|file[ds]?|filing|appeals?)\s+$/iu;
const LEGAL_AFTER = /^\s+(?:to\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:court|tribunal)|against\s+(?:the|a|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:ruling|verdict|sentence|conviction|decision|judgment|extradition|deportation|expulsion|charges|order|ban|dismissal|fine))\b/iu;
export function legalAppeal(t: TriggerMatch, text: string, start: number, end: number): boolean {
  return t.entry.type === "REQUEST" && t.entry.pos === "noun" && /^appeal/u.test(t.head) &&
    (LEGAL_BEFORE.test(text.slice(Math.max(start, t.start - 20), t.start)) || LEGAL_AFTER.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 60))));
}

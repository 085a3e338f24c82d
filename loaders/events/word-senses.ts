import type { TriggerMatch } from "./matcher.js";

// Senses of act words that tell no act between actors, read from the words right after the
// trigger (or before it): a warning about a trend or a mood, "threatening" as an adjective, a pledge to oppose,
// an acceptance with no object, a retreat from the world, a rule that "calls for", a sanction as a
// backdrop, goods traded, a document asked for, an opinion joined, a trip home or for leisure. Closed lists of English usage.

/** "warned ministers of a rise in car thefts", "warning against complacency": a trend or a mood, no actor. */
const TREND_WARNED =
  /^\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:of|against|about)\s+(?:(?:a|an|the|any|further|excessive|growing|rising|sharp|sharper|new|more|undue)\s+)*(?:``|["“‘'])?\s*(?:\p{Ll}+\s+)?(?:increases?|rises?|growth|surges?|spread|optimism|pessimism|complacency|euphoria|panic|recession|inflation|shortages?|droughts?|floods?|storms?|epidemics?|unemployment|slowdown|downturn|deficits?|hardship|famine|overheating|volatility)\b/iu;

/** "threatening language", "threatening letters": the adjective of a manner, not a threat made. */
const THREATENING_MANNER = /^\s+(?:and\s+\p{Ll}+\s+)?(?:``|["“‘'])?(?:language|letters?|messages?|(?:phone\s+|telephone\s+)?calls?|remarks|words|gestures?|manner|tones?|behaviou?r|notes?|e-?mails?|posts?|graffiti)\b/iu;

/** "pledged to resist the tariff": a pledge of a hostile stance is no cooperative promise. */
const HOSTILE_PLEDGE = /^\s+(?:also\s+)?to\s+(?:oppose|resist|block|fight|veto|reject|boycott|defy|retaliate|punish|obstruct|scrap)\b/iu;

/** "will accept at the convention": "accept" with no object takes a nomination or an award, not an offer. */
const ACCEPT_NO_OBJECT = /^\s*(?:[.,;:]|(?:in|at|during|on)\s+(?:a|an|the|his|her)\s+(?:speech|address|ceremony|convention))/iu;

/** "would retreat from public life": a withdrawal from public life or duties, no forces pulled back. */
const RETREAT_ABSTRACT = /^\s+from\s+(?:the\s+)?(?:world|public\s+life|politics|the\s+limelight|public\s+view|(?:its|their|his|her)\s+(?:commitments|responsibilities|obligations|principles|promises|role))\b/iu;

/** "the rule that calls for a recount": a rule or standard stipulates, it asks no one. */
const STIPULATING_RULE = /\b(?:test|rule|law|policy|standard|provision|clause|formula|constitution|guidelines?|principle|doctrine|criteria|criterion|requirement)\s+(?:that|which)\s+$/iu;

/** "despite the sanctions", "in violation of the embargo": a sanction named as the backdrop of another act. */
const SANCTION_BACKDROP = /\b(?:despite|in\s+spite\s+of|in\s+defiance\s+of|in\s+violation\s+of)\s+(?:(?:the|a|an|its|their|international|global|\p{Lu}[\p{L}.]*|[\p{L}.]+-(?:ordered|imposed|led|backed))\s+){0,4}(?:[\p{L}-]+\s+)?$/iu;

/** "imports of grain and medical supplies": goods traded, not help given. */
const TRADED_GOODS = /\b(?:imports?|exports?|smuggling|trade|sales?)\s+of\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/** "asked for a report on costs": a request for a document, made to one's own staff. */
const DOCUMENT_ASKED = /^\s+for\s+(?:(?:a|an|the|full|detailed|complete|new|written)\s+)*(?:``|["“])?\s*(?:list|report|review|study|briefing|update|assessment|inventory|survey|audit|summary|breakdown)\b/iu;

/** "an opinion written by X and joined by Y", "joined the dissent": a judge signing on to an opinion. */
const OPINION_JOINED_AFTER = /^\s+(?:(?:the|a|an|his|her|this)\s+)?(?:majority|dissent|dissenting|concurring|opinion|concurrence)\b/iu;
const OPINION_BEFORE = /\b(?:opinions?|dissents?|concurrences?)\b[^.;]{0,120}$/iu;

/**
 * "flew back to X", "pushed back the troops": the bare form "back" is an adverb after most verbs; it is
 * the verb of support only where a verb's bare form stands ("to back X", "will back X", "did not back X").
 */
const BACK_AS_VERB = /\b(?:to|will|would|shall|should|could|can|may|might|must|not|n['’]t|did|does|do|also|strongly|firmly|fully|openly|publicly)\s+$/iu;

/**
 * "crush the rebels", "root out the guerrillas": an armed foe destroyed. What an actor owns ("crushed
 * X's hopes", "eliminate X's tariffs") is a thing done away with, no attack on X.
 */
const ELIMINATING = /^(?:eliminat|wip|crush|annihilat|root)/u;
const POSSESSED_OBJECT = /^(?:\s+out)?\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+['’]s?\s/u;

/** "a return trip", "a fishing trip": a journey home or for leisure, no visit to a host. */
const PRIVATE_TRIP = /\b(?:return|round|day|field|fishing|boat|school|camping|hunting|shopping|skiing|holiday|vacation|honeymoon|sightseeing|pleasure|family)\s+$/iu;

/** "a warning against trips to X", "banned trips to X": travel in general, nobody's visit. */
const GENERIC_TRIPS = /\b(?:against|about|on|of|for|ban|bans|banned|banning|avoid|avoiding|discourage[sd]?|discouraging|restrict(?:s|ed|ing)?|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?)\s+(?:all\s+|any\s+|non-essential\s+|unnecessary\s+|further\s+)?$/iu;

export function wordSenseNoAct(t: TriggerMatch, text: string, start: number, end: number): boolean {
  const type = t.entry.type, h = t.head;
  const before = () => text.slice(Math.max(start, t.start - 60), t.start);
  const after = () => text.slice(t.headEnd, Math.min(end, t.headEnd + 100));
  if (type === "REQUEST" && h.startsWith("call")) return STIPULATING_RULE.test(before());
  if (type === "REQUEST" && h.startsWith("ask") && DOCUMENT_ASKED.test(after())) return true;
  if (type === "SUPPORT" && h === "back") return !BACK_AS_VERB.test(before());
  if (type === "ASSAULT" && ELIMINATING.test(h)) return POSSESSED_OBJECT.test(after());
  if (type === "SUPPORT" && h.startsWith("join")) return OPINION_JOINED_AFTER.test(after()) || (/^\s+by\b/u.test(after()) && OPINION_BEFORE.test(text.slice(Math.max(start, t.start - 140), t.start)));
  if (type === "SANCTION") return SANCTION_BACKDROP.test(before());
  if (type === "AID" && h.startsWith("suppl")) return TRADED_GOODS.test(before());
  if (type === "ACCUSE" && h.startsWith("warn")) return TREND_WARNED.test(after());
  if (type === "THREATEN" && h === "threatening") return THREATENING_MANNER.test(after());
  if (type === "AGREE" && /^(?:pledg|vow|promis)/u.test(h)) return HOSTILE_PLEDGE.test(after());
  if (type === "AGREE" && h.startsWith("accept") && t.entry.pos === "verb") return ACCEPT_NO_OBJECT.test(after());
  if (type === "RETREAT") return RETREAT_ABSTRACT.test(after());
  if (type === "CONSULT" && h.startsWith("trip")) return PRIVATE_TRIP.test(before()) || (h === "trips" && GENERIC_TRIPS.test(before()));
  return false;
}

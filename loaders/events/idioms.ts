import type { TriggerMatch } from "./matcher.js";

// Set phrases built on the word of an act that tell no act between actors: courtesies offered,
// expectations met, a race joined, others joined in an act, headlines hit, a return welcomed, a visit to one's family,
// contraband seized, a penalty or news received, troops sent into a country, attackers or a
// specimen sent, leave asked for oneself, a question asked, a reward offered
// (an appeal to one's own people or party is a request the guide codes). General English idioms, keyed by the trigger's head.

/** Courtesies and opinions: "offered his congratulations", "offered an opinion", "extended condolences". */
const COURTESY =
  /^\s+(?:(?:his|her|their|its|my|our|your|a|an|the|warm|warmest|heartfelt|sincere|deepest|personal|own|some|no)\s+){0,3}(?:congratulations|condolences|sympathy|sympathies|thanks|prayers|opinion|opinions|view|views|explanation|explanations|apology|apologies|greetings|best\s+wishes|regrets?|comments?|advice|tips?|insights?|glimpse|hint|clues?|excuses?|reassurance|encouragement|praise)\b/iu;

/** Targets and reactions: "met expectations", "met the deadline", "met with criticism". */
const MET_MEASURE =
  /^\s+(?:(?:the|its|their|his|her|all|most|analysts['’]?|market|growing|rising|strong|local|basic|minimum)\s+){0,3}(?:expectations?|forecasts?|estimates?|targets?|deadlines?|demands?|needs|requirements|criteria|standards|obligations|costs|goals?|quotas?|payments?|challenges?)\b|^\s+with\s+(?:(?:a|an|the|some|much|little|stiff|fierce|strong|widespread|general|mixed|broad)\s+)*(?:approval|criticism|resistance|scepticism|skepticism|success|failure|silence|derision|disbelief|applause|indifference|opposition|protests?|suspicion|hostility|enthusiasm)\b/iu;

/** "joined the race", "joined the chorus of critics", "joined the queue". */
const JOINED_CROWD = /^\s+(?:the\s+)?(?:fray|race|queue|chorus|bandwagon|exodus|rush|trend|search|hunt|list|growing\s+list|ranks)\b/iu;

/**
 * "joined <demonym> detectives to search …", "joined X in condemning …": acting alongside others in
 * the act the infinitive or gerund tells, not joining a body ("joined the alliance to …" still is).
 */
const JOINED_IN_ACT =
  /^\s+(?:[\p{L}.'’-]+\s+){1,4}?in\s+\p{Ll}+ing\b|^\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:authorities|officials|police|forces|troops|investigators|counterparts|agents|experts|officers|colleagues)\s+(?:to\s+\p{Ll}+|in\s+\p{Ll}+ing)\b/u;

/** "hit the headlines", "hit a record high", "hit the market". */
const HIT_MARK =
  /^\s+(?:(?:the|a|an|new|all-time|record|its|their)\s+){0,2}(?:headlines|market|markets|shelves|streets|road|jackpot|bottom|ground|roof|wall|mark|spot|record|high|highs|low|lows|peak|snag|nerve|target|stores)\b/iu;

/** "welcomed them back", "welcomed the team home": a greeting on a return. */
const WELCOMED_BACK = /^\s+(?:(?:them|him|her|us|the\s+\p{Ll}+|his|her|their)\s+){1,2}(?:back|home)\b/iu;

/** "invited everyone to …", "urged the public to …": an open appeal, no one on the receiving end. */
const ANYONE = /^\s+(?:everyone|everybody|anyone|all\s+comers|the\s+public|people\s+everywhere)\b/iu;

/** "visited his wife in hospital", "visits wife Ana", "met her family": a private visit, not a contact between actors. */
const KIN =
  /^\s+(?:with\s+)?(?:(?:his|her|their)\s+)?(?:own\s+)?(?:(?:ailing|sick|elderly|late|ex-?|former|new|newborn|estranged)\s+)?(?:wife|husband|son|sons|daughter|daughters|mother|father|parents|family|children|child|brother|brothers|sister|sisters|grandson|granddaughter|grandmother|grandfather|grandchildren|relatives|widow|fianc[eé]e?|girlfriend|boyfriend|mistress|doctor|doctors|dentist)\b/iu;

/** "seized 40 kg of heroin", "confiscated the remainder of the liquor": contraband taken by police, no act between actors. */
const CONTRABAND =
  /^\s+(?:[\p{L}\p{N}.,()-]+\s+){0,5}?(?:cannabis|heroin|cocaine|drugs|narcotics|marijuana|hashish|opium|amphetamines?|ecstasy|liquor|alcohol|pork|meat|cigarettes|tobacco|contraband|ivory|timber|counterfeit\s+\p{Ll}+)\b/iu;

/** "received a ban from", "received information from": a penalty or news received is no help. */
const RECEIVED_NOT_AID =
  /^\s+(?:(?:a|an|the|some|new|further|his|her|its|their)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:ban|fine|penalty|suspension|sentence|reprimand|rebuke|jail\s+term|prison\s+term|information|details|news|word|reports?|tip|tip-off|calls?|complaints?|threats?|votes?)\b/iu;

/** "sent bombers to stage attacks", "sent it for tests": attackers or a specimen sent are no help. */
const SENT_NOT_AID =
  /^\s+(?:(?:[\p{L}\p{N}-]+\s+){0,3}?(?:bombers|gunmen|attackers|assassins|hit\s+squads?|commandos|saboteurs|hitmen)\b|(?:it|them)\s+(?:away\s+)?for\s+(?:tests?|testing|analysis|examination|review|repair|inspection)\b)/iu;

/** "asked to go", "asked not to be named": asking leave for oneself, no request to anyone. */
const ASKED_FOR_ONESELF = /^\s+(?:not\s+)?to\s+\p{Ll}/u;

/**
 * "was asked at a news conference if …", "asked whether …": a question put, no request. Only with no one
 * named as asked: "asked Chile whether it would withdraw" is left to the reading of requests.
 */
const ASKED_A_QUESTION = /^\s+(?:(?:at|by|on|in|during)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?)?(?:if|whether)\b/iu;

/** "sent his forces into X": troops sent into a country invade it; they are no help. */
const SENT_INTO = /^\s+(?:(?:his|her|its|their|the|more|\p{N}[\p{N},]*)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:forces|troops|tanks|soldiers|army|armies|units)\s+into\b/iu;

/** "offered a $500,000 reward", "accepted admission papers": a bounty or a ceremony, no offer or agreement between actors. */
const REWARD = /^\s+(?:(?:a|an|the)\s+)?(?:[\p{L}\p{N}$£€,.-]+\s+){0,4}?(?:reward|bounty|prize)\b/iu;
const CEREMONY =
  /^\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:papers|documents|credentials|award|prize|nomination|honou?rs?|degree|trophy|medal|resignation)\b/iu;

interface Idiom {
  head: RegExp;
  after: RegExp;
}

const IDIOMS: Idiom[] = [
  { head: /^(?:offer|extend|express|convey)/u, after: COURTESY },
  { head: /^(?:meet|met)\b/u, after: MET_MEASURE },
  { head: /^join/u, after: JOINED_CROWD },
  { head: /^join/u, after: JOINED_IN_ACT },
  { head: /^hit/u, after: HIT_MARK },
  { head: /^welcom/u, after: WELCOMED_BACK },
  { head: /^(?:invit|urg|exhort|implor|call|appeal)/u, after: ANYONE },
  { head: /^(?:visit|meet|met)/u, after: KIN },
  { head: /^(?:seiz|confiscat)/u, after: CONTRABAND },
  { head: /^receiv/u, after: RECEIVED_NOT_AID },
  { head: /^sen[dt]/u, after: SENT_INTO },
  { head: /^sen[dt]/u, after: SENT_NOT_AID },
  { head: /^ask/u, after: ASKED_FOR_ONESELF },
  { head: /^ask/u, after: ASKED_A_QUESTION },
  { head: /^offer/u, after: REWARD },
  { head: /^accept/u, after: CEREMONY },
];

/** A trigger opening a set phrase that tells no act ("offered his congratulations", "met expectations"). */
export function idiomNoAct(t: TriggerMatch, text: string, end: number): boolean {
  // "sent troops into X" read by its own row is the incursion this list keeps from being aid.
  if (t.entry.pos !== "verb" || t.entry.mode === "incursion") return false;
  let after: string | null = null;
  for (const idiom of IDIOMS) {
    if (!idiom.head.test(t.head)) continue;
    after ??= text.slice(t.headEnd, Math.min(end, t.headEnd + 90));
    if (idiom.after.test(after)) return true;
  }
  return false;
}

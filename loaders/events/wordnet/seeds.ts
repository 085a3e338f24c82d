import type { PloverType } from "../../types.js";

// What each PLOVER type means, named as WordNet senses (general English, no article's wording):
// the generator derives trigger words from these synsets' members, their hyponyms (troponyms for
// verbs) to `depth` levels, and the act nouns derivationally related to the verbs kept.

export interface Seed {
  /** The synset by a member word and its sense rank: "attack.v.01". */
  synset: string;
  /** The start of its gloss, checked so a new WordNet release cannot silently shift the sense. */
  gloss: string;
  type: PloverType;
  mode: string;
  /** Hyponym levels followed below the seed (0: its own members only). */
  depth: number;
  /** Frame defaults (lexicon.ts) for the derived verbs and nouns. */
  verbFrame: string;
  nounFrame: string;
}

const seed = (synset: string, gloss: string, type: PloverType, mode: string, depth: number, verbFrame: string, nounFrame: string): Seed => ({ synset, gloss, type, mode, depth, verbFrame, nounFrame });

export const SEEDS: Seed[] = [
  seed("attack.v.01", "launch an attack", "ASSAULT", "attack", 2, "obj", "on against"),
  seed("attack.v.03", "take the initiative", "ASSAULT", "attack", 1, "obj", "on against"),
  seed("bomb.v.01", "throw bombs", "ASSAULT", "bombing", 1, "obj", "on against"),
  seed("shell.v.01", "use explosives", "ASSAULT", "shelling", 1, "obj", "on against"),
  seed("invade.v.01", "march aggressively", "ASSAULT", "invasion", 1, "obj", "of"),
  // Not kill.v.01's hyponyms: they mix ways of dying (smother, drown) with acts of violence.
  seed("murder.v.01", "kill intentionally", "ASSAULT", "killing", 1, "obj trans", "of"),
  seed("assassinate.v.01", "murder; especially", "ASSAULT", "assassination", 0, "obj trans", "of"),
  seed("massacre.v.01", "kill a large number", "ASSAULT", "massacre", 0, "obj trans", "of"),
  seed("kidnap.v.01", "take away to an undisclosed location", "ASSAULT", "abduction", 0, "obj trans", "of"),
  seed("hijack.v.01", "take arbitrarily or by force", "ASSAULT", "hijacking", 0, "obj trans", "of"),
  seed("ambush.v.01", "wait in hiding to attack", "ASSAULT", "ambush", 0, "obj", "on against"),
  seed("fight.v.01", "be engaged in a fight", "ASSAULT", "fighting", 1, "against with", "against with"),
  seed("accuse.v.01", "bring an accusation", "ACCUSE", "accusation", 1, "obj", "against"),
  seed("indict.v.01", "accuse formally of a crime", "ACCUSE", "indictment", 0, "obj", "of against"),
  seed("criticize.v.01", "find fault", "ACCUSE", "criticism", 1, "obj", "of against"),
  seed("condemn.v.01", "express strong disapproval", "ACCUSE", "condemnation", 1, "obj", "of against"),
  seed("denounce.v.01", "speak out against", "ACCUSE", "denunciation", 1, "obj", "of against"),
  seed("blame.v.01", "put or pin the blame", "ACCUSE", "blame", 1, "obj", "on"),
  seed("prosecute.v.02", "bring a criminal action", "ACCUSE", "prosecution", 0, "obj", "of"),
  seed("protest.v.01", "utter words of protest", "PROTEST", "protest", 1, "against intrans", "against"),
  seed("protest.v.02", "express opposition", "PROTEST", "protest", 1, "against intrans", "against"),
  seed("riot.v.01", "take part in a riot", "PROTEST", "riot", 0, "against intrans", "against"),
  seed("boycott.v.01", "refuse to sponsor", "SANCTION", "boycott", 1, "obj", "of"),
  seed("embargo.v.02", "prevent commerce", "SANCTION", "embargo", 1, "obj", "against on"),
  seed("reject.v.01", "refuse to accept or acknowledge", "REJECT", "rejection", 1, "obj", "of"),
  seed("reject.v.02", "refuse to accept", "REJECT", "rejection", 1, "obj", "of"),
  seed("deny.v.01", "declare untrue", "REJECT", "denial", 0, "obj", "of"),
  seed("veto.v.01", "vote against", "REJECT", "veto", 1, "obj", "of"),
  seed("request.v.01", "express the need or desire", "REQUEST", "request", 1, "obj", "to for"),
  seed("request.v.02", "ask (a person) to do something", "REQUEST", "request", 1, "obj", "to for"),
  seed("demand.v.01", "request urgently", "REQUEST", "demand", 1, "obj", "for"),
  seed("plead.v.01", "appeal or request earnestly", "REQUEST", "appeal", 1, "with", "to for"),
  seed("urge.v.01", "force or impel", "REQUEST", "appeal", 0, "obj", "to"),
  seed("threaten.v.02", "to utter intentions of injury", "THREATEN", "threat", 1, "obj", "against"),
  seed("arrest.v.01", "take into custody", "COERCE", "arrest", 1, "obj trans", "of for support-only"),
  seed("detain.v.01", "deprive of freedom", "COERCE", "detention", 1, "obj trans", "of for support-only"),
  seed("imprison.v.01", "lock up or confine", "COERCE", "imprisonment", 1, "obj trans", "of for support-only"),
  seed("coerce.v.01", "to cause to do through pressure", "COERCE", "coercion", 1, "obj trans", "of support-only"),
  seed("expel.v.01", "force to leave", "COERCE", "expulsion", 1, "obj trans", "of support-only"),
  seed("deport.v.03", "expel from a country", "COERCE", "deportation", 1, "obj trans", "of support-only"),
  seed("mobilize.v.02", "call to arms", "MOBILIZE", "mobilization", 1, "obj", ""),
  seed("mobilize.v.03", "get ready for war", "MOBILIZE", "mobilization", 1, "obj", ""),
  seed("withdraw.v.01", "pull back or move away", "RETREAT", "withdrawal", 1, "from", "from"),
  seed("evacuate.v.03", "move people from their homes", "RETREAT", "evacuation", 0, "from", "from"),
  seed("surrender.v.01", "give up or agree to forgo", "CONCEDE", "surrender", 1, "obj to", "to"),
  seed("capitulate.v.01", "surrender under agreed conditions", "CONCEDE", "surrender", 1, "to", "to"),
  seed("concede.v.03", "give over", "CONCEDE", "concession", 0, "obj to", "to"),
  seed("agree.v.02", "consent or assent", "AGREE", "agreement", 1, "to with obj", "with between mutual"),
  seed("pledge.v.01", "promise solemnly", "AGREE", "pledge", 1, "obj to", "to"),
  seed("promise.v.02", "promise to undertake or give", "AGREE", "promise", 1, "obj to", "to"),
  seed("aid.v.01", "give help or assistance", "AID", "aid", 0, "obj", "to for"),
  seed("donate.v.01", "give to a charity", "AID", "donation", 1, "obj to", "to for"),
  seed("negotiate.v.01", "discuss the terms", "CONSULT", "negotiations", 1, "with mutual", "with between mutual"),
  seed("confer.v.01", "have a conference", "CONSULT", "consultations", 1, "with mutual", "with between mutual"),
  seed("praise.v.01", "express approval", "SUPPORT", "praise", 1, "obj needs-target", "for"),
  seed("endorse.v.01", "be behind; approve of", "SUPPORT", "endorsement", 0, "obj needs-target", "of for"),
  seed("cooperate.v.01", "work together", "COOPERATE", "cooperation", 0, "with mutual", "with between mutual"),
  seed("ally.v.01", "become an ally", "COOPERATE", "alliance", 0, "with mutual", "with between mutual"),
  seed("assault.v.01", "attack someone physically", "ASSAULT", "attack", 0, "obj", "on against"),
  seed("set_ablaze.v.01", "set fire to", "ASSAULT", "arson", 0, "obj trans", "of"),
  seed("crack_down.v.01", "repress or suppress", "COERCE", "crackdown", 0, "on needs-target", "on against"),
  seed("lock_up.v.02", "place in a place where something cannot be removed", "COERCE", "imprisonment", 0, "obj trans", "of for support-only"),
  seed("intimidate.v.02", "to compel or deter by or as if by threats", "COERCE", "intimidation", 0, "obj", "of against"),
  seed("accept.v.03", "give an affirmative reply to", "AGREE", "acceptance", 0, "obj to", "of"),
  seed("tour.v.01", "make a tour of a certain place", "CONSULT", "visit", 0, "obj host", "of host"),
];

const SPORT = "a sport or a game, not armed fighting";
const SOCIAL = "a social or commercial request, no act between parties";
const FLATTERY = "praise in letters, verse or advertising, not political support";
const MARKET = "in news mostly prices or runners moving, not forces";
const RETURN = "returning like for like: closing airspace or expelling envoys as often as force; the act done decides the type";
const COURT = "a court's or a defendant's act, not a request or agreement between parties";

/**
 * Words whose kept sense is right but whose ordinary news use is another act or none: each names
 * the sense problem. "noun:fault" stops one part of speech, a bare word both.
 */
export const STOP: Record<string, string> = {
  duel: SPORT,
  joust: SPORT,
  tourney: SPORT,
  "chicken-fight": SPORT,
  chickenfight: SPORT,
  blitz: SPORT,
  slicing: SPORT,
  encore: SOCIAL,
  "pop the question": SOCIAL,
  "beg off": SOCIAL,
  "ask out": SOCIAL,
  "get together": SOCIAL,
  solicit: SOCIAL,
  solicitation: SOCIAL,
  bid: "an offer or an attempt (a takeover bid, a bid to win), not an appeal",
  bidding: "an offer at an auction or a command, not an appeal",
  order: "a command or a purchase ('in order to'), not an appeal",
  negative: "a reply or a quantity; the veto sense is rare",
  sonnet: FLATTERY,
  advertize: FLATTERY,
  advertizement: FLATTERY,
  flatter: FLATTERY,
  flattery: FLATTERY,
  blandish: FLATTERY,
  blandishment: FLATTERY,
  gush: FLATTERY,
  eulogy: FLATTERY,
  eulogize: FLATTERY,
  eulogise: FLATTERY,
  help: "any facilitation ('helped lift prices'), not material aid",
  assist: "any facilitation or a scoring pass, not material aid",
  decline: "a fall ('shares declined') or 'declined to comment', not a rejection of another's act",
  yield: "a return on a bond, or to give way in traffic",
  recede: MARKET,
  "fall back": MARKET,
  fallback: "a reserve plan, not a withdrawal",
  "pull away": MARKET,
  "move back": MARKET,
  "back up": "to support or to confirm, not to withdraw",
  guarantee: "a financial guarantee of a loan or deposit, not a pledge between parties",
  war: "a state of war told as background (the guide codes no background references)",
  invasion: "the guide's own background reference to a war ('the invasion'); one launched or ordered is a hand row",
  retaliate: RETURN,
  retaliation: RETURN,
  "strike back": RETURN,
  rebellion: "an armed rising told as background, not a protest",
  "noun:fault": "a defect or a mistake, not an accusation",
  crime: "the offence itself, not an accusation",
  circumvent: "evading a rule, not besieging",
  pepper: "showering with questions or objects, rarely armed fire",
  pelt: "throwing objects or rain, rarely armed fire",
  "chew up": "destroying by chewing",
  "keep in": "keeping in mind or touch, not detention",
  "throw out": "a court dismissing a case or a plan dropped",
  "vote out": "voters removing an officeholder: domestic",
  disbelieve: "doubting, not refusing",
  "pass up": "letting an opportunity go, not refusing another's offer",
  beggary: "poverty, not an appeal",
  extradition: "a handover to another state, which the hand rows read as a concession",
  appeal: "a court appeal is its first sense ('would appeal against the ban'); 'appeal to' is a hand row",
  vow: "what is vowed decides the type: vowing to hunt someone down is a threat, not a pledge",
  deny: "a defendant denying charges before a court more often than one party refusing another",
  denial: "a defendant denying charges before a court more often than one party refusing another",
  exile: "the noun of a person in exile ('exile leaders') read as the verb",
  "noun:riot": "riots told as a past event or a backdrop ('wounded in riots in 1976'), not an act",
  petition: "the noun, a filing with a court ('a divorce petition'), read as the verb",
  "noun:murder": "a crime under investigation: the clause's subject is its investigator, not its doer",
  "noun:slaying": "a crime under investigation: the clause's subject is its investigator, not its doer",
  off: "a preposition or adverb far more often than the verb",
  "put away": "storing a thing, not confining a person",
  "lock in": "fixing a price or a gain, not confining a person",
  "set on": "located on, not an attack",
  "go for": "choosing or aiming at, not assent",
  plead: COURT,
  injunction: COURT,
  "plea bargain": COURT,
  "plea-bargain": COURT,
  "plea bargaining": COURT,
  "bind over": COURT,
};

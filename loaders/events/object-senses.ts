import type { TriggerMatch } from "./matcher.js";

// What a trigger's object says about its sense, when the object is no actor and no political
// offer: joining a meeting is taking part in it (the meeting is the act, not a membership);
// warning of the weather or a natural hazard addresses no one; accepting blame or criticism
// agrees to nothing another actor proposed; a tournament hosted receives no guest; wages offered
// and a lawsuit settled are an employer's and a litigant's business; an appeal to banks, firms or
// consumers addresses the market, no actor; relief sent to one's own provinces or victims is a
// domestic step; a ban from play is sport's discipline; peace or the economy "threatened" is a danger
// told, no threat made; a law struck down is annulled, and corruption fought is a campaign, not a
// war; a target met is reached, and a drought blamed accuses no one. Closed lists of English usage.

/** "joined the talks by video link", "joined the summit from the capital": taking part in a meeting. */
const MEETING_JOINED =
  /^\s+(?:(?:the|a|an|this|that|these|those|its|their|his|her|today's|ongoing|latest|final|virtual|online|emergency|closing|opening)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:talks|negotiations|meetings?|summit|conference|discussions|consultations|session|call|video\s+call|videoconference|dialogue|gathering)\b/iu;

/** "warned of heavy rain", "warned about flooding": a forecast of weather or a natural hazard. */
const HAZARD_WARNED =
  /^\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:of|about|against|over)\s+(?:(?:a|an|the|more|further|possible|heavy|torrential|strong|severe|extreme|high|rising|intense|dangerous|deadly|flash|fresh|new|widespread|record|scorching|freezing|gale-force|hurricane-force|coastal|river)\s+)*(?:rain|rains|rainfall|downpours?|showers|snow|snowfall|blizzards?|storms?|thunderstorms?|winds?|gales?|gusts|heat|heatwaves?|temperatures|cold|frost|ice|fog|flooding|floods?|landslides?|mudslides?|avalanches?|wildfires?|bushfires?|forest\s+fires|tsunamis?|waves|swells|surges?|aftershocks|eruptions?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|droughts?|hail|weather|tides)\b/iu;

/** "accepted the criticism", "accepts full responsibility": blame or criticism taken on, no offer agreed. */
const BLAME_ACCEPTED =
  /^\s+(?:(?:the|a|an|all|full|some|any|his|her|its|their|personal|political|sole|ultimate|collective|overall)\s+)*(?:criticisms?|blame|responsibility|liability|fault|accountability|consequences|mistakes?|errors?|award|prize|honou?rs?|nomination)\b/iu;

/** "will host the championship", "hosted the festival": a sporting or cultural event staged, no guest received. */
const EVENT_HOSTED =
  /^\s+(?:(?:the|a|an|this|next|last|year's|its|their|first|annual)\s+)*(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:championships?|tournament|games|olympics|world\s+cup|cup\s+final|final|finals|grand\s+prix|race|marathon|festival|exhibition|expo|fair|concert|show|contest|competition|awards|ceremony|wedding|party|premiere)\b/iu;

/** "offered competitive wages", "promised a pay rise", "offered a 5 percent raise": an employer's terms to its staff, not a political offer. */
const WAGES_OFFERED =
  /^\s+(?:(?:a|an|the|its|their|higher|better|competitive|fair|new|annual|one-off|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s+)*(?:wages|salar(?:y|ies)|pay(?:\s+(?:rises?|raises?|increases?|deals?))?|raises?|overtime|severance)\b/iu;

/** "agreed to pay $300 million to settle a patent lawsuit": a legal settlement paid, no agreement between actors. */
const LAWSUIT_SETTLED =
  /^\s+to\s+pay\s+[^.;]{0,60}?\bto\s+settle\s+(?:(?:a|an|the|its|their|all|[\p{L}-]+)\s+){0,3}(?:lawsuits?|suits?|claims|litigation|charges|allegations|class\s+actions?)\b/iu;

/** "struck down parts of the law": a court annulling a rule, no force used. */
const RULE_STRUCK_DOWN =
  /^\s+down\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:laws?|bans?|rules?|measures?|decrees?|provisions?|polic(?:y|ies)|acts?|legislation|orders?|regulations?|tariffs|statutes?|sections?|requirements?|mandates?|limits?|restrictions?|ordinances?|amendments?|clauses?)\b/iu;

/** "offered his resignation", "withdrew the finance bill": stepping down or dropping one's own measure, no offer to or retreat from anyone. */
const RESIGNATION_OFFERED = /^\s+(?:(?:his|her|their|its|the|a)\s+)?resignations?\b/iu;
const MEASURE_WITHDRAWN =
  /^\s+(?:(?:the|a|an|his|her|its|their|this|that|controversial|proposed|planned|new)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:bills?|laws?|legislation|proposals?|nominations?|candidac(?:y|ies)|applications?|lawsuits?|complaints?|charges|amendments?|decrees?|budget|plans?|reforms?|measures?|tax(?:es)?|resignation|support\s+for\s+(?:the|his|her)\s+(?:bill|candidate|nominee))\b/iu;

/** "vowed to fight corruption", "fighting inflation": a campaign against a social ill, no armed force. */
const ILL_FOUGHT =
  /^\s+(?:(?:against|back\s+against)\s+)?(?:(?:the|rising|growing|rampant|endemic|high|organi[sz]ed|petty|violent|street|cartel|gang)\s+)*(?:corruption|crime|poverty|inflation|unemployment|drugs|drug\s+trafficking|graft|fraud|tax\s+evasion|money\s+laundering|climate\s+change|global\s+warming|pollution|racism|discrimination|misinformation|disinformation|hunger|homelessness|obesity|smuggling|cartel\s+violence|gang\s+violence)\b/iu;

/** "will fight the layoffs", "fought the ruling in court": opposing a measure or a decision, no armed force. */
const MEASURE_FOUGHT =
  /^\s+(?:(?:the|a|an|his|her|its|their|this|that|any|planned|proposed|new)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:layoffs|job\s+cuts|cuts|closures?|decisions?|rulings?|verdicts?|sentences?|charges|extradition|deportation|eviction|fines?|orders?|bans?|bills?|laws?|proposals?|plans?|reforms?|tax(?:es)?|tariffs?|lawsuits?|case|changes|merger|takeover|privati[sz]ation)\b/iu;

/** "joined thousands of supporters at a rally", "joined the mourners": taking part in a gathering, no alliance. */
const GATHERING_JOINED =
  /^\s+(?:(?:the|a|an|thousands|hundreds|tens\s+of\s+thousands|dozens|crowds|of|his|her|their|its|cheering|flag-waving)\s+)*(?:supporters|protesters|demonstrators|marchers|mourners|crowds?|worshippers|rally|march|protest|celebrations|vigil|procession|parade|commemorations?|funeral)\b/iu;

/** "warned that a strong yen could hurt exporters": a forecast about the economy or the weather, addressed to no one. */
const FORECAST_WARNED =
  /^\s+that\s+(?:(?:a|an|the|higher|rising|falling|weak|weaker|strong|stronger|persistent|sticky)\s+)*(?:[\p{Ll}-]+\s+)?(?:yen|dollar|euro|pound|currency|currencies|inflation|prices|rates|economy|growth|markets?|demand|recession|slowdown|deficits?|debt|unemployment|weather|rain|storms?|heat)\b/iu;

/** "called on mortgage lenders to freeze repayments", "urged companies to hire": an appeal to the market, no actor addressed. */
const MARKET_ADDRESSED =
  /^\s+(?:(?:the|all|its|their|local|domestic|foreign|big|major|commercial|private|state-owned|small|large)\s+)*(?:\p{Ll}+\s+)?(?:banks|lenders|companies|firms|businesses|employers|retailers|manufacturers|exporters|importers|producers|investors|consumers|shoppers|borrowers|savers|households|motorists|industry|insurers)\b/iu;

/**
 * "sent relief goods to the worst-hit provinces", "delivered blankets to people trapped in their
 * cars": help sent to one's own provinces, villages, victims or people, named by no name, is a
 * domestic step with no counterpart. A name after it ("to flood victims in <State>") may be another
 * state, and is left to the roles.
 */
const HOME_RELIEF =
  /^\s+(?:[\p{Ll}\p{N}'’$.,-]+\s+){0,6}?to\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:provinces|regions|areas|districts|villages|towns|communities|victims|survivors|residents|evacuees|homeless|people|families|households|motorists|drivers|passengers|quake\s+zone|disaster\s+zone|affected\s+area)\b(?![^.;]{0,30}?\b(?:in|of|across)\s+(?:the\s+)?\p{Lu})/u;

/** "banned the club from European competition", "suspended him from playing": a ban from play is sport's discipline. */
const BANNED_FROM_PLAY =
  /^\s+(?:[\p{L}'’.-]+\s+){0,6}?from\s+(?:(?:all|the|European|international|domestic|continental|league|club|cup)\s+)*(?:competitions?|matches|games|playing|football|soccer|the\s+league|tournaments?|fixtures)\b/u;

/** "tests that threaten regional peace", "threatened the economy": a danger to a state of affairs, no threat made to anyone. */
const ABSTRACT_THREATENED =
  /^\s+(?:(?:the|a|an|its|their|his|her|our|regional|world|global|international|national|economic|political|fragile|hard-won|long-term)\s+)*(?:peace|stability|security|economy|recovery|growth|lives|livelihoods|jobs|environment|democracy|health|future|existence|survival|unity|progress|ceasefire|truce|process)\b/iu;

/** "meeting a NATO target", "met the deadline": a goal or a demand met is reached, no meeting held. */
const GOAL_MET =
  /^\s+(?:(?:a|an|the|its|their|his|her|this|that|all|key|new|ambitious|spending|budget|emissions?|inflation|production|sales|growth|[\p{Lu}][\p{L}]*)\s+)*(?:targets?|goals?|deadlines?|demands?|requirements?|criteria|expectations|standards?|obligations|conditions|quotas?|benchmarks?|thresholds?|needs)\b/u;

/** "blamed a drought", "blamed high prices": a misfortune put down to nature or the market, no one accused. */
const NATURE_BLAMED =
  /^\s+(?:(?:a|an|the|heavy|severe|prolonged|extreme|record|high|higher|rising|low|weak|weaker|poor|bad|unusual|global)\s+)*(?:droughts?|rain|rains|rainfall|floods?|flooding|storms?|weather|heat|heatwaves?|cold|frost|wildfires?|inflation|prices|costs|demand|markets?|economy|recession|slowdown|pandemic|virus|technical\s+(?:faults?|glitch(?:es)?|problems?)|glitch(?:es)?)\b/iu;

/** A trigger whose object shows the sense tells no act between actors (see the lists above). */
export function objectSenseNoAct(t: TriggerMatch, text: string, end: number): boolean {
  const type = t.entry.type, h = t.head;
  const after = () => text.slice(t.headEnd, Math.min(end, t.headEnd + 100));
  if (type === "SUPPORT" && h.startsWith("join")) return MEETING_JOINED.test(after()) || GATHERING_JOINED.test(after());
  if (type === "ACCUSE" && h.startsWith("warn")) return HAZARD_WARNED.test(after()) || FORECAST_WARNED.test(after());
  if (type === "AGREE" && h.startsWith("accept") && t.entry.pos === "verb") return BLAME_ACCEPTED.test(after());
  if (type === "ASSAULT" && /^(?:strik|struck)/u.test(h)) return RULE_STRUCK_DOWN.test(after());
  if (type === "ASSAULT" && /^(?:fight|fought)/u.test(h)) return ILL_FOUGHT.test(after()) || MEASURE_FOUGHT.test(after());
  if (type === "AGREE" && h.startsWith("offer") && RESIGNATION_OFFERED.test(after())) return true;
  if (type === "RETREAT" && /^withdr/u.test(h)) return MEASURE_WITHDRAWN.test(after());
  if (type === "CONSULT" && h.startsWith("host") && t.entry.pos === "verb") return EVENT_HOSTED.test(after());
  if (type === "AGREE" && /^(?:offer|promis|pledg)/u.test(h)) return WAGES_OFFERED.test(after());
  if (type === "AGREE" && h.startsWith("agree")) return LAWSUIT_SETTLED.test(after());
  if (type === "REQUEST" && t.entry.pos === "verb") return MARKET_ADDRESSED.test(after());
  if (type === "AID" && t.entry.pos === "verb") return HOME_RELIEF.test(after());
  if (type === "SANCTION" && /^(?:ban|suspend)/u.test(h)) return BANNED_FROM_PLAY.test(after());
  if (type === "THREATEN" && t.entry.pos === "verb" && h.startsWith("threat")) return ABSTRACT_THREATENED.test(after());
  if (type === "CONSULT" && /^(?:meet|met)/u.test(h)) return GOAL_MET.test(after());
  if (type === "ACCUSE" && h.startsWith("blam")) return NATURE_BLAMED.test(after());
  return false;
}

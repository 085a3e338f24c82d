import type { TriggerMatch } from "./matcher.js";

// What a trigger's object says about its sense, when the object is no actor and no political
// offer: joining a meeting is taking part in it (the meeting is the act, not a membership);
// warning of the weather or a natural hazard addresses no one; accepting blame or criticism
// agrees to nothing another actor proposed. Closed lists of English usage.

/** "joined the talks by video link", "joined the summit from the capital": taking part in a meeting. */
const MEETING_JOINED =
  /^\s+(?:(?:the|a|an|this|that|these|those|its|their|his|her|today's|ongoing|latest|final|virtual|online|emergency|closing|opening)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:talks|negotiations|meetings?|summit|conference|discussions|consultations|session|call|video\s+call|videoconference|dialogue|gathering)\b/iu;

/** "warned of heavy rain", "warned about flooding": a forecast of weather or a natural hazard. */
const HAZARD_WARNED =
  /^\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:of|about|against|over)\s+(?:(?:a|an|the|more|further|possible|heavy|torrential|strong|severe|extreme|high|rising|intense|dangerous|deadly|flash|fresh|new|widespread|record|scorching|freezing|gale-force|hurricane-force|coastal|river)\s+)*(?:rain|rains|rainfall|downpours?|showers|snow|snowfall|blizzards?|storms?|thunderstorms?|winds?|gales?|gusts|heat|heatwaves?|temperatures|cold|frost|ice|fog|flooding|floods?|landslides?|mudslides?|avalanches?|wildfires?|bushfires?|forest\s+fires|tsunamis?|waves|swells|surges?|aftershocks|eruptions?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|droughts?|hail|weather|tides)\b/iu;

/** "accepted the criticism", "accepts full responsibility": blame or criticism taken on, no offer agreed. */
const BLAME_ACCEPTED =
  /^\s+(?:(?:the|a|an|all|full|some|any|his|her|its|their|personal|political|sole|ultimate|collective|overall)\s+)*(?:criticisms?|blame|responsibility|liability|fault|accountability|consequences|mistakes?|errors?|award|prize|honou?rs?|nomination)\b/iu;

/** A trigger whose object shows the sense tells no act between actors: a meeting joined, a hazard warned of, blame accepted. */
export function objectSenseNoAct(t: TriggerMatch, text: string, end: number): boolean {
  const type = t.entry.type, h = t.head;
  const after = () => text.slice(t.headEnd, Math.min(end, t.headEnd + 100));
  if (type === "SUPPORT" && h.startsWith("join")) return MEETING_JOINED.test(after());
  if (type === "ACCUSE" && h.startsWith("warn")) return HAZARD_WARNED.test(after());
  if (type === "AGREE" && h.startsWith("accept") && t.entry.pos === "verb") return BLAME_ACCEPTED.test(after());
  return false;
}

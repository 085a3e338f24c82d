import type { TriggerMatch } from "./matcher.js";

// "<State> sent 35,000 troops into northern <State>": forces sent into another state are an
// incursion (the gold guide: ASSAULT covers incursions), where troops sent "to" an ally are aid.
// The lexicon's "send … into" row reads any object; only armed forces make it an incursion
// ("sent aid convoys into the region" is none).

const FORCES = /\b(?:troops|soldiers|forces|tanks|armou?r|commandos|paratroopers|marines|units|battalions|brigades|infantry|warplanes|gunboats|warships)\b/iu;

/** Whether an incursion row's object names no armed force. */
export function notForcesSent(t: TriggerMatch, text: string): boolean {
  return t.entry.mode === "incursion" && t.entry.pos === "verb" && !FORCES.test(text.slice(t.headEnd, t.end));
}

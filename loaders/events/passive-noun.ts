// "Sanctions were imposed on Belarus by the EU", "An offensive was launched by Ukraine against …":
// an act noun as the subject of a passive support verb, whose "by" phrase names the act's agent.
// The noun's agent reading (noun-phrases.ts) reads "by" right after the noun or its own target
// phrase, and its phrase ends at the auxiliary; here both run on across the passive verb. Only
// support verbs, which carry the noun's act: "the attacks were condemned by X" names X's
// condemnation, not the attacks' agent.

/** Passive participles of verbs that carry an act noun: imposing sanctions, launching an attack, holding talks. */
const SUPPORT_PARTICIPLE = "imposed|launched|carried\\s+out|mounted|staged|conducted|held|lodged|announced|approved|adopted|issued|made|delivered|sent|provided|extended|granted|offered|signed|ordered|unleashed|waged";
const AUX = "(?:was|were|(?:has|have|had)\\s+been|will\\s+be|would\\s+be)";
/** A short prepositional phrase (no "by", no clause). */
const PHRASE = "(?:to|on|against|upon|in|into|at|with|from)\\s+(?:(?!by\\b|and\\b|was\\b|were\\b)[\\p{L}\\p{N}.'’-]+\\s+){1,4}?";

/** After the noun: its own target phrase (optional), the passive support verb, a phrase (optional), then "by". */
const PASSIVE_THEN_BY = new RegExp(`^(?:\\s+${PHRASE})?\\s*${AUX}\\s+(?:\\p{Ll}+ly\\s+)?(?:${SUPPORT_PARTICIPLE})\\s+(?:${PHRASE})?by\\s`, "u");
/** The passive support verb right after the form: "Sanctions were imposed", "An attack was launched". */
const PASSIVE_AFTER = new RegExp(`^(?:\\s+${PHRASE})?\\s*${AUX}\\s+(?:\\p{Ll}+ly\\s+)?(?:${SUPPORT_PARTICIPLE})\\b`, "u");

/** Where "by" ends after a noun that heads a passive support verb ("sanctions were imposed on X by "), or -1. */
export function passiveByAt(text: string, from: number, to: number): number {
  const m = PASSIVE_THEN_BY.exec(text.slice(from, Math.min(to, from + 120)));
  return m ? from + m[0].length - 3 : -1;
}

/** Whether the form ending at `end` is the subject of a passive support verb: a noun, never a verb, whose phrase runs on past it. */
export function headsPassive(text: string, end: number): boolean {
  return PASSIVE_AFTER.test(text.slice(end, end + 80));
}

/**
 * "The sanctions on X were discussed by Y": a passive verb other than a support verb between the
 * noun and "by" makes the "by" phrase that verb's agent, not the noun's.
 */
export function otherPassiveBefore(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return /\b(?:was|were|is|are|been)\s/u.test(gap) && !PASSIVE_THEN_BY.test(gap);
}

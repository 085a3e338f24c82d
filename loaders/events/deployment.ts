import type { TriggerMatch } from "./matcher.js";

// "The army deployed thousands of troops to the border", "sent troops to the northern region":
// a state moving its own forces to its border or a region of its own raises them there
// (MOBILIZE); troops sent to an ally are help (AID, the guide). Read from the destination's
// words: a border, a frontier, a region, or a place the target reading found to be the source's own.

/** Forces moved: the words of troops and arms right after the verb, past a count. */
const FORCES_AFTER = /^\s+(?:(?:some|about|more\s+than|over|nearly|an\s+extra|extra|additional|further|several|thousands\s+of|hundreds\s+of|dozens\s+of|tens\s+of\s+thousands\s+of|[\d,.]+(?:\s+(?:thousand|million))?|its|their|the|more|new)\s+)*(?:[\p{L}-]+\s+)?(?:troops|soldiers|forces|units|battalions|brigades|divisions|tanks|police|paratroopers|reinforcements|reservists|warships|ships|armou?r|artillery|missiles|jets|aircraft)\b/iu;
/** Its own border or a region: "to the border (with X)", "to the <neighbour's adjective> border", "along its frontier", "to the north", "to the region". */
const OWN_GROUND = /^[^.;]{0,80}?\b(?:to|along|on|near|toward|towards|into)\s+(?:the|its|their|his|her)\s+(?:(?:[\p{L}-]+ern|southern|northern|eastern|western|common|shared|disputed|volatile|tense)\s+)?(?:\p{Lu}[\p{L}-]+\s+(?=borders?\b|frontiers?\b))?(?:borders?|frontiers?|border\s+(?:areas?|regions?|zones?)|north|south|east|west|north-?east|north-?west|south-?east|south-?west|regions?|provinces?|areas?)\b/iu;
/** Forces named right before the verb: "riot police deployed", "troops were deployed". */
const FORCES_BEFORE = /\b(?:troops|soldiers|forces|units|police|paratroopers|reinforcements|reservists|policemen)\s+(?:(?:were|was|have\s+been|had\s+been|had|have)\s+)?$/iu;
const IN_PLACE = /^\s+(?:in|across|around|throughout|along)\s/iu;
const MOVE_HEAD = /^(?:deploy|sen[dt]|redeploy|dispatch|mov)/u;

/** Whether an AID trigger tells a state moving its own forces to its border or region (MOBILIZE). */
export function ownDeployment(t: TriggerMatch, text: string, end: number, source: string | null, target: string | null): boolean {
  if (t.entry.type !== "AID" || !MOVE_HEAD.test(t.head) || !source) return false;
  const after = text.slice(t.end, Math.min(end, t.end + 160));
  // "police deployed across <a city of its own>": forces as the subject of an intransitive verb, sent to no other state.
  if (t.entry.pos === "verb" && FORCES_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)) && IN_PLACE.test(after)) return !target || target === source;
  if (t.entry.pos === "verb" && !FORCES_AFTER.test(after)) return false;
  return target === source || OWN_GROUND.test(after);
}

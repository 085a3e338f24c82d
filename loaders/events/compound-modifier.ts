import type { TriggerMatch } from "./matcher.js";

// "UN aid chief X", "a protest leader", "attack helicopters", "combat troops", "aid trucks": a trigger word standing before a
// noun for a person, a body, a weapon or a carrier modifies that noun and tells no act of its own. A verb
// is read so only after a name or a determiner ("the UN aid chief"), where no subject stands
// before it; "the agency will aid workers" keeps its verb.

const AGENT_HEAD =
  /^\s+(?:chiefs?|heads?|workers?|officials?|agenc(?:y|ies)|groups?|organi[sz]ations?|leaders?|coordinators?|experts?|envoys?|negotiators?|ministers?|ministr(?:y|ies)|spokes(?:man|woman|person|people)|campaigners?|activists?|organi[sz]ers?|squads?)\b/iu;
/** Weapons named by their use ("attack helicopters", "strike drones"), whatever stands before. */
const WEAPON_HEAD = /^[\s-]+(?:helicopters?|submarines?|aircraft|drones?|jets?|craft|dogs?|boats?)\b/iu;
/**
 * "combat troops", "combat aircraft": before a noun of armed units "combat" names their role; the
 * verb ("to combat crime") takes abstract objects, never units, so no determiner is asked for.
 */
const COMBAT_UNIT = /^\s+(?:troops|soldiers|units?|forces|brigades?|battalions?|divisions?|vehicles?|planes?|aircraft|helicopters?|jets?|ships?|engineers|patrols?|roles?|missions?|zones?|gear|uniforms?|boots|pay|experience|readiness)\b/iu;
/** What carries help ("aid trucks entered the city"): the convoy is the subject, not a giver of aid. */
const CARRIER_HEAD = /^\s+(?:trucks?|lorr(?:y|ies)|convoys?|flights?|ships?|shipments?|deliveries|corridors?|routes?|crossings?|drops?)\b/iu;
/** Before the trigger: a name in capitals or a determiner, so the trigger opens no predicate. */
const NAME_BEFORE = /(?:\b(?:the|a|an|its|their|his|her)\s+|\b\p{Lu}[\p{L}.]*\s+)$/u;

/** Whether the trigger only modifies an agent's or a weapon's noun after it. */
export function modifiesAgentNoun(t: TriggerMatch, text: string, end: number): boolean {
  if (t.end !== t.headEnd || t.head.includes(" ")) return false;
  const after = text.slice(t.end, Math.min(end, t.end + 20));
  // only the bare form: "attacked boats" is the act done to them
  if (WEAPON_HEAD.test(after)) return !/(?:ed|s|ing)$/u.test(t.head);
  if (t.head === "combat" && COMBAT_UNIT.test(after)) return true;
  if (t.entry.type === "AID" && t.head === "aid" && CARRIER_HEAD.test(after)) return true;
  if (!AGENT_HEAD.test(after)) return false;
  return t.entry.pos === "noun" || NAME_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start));
}

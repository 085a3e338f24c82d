import type { ActorRow, ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";

// "visited the <Firm> plant in <Town>", "toured the <Firm> copper mine": the name modifies a site,
// and a site visited is no host. A body's headquarters or offices are left as the body's: a visit
// to an alliance's headquarters is a visit to the alliance.

const SITE_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:plant|plants|factory|factories|works|mine|mines|refinery|shipyard|warehouse|store|stores|mill|smelter|depot|site|farm|laboratory|lab|assembly\s+line)\b/u;

/** Whether a visit's target is a body named only as the modifier of a site after the trigger. */
export function siteVisit(t: TriggerMatch, text: string, target: string, actors: Map<string, ActorRow>, ms: readonly ResolvedMention[], end: number): boolean {
  if (t.entry.type !== "CONSULT" || t.entry.pos !== "verb" || !/^(?:visit|tour)/u.test(t.head)) return false;
  const kind = actors.get(target)?.kind;
  if (kind !== "organization" && kind !== "group") return false;
  const after = ms.filter((m) => m.actor === target && m.start >= t.end && m.end <= end);
  return after.length > 0 && after.every((m) => SITE_AFTER.test(text.slice(m.end, m.end + 40)));
}

import type { TriggerMatch } from "./matcher.js";
import type { Roles } from "./roles.js";
import type { ResolvedMention } from "../types.js";

// "as Kenyan and Ghanaian mediators prepared for a new round of talks": states named as the
// mediators, brokers or hosts of talks are not the talks' parties. With no party named past them
// ("mediators met Norland's envoy" names one), the meeting's sides are unknown: no row.

/** The mediating noun the names modify, within a few words after them in the clause. */
const MEDIATOR = /^(?:['’]s?)?(?:\s+(?:and|or|,)?\s*[\p{L}'’-]+){0,4}?\s+(?:mediators?|mediation|intermediar(?:y|ies)|go-betweens?|facilitators?|brokers?|hosts?)\b[^,;:]*$/u;

export function onlyMediators(text: string, t: TriggerMatch, roles: Roles, ms: ResolvedMention[]): boolean {
  if (!t.entry.frame.mutual || !roles.source) return false;
  let m: ResolvedMention | undefined;
  for (const x of ms) if (x.actor === roles.source && x.end <= t.start) m = x;
  if (!m || !MEDIATOR.test(text.slice(m.end, t.start))) return false;
  // The target counts as a party only when named apart from the mediators' own phrase.
  const target = roles.target;
  return !target || ms.some((x) => x.actor === target && x.start > m.start && x.end <= t.start && MEDIATOR.test(text.slice(x.end, t.start)));
}

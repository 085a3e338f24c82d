import { isNationalityAdjective } from "./demonyms.js";
import type { TriggerMatch } from "./matcher.js";
import { isObjectLike, wordCount } from "./mentions.js";
import { opensNextClause } from "./next-clause-subject.js";
import type { ResolvedMention } from "../types.js";

// A verb's direct object among the sentence's mentions: the first object-like name right
// after it, or the group whose members it acts on.

const OBJECT_WORDS = 6;
const ATTRIBUTION_AFTER = /^(?:\s+[\p{L}-]+){0,3}\s+(?:said|says|reported|reports|quoted|added)\b/u;

/** An attack noun and the preposition naming what it struck, right before a name. */
const VICTIM_OF = /\b(?:bombings?|attacks?|killings?|shelling|massacres?|assaults?|murders?|shootings?|blasts?|explosions?|raids?|kidnappings?|abductions?)\s+(?:on|of|against|at)\s+(?:the\s+|a\s+|an\s+)?$/iu;

/** "visited several countries, including X": the first named of an object group stands for it (the guide's compound target). */
const GROUP_INCLUDING = /^\s+(?:[\p{L}-]+\s+){0,3}(?:countries|states|nations|capitals|governments|neighbou?rs|allies)\s*,?\s+(?:including|notably|among\s+them|such\s+as)\s+(?:the\s+)?$/iu;

/** What the object reading needs of the role context (roles.ts): the sentence's mentions and where the object search stops. */
export interface ObjectContext {
  text: string;
  ms: ResolvedMention[];
  /** The next trigger or the end of the wide clause. */
  limit: number;
}

/** Index of the trigger's direct object in `c.ms`, or -1; `source` is skipped inside "members of". */
export function objectIndex(t: TriggerMatch, c: ObjectContext, source?: string): number {
  const members = MEMBERS_OF.exec(c.text.slice(t.headEnd, Math.min(c.limit, t.headEnd + 80)));
  if (members) return memberGroup(c, t.headEnd + members[0].length, source);
  for (let i = 0; i < c.ms.length; i++) {
    const m = c.ms[i]!;
    if (m.start < t.headEnd) continue;
    if (m.end > c.limit || wordCount(c.text, t.headEnd, m.start) > OBJECT_WORDS) return -1;
    // "…agreed a truce, Acme news agency said": a trailing attribution names the teller, not the object.
    if (/,\s*$/u.test(c.text.slice(t.headEnd, m.start)) && ATTRIBUTION_AFTER.test(c.text.slice(m.end, m.end + 40))) return -1;
    if (opensNextClause(c.text, t.headEnd, m.start, m.end)) return -1;
    if ((!isObjectLike(c.text, m, t.headEnd) && !GROUP_INCLUDING.test(c.text.slice(t.headEnd, m.start))) || isNationalityAdjective(c.text, m)) continue;
    // "condemned the bombing of the X embassy": X is the victim of the act condemned, not the one accused.
    return t.entry.type === "ACCUSE" && VICTIM_OF.test(c.text.slice(t.headEnd, m.start)) ? -1 : i;
  }
  return -1;
}

/** "arrested 26 suspected members of …", "expelled two leaders of …": the people acted on are the group's. */
const MEMBERS_OF =
  /^\s+(?:(?:[\p{N},]+|a|an|the|some|several|dozens|hundreds|two|three|four|five|six|seven|eight|nine|ten|\p{Ll}+ed|suspected|alleged|senior|top|other|more)\s+){0,3}(?:members|supporters|leaders|activists|fighters|officials|militants|followers|officers|envoys|diplomats)\s+of\s+/iu;

/**
 * The group named in "members of X": the first actor within a few words that is not the source
 * nor a possessor of the group's name ("members of Chile's largest union, the UTC" is the UTC).
 */
function memberGroup(c: ObjectContext, from: number, source?: string): number {
  for (let i = 0; i < c.ms.length; i++) {
    const m = c.ms[i]!;
    if (m.start < from) continue;
    if (m.end > c.limit || wordCount(c.text, from, m.start) > MEMBER_WORDS) return -1;
    if (m.kind === "place" || m.actor === source || /^['’]s?\s/u.test(c.text.slice(m.end, m.end + 3))) continue;
    return i;
  }
  return -1;
}

const MEMBER_WORDS = 10;

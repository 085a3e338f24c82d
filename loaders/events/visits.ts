import type { ActorRow } from "../types.js";
import type { TriggerMatch } from "./matcher.js";

/**
 * A visit by an actor of one state to a place of none (a region spanning states) or of
 * another: a contact abroad whose host the text leaves unnamed. A place the source's own
 * state holds is a trip at home.
 */
export function visitAbroad(source: string | null, place: string | null, actors: Map<string, ActorRow>): boolean {
  const p = place ? actors.get(place) : undefined;
  const own = source ? actors.get(source)?.country : undefined;
  if (!p || p.kind !== "place" || !own) return false;
  return p.country !== own;
}

/** "ready to meet in any format": an offer stands without a counterpart, a scheduled meeting does not. */
const WILLING = /\b(?:ready|willing|willingness|prepared|offer(?:s|ed)?|propos\w*|invit\w*)\b/iu;

/**
 * A contact between actors that needs a counterpart to be one: a visit, a meeting, working
 * together (not an export, which is one-sided), unless the text offers it ("ready to meet").
 */
export function contactAct(t: TriggerMatch, planned: boolean, cue: string): boolean {
  return (t.entry.type === "CONSULT" || (t.entry.type === "COOPERATE" && t.entry.frame.mutual)) && !(planned && WILLING.test(cue));
}

/**
 * "X and Y pledged to intensify cooperation", "agreed to hold talks": an agreement whose object is
 * a contact between parties (within a few words) is made between the members of its compound subject,
 * unless the contact names a party of its own ("agreed to hold talks with Z").
 */
export function pairedAct(text: string, t: TriggerMatch, all: TriggerMatch[], limit: number): boolean {
  if (t.entry.type !== "AGREE" || t.entry.pos !== "verb") return false;
  return all.some((g) => g.start > t.end && g.start < limit && g.entry.frame.mutual && (g.entry.type === "CONSULT" || g.entry.type === "COOPERATE") &&
    (text.slice(t.end, g.start).match(/\S+/g) ?? []).length <= 5 && !/^\s+(?:with|between)\b/iu.test(text.slice(g.end, g.end + 10)));
}

/** "told visiting Russian envoy X", "met the visiting minister": "visiting" as an adjective names the visitor after it. */
const ATTRIBUTIVE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|his|her|its|their|told|tells|met|meets|meet|meeting|received|receives|welcomed|welcomes|greeted|greets|hosted|hosts|thanked|with|to|for|by)\s+$/u;
const NAME_AFTER = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+|\p{Ll}[\p{L}-]*\s+){0,3}\p{Lu}/u;
/** "is looking forward to visiting X", "committed to visiting Y": a gerund after these is the subject's own visit. */
const GERUND_TO = /\b(?:forward|committed|commitment|used|close|prior|devoted|key|opposed|objected|agreed)\s+to\s+$/u;
export function attributiveVisit(text: string, t: TriggerMatch): boolean {
  if (t.entry.frame.host && t.head === "visiting" && GERUND_TO.test(text.slice(Math.max(0, t.start - 24), t.start))) return false;
  return t.entry.frame.host && t.head === "visiting" && ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) && NAME_AFTER.test(text.slice(t.end, t.end + 60));
}

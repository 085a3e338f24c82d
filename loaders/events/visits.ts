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

import type { ActorRow, ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";

// "<State>'s government sent 200 soldiers to help", "<State> has sent firefighters to battle the fires"
// in a story that places the disaster in <State> ("in southern <State>", a town of <State>): rescuers
// sent on one's own soil help no other actor, a domestic step with no counterpart. Help sent where the
// article places nothing in the sender's state ("sent a helicopter to help with the search") is left
// as aid, and so is help with a named beneficiary (the act then has a target).

const SENT = /^(?:send|sent|deploy|dispatch|rush)/u;

const RESCUERS =
  /^\s+(?:[\p{Ll}\p{N},-]+\s+){0,4}?(?:soldiers|troops|firefighters|fire\s+crews|rescuers|rescue\s+(?:teams|workers|crews)|search\s+teams|police(?:\s+officers)?|engineers|medics|helicopters|aircraft|planes|water\s+bombers|boats|pumps)\b/u;

/** "in southern <State>", "across <State>", "throughout the north of <State>": the state named as the disaster's place. */
const PLACE_BEFORE =
  /\b(?:in|across|throughout|hit|struck)\s+(?:the\s+)?(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|central|rural|coastal)(?:ern)?\s+|(?:the\s+)?(?:north|south|east|west)\s+of\s+)?$/iu;

/** Whether an aid verb sends rescuers to a disaster the article places in the sender's own state. */
export function homeDeployment(t: TriggerMatch, text: string, end: number, source: string, actors: Map<string, ActorRow>, countryOfIso: Map<string, string>, articleMs: readonly ResolvedMention[]): boolean {
  if (t.entry.type !== "AID" || t.entry.pos !== "verb" || !SENT.test(t.head) || actors.get(source)?.kind !== "country") return false;
  if (!RESCUERS.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 80)))) return false;
  return articleMs.some((m) => {
    if (m.actor === source) return PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
    const row = m.kind === "place" ? actors.get(m.actor) : undefined;
    return !!row?.country && countryOfIso.get(row.country) === source;
  });
}

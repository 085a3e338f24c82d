import type { ActorRow } from "../types.js";
import type { TriggerMatch } from "./matcher.js";

// "The ministry forced him to sign", "Norland forced Estovia to withdraw": a body or a state
// making another act is coercion (COERCE). The one forced stands between the verb and "to".

/** "Was forced to resign" tells no forcer, and "was forced by X to" is a passive this row does not read. */
export function notForcedObject(t: TriggerMatch, text: string): boolean {
  return t.entry.type === "COERCE" && t.head === "forced" && !/^\s+(?!by\b)\S/iu.test(text.slice(t.headEnd, t.end).replace(/\s+to$/iu, ""));
}

/**
 * A person named just before "forced" is as often inside the real subject ("an injury to X
 * forced the coach to …") as its head: the row keeps states, bodies and groups as forcers.
 */
export function forcedByPerson(t: TriggerMatch, source: string | null, actors: Map<string, ActorRow>): boolean {
  return t.entry.type === "COERCE" && t.head === "forced" && !!source && actors.get(source)?.kind === "person";
}

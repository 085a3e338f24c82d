import type { ActorRow, ResolvedMention } from "../types.js";
import type { Span } from "./clauses.js";
import type { TriggerMatch } from "./matcher.js";
import { wordBefore } from "./mentions.js";

// Where an act took place, and which state hosts it.

/** The part of a trigger's context the place reading needs (roles.ts RoleContext). */
interface PlaceContext {
  text: string;
  ms: ResolvedMention[];
  narrow: Span;
  limit: number;
  actors: Map<string, ActorRow>;
  countryOfIso: Map<string, string>;
}

// `(?<!\p{L})` reads as `(?:^|[^\p{L}])` does for a test, and spares V8 an alternative at each of the window's positions.
const LOCATIVE = /(?<!\p{L})(?:in|at|to|into|near|over|across|inside|outside|of)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const LOCATIVE_DIRECT = /(?<!\p{L})(?:in|at|to|into|near|inside)\s+(?:the\s+)?$/iu;

/** A place or country named after a locative preposition, preferring the most specific (a city or region). */
export function placeIndex(_t: TriggerMatch, c: PlaceContext): number {
  let country = -1;
  for (let i = 0; i < c.ms.length; i++) {
    const m = c.ms[i]!;
    if (m.end > c.limit) break;
    if (m.start < c.narrow.start) continue;
    const gap = c.text.slice(Math.max(c.narrow.start, m.start - 40), m.start);
    if (m.kind === "place" && LOCATIVE.test(gap)) return i;
    if (m.kind === "country" && country < 0 && LOCATIVE_DIRECT.test(gap) && wordBefore(c.text, m.start, c.narrow.start) !== "of") country = i;
  }
  return country;
}

/** The state hosting a visit to a place: the place itself when it is a country, else its country's actor. */
export function hostOf(m: ResolvedMention, c: PlaceContext): string | null {
  if (m.kind === "country") return m.actor;
  const iso = c.actors.get(m.actor)?.country;
  return iso ? (c.countryOfIso.get(iso) ?? null) : null;
}

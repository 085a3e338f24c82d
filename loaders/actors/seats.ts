import type { Candidate } from "./candidate.js";
import { gazetteer } from "./gazetteer.js";

// "Brussels demanded the money back": a capital that also seats a union's institutions stands for
// the union when the article names the union or one of its institutions ("the European Parliament");
// otherwise it stands for its own state, as any capital does.

/** Capitals that seat a union, and the first word of the union's institutions' names. */
const SEATS = new Map([["Brussels", { union: "European Union", prefix: "European " }]]);

/** The capitals read as their state that stand for a union the article names. */
export function unionSeats(cands: Candidate[]): Candidate[] {
  if (!cands.some((c) => c.via === "metonym" && SEATS.has(c.text))) return cands;
  return cands.map((c) => {
    const seat = c.via === "metonym" ? SEATS.get(c.text) : undefined;
    if (!seat || !cands.some((o) => o.kind === "organization" && (o.name === seat.union || o.name.startsWith(seat.prefix)))) return c;
    const body = gazetteer().exact.get(seat.union)?.find((g) => g.kind === "body");
    if (!body?.body) return c;
    return { ...c, kind: body.body.kind, name: body.name, country: body.iso3, role: body.body.role };
  });
}

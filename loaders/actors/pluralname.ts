import type { Candidate } from "./candidate.js";

// "Yemen's Harathi rebels … The Harathis, who control the north, …": a movement's name used
// as a modifier ("Harathi rebels", "Harathi fighters") and in the plural for its members is one
// actor, the movement. Without the singular the plural is left to the tagger: "the Andes" and
// "the Kennedys" are no movements.

const PLURAL = /^\p{Lu}\p{L}+s$/u;
/** Kinds the singular must have: a movement or a body. */
const MOVEMENT = new Set(["organization", "group"]);

/** Plural names whose singular the article names as an organisation or group: that actor. */
export function pluralsOfNames(cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  cands.forEach((c, i) => {
    if (!PLURAL.test(c.text) || (c.kind !== "person" && c.kind !== "place") || c.via === "gazetteer" || c.via === "region") return;
    const singular = new Set([c.text.slice(0, -1), c.text.endsWith("es") ? c.text.slice(0, -2) : ""]);
    const one = cands.find((d) => d !== c && MOVEMENT.has(d.kind) && singular.has(d.text));
    if (!one) return;
    out ??= cands.slice();
    out[i] = { ...c, kind: one.kind, name: one.name, country: one.country };
  });
  return out ?? cands;
}

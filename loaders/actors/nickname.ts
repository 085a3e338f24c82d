import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "Gang leader X, known as Barbecue, threatened …", "X (nicknamed "The Hammer")": a name given as
// what a person is known as is that person's alias, not an organisation or a place of its own.

/** Between the person and the nickname: a comma or bracket, then "(also/better) known as", "nicknamed", "dubbed". */
const KNOWN_AS = /^\s*[,(]\s*(?:(?:also|better|widely|popularly)\s+)?(?:known\s+as|nicknamed|dubbed)\s+["“'‘]?$/u;

/** Candidates named as a person's nickname, there and wherever else the article uses it, take that person's name. */
export function nicknames(doc: Doc, cands: Candidate[]): Candidate[] {
  const known = new Map<string, Candidate>();
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!, p = cands[i - 1]!;
    if (p.kind !== "person" || c.kind === "country" || c.sentence !== p.sentence || c.start - p.end > 40) continue;
    if (KNOWN_AS.test(doc.text.slice(p.end, c.start)) && !known.has(c.text)) known.set(c.text, p);
  }
  if (!known.size) return cands;
  return cands.map((c) => {
    const p = known.get(c.text);
    return p && c !== p ? { ...c, kind: "person", name: p.name, country: p.country, role: p.role, weak: false } : c;
  });
}

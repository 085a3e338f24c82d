import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "Gang leader X, known as Barbecue, threatened …", "X (nicknamed "The Hammer")": a name given as
// what a person is known as is that person's alias, not an organisation or a place of its own; what
// a body is known as ("the Department of Forestry, known as DeptFor") is that body's.

/** Between the person and the nickname: a comma or bracket, then "(also/better) known as", "nicknamed", "dubbed". */
const KNOWN_AS = /^\s*[,(]\s*(?:(?:also|better|widely|popularly)\s+)?(?:known\s+as|nicknamed|dubbed)\s+["“'‘]?$/u;

const NAMED = new Set<Candidate["kind"]>(["person", "organization", "group"]);

/** Candidates named as a person's or a body's other name, there and wherever else the article uses it, take that name. */
export function nicknames(doc: Doc, cands: Candidate[]): Candidate[] {
  const known = new Map<string, Candidate>();
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!, p = cands[i - 1]!;
    if (!NAMED.has(p.kind) || c.kind === "country" || c.sentence !== p.sentence || c.start - p.end > 40) continue;
    if (KNOWN_AS.test(doc.text.slice(p.end, c.start)) && !known.has(c.text)) known.set(c.text, p);
  }
  if (!known.size) return cands;
  return cands.map((c) => {
    const p = known.get(c.text);
    return p && c !== p ? { ...c, kind: p.kind, name: p.name, country: p.country, role: p.role, weak: false } : c;
  });
}

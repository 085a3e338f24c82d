import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { gazetteer } from "./gazetteer.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { nameSpan, TITLES } from "./titlesplit.js";

/**
 * Document-level evidence: a name whose last word is the surname of someone a title or
 * honorific marks as a person in the same article ("Ms Okafor" … "Ada Okafor") is that
 * person, whatever the tagger made of it out of context (an organisation, or a place
 * the gazetteer does not know).
 */
export function personByTitle(doc: Doc, toks: Tok[], rules: Candidate[], names: NameSpan[]): NameSpan[] {
  const surnames = new Set(rules.filter((c) => c.kind === "person" && (c.via === "title" || c.via === "honorific")).map((c) => lastWord(c.text)));
  for (const s of names) if (s.titled || (s.type === "PER" && TITLES.has(toks[s.a - 1]?.text ?? ""))) surnames.add(lastWord(doc.text.slice(s.start, s.end)));
  if (!surnames.size) return names;
  // A place only when the gazetteer does not know it: "Jordan" stays a country beside a titled "Ann Jordan".
  const flips = (s: NameSpan, text: string) => s.type === "ORG" || (s.type === "LOC" && !gazetteer().exact.has(text));
  const out: NameSpan[] = [];
  for (const s of names) {
    const text = doc.text.slice(s.start, s.end);
    out.push(flips(s, text) && surnames.has(lastWord(text)) ? nameSpan(s.start, s.end, "PER", s.a, s.b, s.titled) : s);
  }
  return out;
}

const lastWord = (text: string) => text.split(/[\s\u00a0-]+/).at(-1) ?? "";

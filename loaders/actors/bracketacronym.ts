import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { gazetteer } from "./gazetteer.js";
import { initials } from "./keys.js";
import { isSpace } from "../text/space.js";

// "the National Forestry Corporation (CONAF) said": a short form in brackets right after an
// organisation's full name is that organisation's, whatever its letters (it may abbreviate the name in
// another language), and so is every later use of it in the article. Persons and places are left out:
// "(R)" after a senator is a party, "(AP)" after a dateline town an agency. A short form the gazetteer
// knows keeps its own body. Letters that are not the name's initials must at least open with one of
// them, and the name must be the whole capitalised run before the bracket: "the Base Lending Rate of the
// Central Bank (TLX)" abbreviates the rate, "Harbour Regulation (XYZ)" cites another body.

const SHORT = /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u;

/** The short form in brackets right after a candidate, or null. */
function bracketed(doc: Doc, c: Candidate): string | null {
  // Most candidates have no bracket after them: the pattern's opening is checked without it.
  let i = c.end;
  while (i < doc.text.length && isSpace(doc.text.charCodeAt(i))) i++;
  if (doc.text.charCodeAt(i) !== 40) return null;
  const m = /^\s*\(([^()\s]{2,8})\)/u.exec(doc.text.slice(c.end, c.end + 12));
  return m && SHORT.test(m[1]!) ? m[1]! : null;
}

/** Short forms the article defines in brackets: short form → the organisation's candidate. */
function defined(doc: Doc, cands: Candidate[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== "organization" && c.kind !== "group") continue;
    const short = bracketed(doc, c);
    if (!short || !c.name.includes(" ") || gazetteer().exact.has(short) || !spelled(doc.text, c, short)) continue;
    const org = leftTrimmed(c, short);
    const had = out.get(short);
    if (!had || had.name === org.name) out.set(short, org);
  }
  return out;
}

/**
 * "the October Northern Federation of Grain Traders (NFGT)": a name whose initials run on
 * to the left of the short form's starts where the short form does.
 */
function leftTrimmed(c: Candidate, short: string): Candidate {
  const letters = initials(c.name);
  if (letters.length <= short.length || !letters.endsWith(short) || c.text !== c.name) return c;
  let drop = letters.length - short.length;
  const words = [...c.text.matchAll(/\S+/gu)];
  let k = 0;
  while (k < words.length && drop > 0) if (/^\p{Lu}/u.test(words[k++]![0])) drop--;
  while (k < words.length && !/^\p{Lu}/u.test(words[k]![0])) k++;
  const at = words[k]?.index;
  if (at === undefined) return c;
  const text = c.text.slice(at);
  return { ...c, start: c.start + at, text, name: text };
}

/** The short form spells the name's initials, or opens with one of them after a name the run starts with. */
function spelled(text: string, c: Candidate, short: string): boolean {
  const letters = initials(c.name);
  if (letters === short.replace(/[\d&-]/gu, "")) return true;
  // the two words before the name: neither a capitalised word nor a connector after one
  const before = text.slice(Math.max(0, c.start - 40), c.start).split(/\s+/u).filter(Boolean).slice(-2);
  const last = before.at(-1) ?? "", prior = before.at(-2) ?? "";
  const runStarts = (!/^\p{Lu}/u.test(last) || /^(?:The|A|An)$/u.test(last)) && !(/^(?:of|and|for|de|&)$/u.test(last) && /^\p{Lu}/u.test(prior));
  return runStarts && letters.includes(short[0]!);
}

const CONNECTOR = /^(?:and|of|for|&)$/u;

/**
 * "the Nigerian Midstream and Downstream … Authority (NMDPRA)": the short form's first letters spell
 * capitalised words before the name the tagger found (a demonym, a word it cut off); the name runs
 * back over them, and what was read inside them (a country, a one-word organisation) is that name.
 */
function grownByLetters(doc: Doc, cands: Candidate[]): Candidate[] {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== "organization") continue;
    const short = bracketed(doc, c), letters = initials(c.text);
    if (!short || !letters || short.length <= letters.length || !short.endsWith(letters)) continue;
    let need = short.slice(0, -letters.length), start = c.start;
    const from = Math.max(0, c.start - 80);
    const words = [...doc.text.slice(from, c.start).matchAll(/\S+/gu)];
    for (let k = words.length - 1; k >= 0 && need; k--) {
      const w = words[k]![0];
      if (CONNECTOR.test(w)) continue;
      if (!/^\p{Lu}/u.test(w) || w[0] !== need.at(-1)) break;
      need = need.slice(0, -1);
      start = from + words[k]!.index!;
    }
    if (need || start === c.start) continue;
    const text = doc.text.slice(start, c.end);
    const grown: Candidate = { ...c, start, text, name: text, country: null, weak: false };
    // the grown name holds what was read inside it; it is then read again, now spelled whole
    return grownByLetters(doc, cands.filter((d, j) => j === i || d.end <= start || d.start >= c.end).map((d) => (d === c ? grown : d)));
  }
  return cands;
}

/** Candidates written as a bracketed short form of an organisation, named as that organisation. */
export function bracketAcronyms(doc: Doc, given: Candidate[]): Candidate[] {
  const cands = grownByLetters(doc, given);
  const short = defined(doc, cands);
  if (!short.size) return cands;
  const trimmed = new Map([...short.values()].map((o) => [o.end, o]));
  return cands.map((c) => {
    const own = trimmed.get(c.end);
    if (own && own.start > c.start && own.start < c.end && c.kind === own.kind) return own;
    const org = short.get(c.text);
    if (!org || c.name === org.name) return c;
    return { ...c, kind: org.kind, name: org.name, country: org.country ?? c.country, role: null, weak: false };
  });
}

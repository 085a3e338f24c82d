import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { hasLowerThenUpper } from "../text/cases.js";
import { LEGAL_FORMS } from "./orgshort.js";

// "eVaro Inc. said on Tuesday …", "shares of eVaro rose": a firm whose name opens on a lower-case
// letter before a capital is no candidate of the tagger or the rules, which read names by their first
// capital. Such a word is a firm wherever the article gives it a firm's marks somewhere: a legal form
// after it, its shares, or a statement ("eVaro said"). A product written so ("iWidget") has none.

const LOWER_BRAND = /(?<![\p{L}\p{N}'’.-])\p{Ll}{1,4}\p{Lu}\p{Ll}[\p{L}\d]*(?![\p{L}\p{N}])/gu;
const LEGAL_AFTER = /^\s+(\p{Lu}[\p{L}]*)\.?/u;
const MARKS_AFTER = /^(?:\s+(?:said|says|reported|announced|shares|stock|plans|will)\b|['’]s\s+(?:shares|chief|board|stock)\b)/u;
const MARKS_BEFORE = /\b(?:shares\s+of|shares\s+in|at)\s+$/u;

function firmMarked(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  const legal = LEGAL_AFTER.exec(after)?.[1];
  return (!!legal && LEGAL_FORMS.has(legal)) || MARKS_AFTER.test(after) || MARKS_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** Candidates for the article's lower-case-initial firm names, every use of a word the article marks as a firm's. */
export function lowerCaseBrands(doc: Doc, cands: Candidate[]): Candidate[] {
  // each use holds a lower-case letter right before a capital: most articles hold none
  if (!hasLowerThenUpper(doc.text)) return cands;
  const uses = [...doc.text.matchAll(LOWER_BRAND)];
  if (!uses.length) return cands;
  const firms = new Set(uses.filter((m) => firmMarked(doc.text, m.index!, m.index! + m[0].length)).map((m) => m[0]));
  if (!firms.size) return cands;
  const added: Candidate[] = [];
  const swallowed = new Set<Candidate>();
  for (const m of uses) {
    const start = m.index!;
    // "eVaro Inc.": the legal form is the name's
    const legal = LEGAL_AFTER.exec(doc.text.slice(start + m[0].length, start + m[0].length + 24));
    const end = start + m[0].length + (legal && LEGAL_FORMS.has(legal[1]!) ? legal[0].length : 0);
    const text = doc.text.slice(start, end);
    const sentence = doc.sentences.findIndex((s) => s.start <= start && end <= s.end);
    // the tagger may have read the legal form alone as a name ("Inc."): the firm's name takes it in
    if (!firms.has(m[0]) || sentence < 0 || cands.some((c) => c.start < end && start < c.end && c.start < start + m[0].length)) continue;
    for (const c of cands) if (c.start >= start + m[0].length && c.end <= end) swallowed.add(c);
    added.push({ doc: doc.id, start, end, text, sentence, kind: "organization", name: text.replace(/\.$/, ""), country: null, role: null, via: "org", alias: true, weak: false });
  }
  return added.length ? [...cands.filter((c) => !swallowed.has(c)), ...added].sort((x, y) => x.start - y.start || y.end - x.end) : cands;
}
